// The scenarios of content/model/scenarios/*.sim, compiled by the build (and by the test
// config); see src/tcp/compile-scenario.ts.
declare module 'virtual:scenarios' {
  const scenarios: unknown;
  export default scenarios;
}
