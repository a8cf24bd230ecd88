declare module 'virtual:builtin-bank' {
  const bank: unknown;
  export default bank;
}
