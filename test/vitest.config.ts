import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vitest/config';
import {
  STATE_MACHINE_FILE,
  WORDS_FILES,
  checkStateMachine,
} from '../src/tcp/check-state-machine.js';

const content = (name: string) => fileURLToPath(new URL(`../content/${name}`, import.meta.url));
const source = (name: string) => ({
  text: readFileSync(content(name), 'utf8'),
  file: content(name),
});

/** The compiled model, checked as the build checks it; a problem fails the run at once. */
function compiledModel() {
  const path = content(STATE_MACHINE_FILE);
  const model = checkStateMachine(readFileSync(path, 'utf8'), path, {
    en: source(WORDS_FILES.en),
    zh: source(WORDS_FILES.zh),
  });
  if (model.diagnostics.length > 0)
    throw new Error(model.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  return model;
}

/** Tests see the same rows and words as the build embeds (see src/build/build.mjs). */
function modelModules(): Plugin {
  const modules: Record<string, () => unknown> = {
    'virtual:state-machine': () => compiledModel().rows,
    'virtual:row-words': () => compiledModel().words,
  };
  return {
    name: 'state-machine',
    resolveId: (id) => (id in modules ? `\0${id}` : undefined),
    load(id) {
      const make = id.startsWith('\0') ? modules[id.slice(1)] : undefined;
      return make ? `export default ${JSON.stringify(make())};` : undefined;
    },
  };
}

const SCENARIOS_ID = 'virtual:scenarios';

/**
 * The scenarios, compiled by the same code the build runs (src/build/build.mjs); here the
 * module runs the compiler when a test imports it, since the compiler needs the simulator.
 */
function scenarios(): Plugin {
  return {
    name: 'scenarios',
    resolveId: (id) => (id === SCENARIOS_ID ? `\0${SCENARIOS_ID}` : undefined),
    load(id) {
      if (id !== `\0${SCENARIOS_ID}`) return undefined;
      const dir = new URL('../content/model/scenarios/', import.meta.url);
      const files = readdirSync(dir)
        .filter((name) => name.endsWith('.sim'))
        .sort()
        .map((name) => ({
          path: `content/model/scenarios/${name}`,
          text: readFileSync(new URL(name, dir), 'utf8'),
        }));
      const compiler = fileURLToPath(new URL('../src/tcp/compile-scenario.ts', import.meta.url));
      return [
        `import { compileScenarios } from ${JSON.stringify(compiler)};`,
        `const { scenarios, diagnostics } = compileScenarios(${JSON.stringify(files)});`,
        'if (diagnostics.length > 0)',
        '  throw new Error(diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\\n"));',
        'export default scenarios;',
      ].join('\n');
    },
  };
}

export default defineConfig({
  plugins: [modelModules(), scenarios()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/node22/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    env: { FORCE_COLOR: '0', NO_COLOR: '1' },
  },
});
