// Build: compile content/ into banks (failing on any diagnostic), then bundle the CLI and
// every library into dist/: the entry dist/cli.js and the chunks it loads on demand in
// dist/chunks/, with the banks embedded as JSON (see "Start-up" below).
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rm, chmod, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, sep } from 'node:path';

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

// 2. Start-up: zero runtime dependencies, and each command parses only what it runs.
// Code splitting turns every `await import()` into a chunk of its own, so --version and
// --help load a few KiB, the JSON commands load the bank without ink or React, and only
// the trainer loads the UI. dist/cli.js is src/bin.ts, which turns on the compile cache.
// ink's yoga-layout carries its wasm as a data: URL, and its loader calls fetch() on that URL
// before it decodes the URL itself. On Node the first fetch() loads undici, which costs more
// than the rest of the trainer's start-up (about 100 ms of CPU on Node 20), only to fail.
// ink gets the same yoga, loaded while fetch is hidden, so the loader decodes at once.
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onResolve({ filter: /^yoga-layout$/ }, (args) => ({
      path: 'yoga-layout',
      namespace: 'yoga-without-fetch',
      pluginData: { resolveDir: args.resolveDir },
    }));
    b.onLoad({ filter: /.*/, namespace: 'yoga-without-fetch' }, (args) => ({
      resolveDir: args.pluginData.resolveDir,
      loader: 'js',
      contents: [
        "import { loadYoga } from 'yoga-layout/load';",
        "export * from 'yoga-layout/load';",
        "const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');",
        'delete globalThis.fetch;',
        'let yoga;',
        'try {',
        '  yoga = await loadYoga();',
        '} finally {',
        "  if (fetch) Object.defineProperty(globalThis, 'fetch', fetch);",
        '}',
        'export default yoga;',
      ].join('\n'),
    }));
  },
};
// ink and its helpers measure text with string-width, whose first call on any non-ASCII
// text costs tens of ms (see src/text/simple-width.ts). Each copy they import is wrapped
// in the same fast path our own width helpers use, falling back to that very copy.
const stringWidthFastPath = {
  name: 'string-width-fast-path',
  setup(b) {
    const simpleWidth = join(root, 'src/text/simple-width.ts');
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.real || !args.importer.includes(`${sep}node_modules${sep}`)) return;
      const real = await b.resolve('string-width', {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { real: true },
      });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'string-width-fast-path' };
    });
    b.onLoad({ filter: /.*/, namespace: 'string-width-fast-path' }, (args) => ({
      resolveDir: dirname(args.path),
      pluginData: { real: true },
      loader: 'js',
      contents: [
        `import measure from ${JSON.stringify(args.path)};`,
        `import { simpleWidth } from ${JSON.stringify(simpleWidth)};`,
        'export default (text, options) => simpleWidth(text, options) ?? measure(text, options);',
      ].join('\n'),
    }));
  },
};
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');
const outfile = join(dist, 'cli.js');
await rm(dist, { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: [{ in: join(root, 'src/bin.ts'), out: 'cli' }],
  outdir: dist,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // The metafile names files relative to this (see test/cli/start-up.test.ts).
  absWorkingDir: root,
  metafile: true,
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
  // CommonJS dependencies call require() for Node built-ins; give every chunk one (the
  // chunk that holds esbuild's require shim is not known in advance).
  banner: {
    js: "import { createRequire as __tcpDrillCreateRequire } from 'node:module';\nconst require = __tcpDrillCreateRequire(import.meta.url);",
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
    yogaWithoutFetch,
    stringWidthFastPath,
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
        // conf loads ajv (a JSON-schema compiler, most of the store's chunk and about 30 ms
        // of every start that opens progress) but uses it only for a schema, and
        // src/store/progress-file.ts passes none.
        b.onResolve({ filter: /^(ajv\/dist\/2020\.js|ajv-formats)$/ }, (args) =>
          args.importer.includes(`${sep}conf${sep}`)
            ? { path: 'ajv', namespace: 'stub' }
            : undefined,
        );
        const stubs = {
          'is-in-ci': 'export default false;',
          devtools: 'export default { connectToDevTools() {} };',
          ajv: [
            'const none = () => { throw new Error("conf got a schema, but the build leaves ajv out (src/build/build.mjs)"); };',
            'export class Ajv2020 { constructor() { none(); } }',
            'export default none;',
          ].join('\n'),
        };
        b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
          contents: stubs[args.path],
          loader: 'js',
        }));
      },
    },
  ],
});
await chmod(outfile, 0o755);
// What each chunk holds, for the test that checks what each command loads.
await writeFile(join(tmp, 'dist-meta.json'), JSON.stringify(metafile));
const files = Object.entries(metafile.outputs);
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(
  `built dist/: cli.js ${(await stat(outfile)).size} B and ${files.length - 1} chunks, ` +
    `${kib(files.reduce((sum, [, o]) => sum + o.bytes, 0))} in all; ` +
    `${bank.decks.length} decks, ${bank.cards.length} cards`,
);
