// The rows of content/model/state-machine.md, compiled and embedded by the build (and by
// the test config); see src/tcp/compile-state-machine.ts.
declare module 'virtual:state-machine' {
  const rows: unknown;
  export default rows;
}

// The words of each row, en and zh, from content/model/words.*.md; see src/tcp/row-words.ts.
declare module 'virtual:row-words' {
  const words: unknown;
  export default words;
}
