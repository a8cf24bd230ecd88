// Build: compile content/ into banks (failing on any diagnostic), then bundle the CLI and
// every library into one ESM file, dist/cli.js, with the banks embedded as JSON.
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rm, chmod, stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = join(root, '.tmp');
await mkdir(tmp, { recursive: true });

/** Bundles a TypeScript build step for Node (libraries stay external) and imports it. */
async function loadBuildStep(entry, plugins = []) {
  const outfile = join(tmp, `build-${entry.replace(/\W+/g, '-')}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
    plugins,
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

// 0. The state machine and its words, authored as Markdown tables: compile and check them
// first, since the drills in the banks are generated from them.
const { checkStateMachine, STATE_MACHINE_FILE, WORDS_FILES } = await loadBuildStep(
  'src/tcp/check-state-machine.ts',
);
/** A words file as the checker takes it (no text when it is missing). */
async function modelSource(name) {
  const text = await readFile(join(root, 'content', name), 'utf8').catch(() => undefined);
  return { text, file: join('content', name) };
}
const machine = checkStateMachine(
  await readFile(join(root, 'content', STATE_MACHINE_FILE), 'utf8'),
  join('content', STATE_MACHINE_FILE),
  { en: await modelSource(WORDS_FILES.en), zh: await modelSource(WORDS_FILES.zh) },
);
if (machine.diagnostics.length > 0) {
  for (const d of machine.diagnostics)
    console.error(`${d.file}:${d.line}:${d.column}: ${d.message}`);
  console.error(`build: ${machine.diagnostics.length} problem(s) in the state machine`);
  process.exit(1);
}
/** An esbuild plugin that serves `import x from 'virtual:<name>'` from `contents()`. */
function virtualModule(name, contents) {
  return {
    name,
    setup(b) {
      b.onResolve({ filter: new RegExp(`^virtual:${name}$`) }, () => ({
        path: name,
        namespace: name,
      }));
      b.onLoad({ filter: /.*/, namespace: name }, () => ({ contents: contents(), loader: 'js' }));
    },
  };
}
const stateMachinePlugin = virtualModule(
  'state-machine',
  () => `export default ${JSON.stringify(machine.rows)};`,
);
const rowWordsPlugin = virtualModule(
  'row-words',
  () => `export default ${JSON.stringify(machine.words)};`,
);

// 0b. The sequence-diagram scenarios are sim scripts: run each on the simulator (which reads
// the state machine) and embed the diagrams it draws.
const { compileScenarios, SCENARIO_DIR } = await loadBuildStep('src/tcp/compile-scenario.ts', [
  stateMachinePlugin,
  rowWordsPlugin,
]);
const scenarioDir = join(root, 'content', SCENARIO_DIR);
const scenarioFiles = await Promise.all(
  (await readdir(scenarioDir))
    .filter((name) => name.endsWith('.sim'))
    .sort()
    .map(async (name) => ({
      path: join('content', SCENARIO_DIR, name),
      text: await readFile(join(scenarioDir, name), 'utf8'),
    })),
);
const scenarios = compileScenarios(scenarioFiles);
if (scenarios.diagnostics.length > 0) {
  for (const d of scenarios.diagnostics)
    console.error(`${d.file}:${d.line}:${d.column}: ${d.message}`);
  console.error(`build: ${scenarios.diagnostics.length} problem(s) in the scenarios`);
  process.exit(1);
}
const scenariosPlugin = virtualModule(
  'scenarios',
  () => `export default ${JSON.stringify(scenarios.scenarios)};`,
);

// 1. The content compiler is TypeScript too: bundle it for Node and run it here.
const { buildBank } = await loadBuildStep('src/build/build-bank.ts', [
  stateMachinePlugin,
  rowWordsPlugin,
  scenariosPlugin,
]);
const { bank, diagnostics } = await buildBank(join(root, 'content'));
if (diagnostics.length > 0) {
  for (const d of diagnostics) console.error(`${d.file}:${d.line}:${d.column}: ${d.message}`);
  console.error(`build: ${diagnostics.length} content problem(s); fix them and build again`);
  process.exit(1);
}

// 2. One file, zero runtime dependencies.
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const outfile = join(root, 'dist/cli.js');
await rm(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src/cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  logLevel: 'error',
  define: {
    'process.env.NODE_ENV': '"production"',
    __TCP_DRILL_VERSION__: JSON.stringify(pkg.version),
  },
  // CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __tcpDrillCreateRequire } from 'node:module';\nconst require = __tcpDrillCreateRequire(import.meta.url);",
  },
  plugins: [
    stateMachinePlugin,
    rowWordsPlugin,
    scenariosPlugin,
    // The banks compiled above, embedded; the Markdown parser stays out of this path. A JSON
    // string parses much faster than the same data as a JS object literal.
    virtualModule(
      'builtin-bank',
      () => `export default JSON.parse(${JSON.stringify(JSON.stringify(bank))});`,
    ),
    {
      name: 'tcp-drill',
      setup(b) {
        // ink imports react-devtools-core only when DEV is set; never ship it.
        b.onResolve({ filter: /^react-devtools-core$/ }, () => ({
          path: 'devtools',
          namespace: 'stub',
        }));
        // ink draws nothing but the last frame when CI is set, which leaves a blank
        // screen in a real terminal (a CI job's tmux, a shell that exports CI). The
        // trainer only ever runs on a TTY, so it always draws live frames.
        b.onResolve({ filter: /^is-in-ci$/ }, () => ({ path: 'is-in-ci', namespace: 'stub' }));
        b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
          contents:
            args.path === 'is-in-ci'
              ? 'export default false;'
              : 'export default { connectToDevTools() {} };',
          loader: 'js',
        }));
      },
    },
  ],
});
await chmod(outfile, 0o755);
const { size } = await stat(outfile);
console.log(
  `built dist/cli.js: ${(size / 1024).toFixed(0)} KiB, ${bank.decks.length} decks, ${bank.cards.length} cards`,
);
