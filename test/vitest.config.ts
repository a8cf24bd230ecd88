import { readFileSync } from 'node:fs';
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

export default defineConfig({
  plugins: [stateMachine()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/node22/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    env: { FORCE_COLOR: '0', NO_COLOR: '1' },
  },
});
