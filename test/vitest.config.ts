import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vitest/config';
import { STATE_MACHINE_FILE, checkStateMachine } from '../src/tcp/check-state-machine.js';

const ID = 'virtual:state-machine';

/** Tests see the same compiled state machine as the build embeds (see src/build/build.mjs). */
function stateMachine(): Plugin {
  return {
    name: 'state-machine',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const path = fileURLToPath(new URL(`../content/${STATE_MACHINE_FILE}`, import.meta.url));
      const { rows, diagnostics } = checkStateMachine(readFileSync(path, 'utf8'), path);
      if (diagnostics.length > 0)
        throw new Error(diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
      return `export default ${JSON.stringify(rows)};`;
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
  plugins: [stateMachine(), scenarios()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/node22/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    env: { FORCE_COLOR: '0', NO_COLOR: '1' },
  },
});
