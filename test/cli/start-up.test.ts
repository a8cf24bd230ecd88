// Start-up cost: the quick commands must not even parse the code they do not run. The build
// splits the CLI into chunks and records what each chunk holds (.tmp/dist-meta.json); a
// module hook logs the chunks a command really loads, and the two together say whether
// React, ink or the banks came along.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempHome } from '../helpers/cli.js';

type Meta = { outputs: Record<string, { inputs: Record<string, unknown> }> };
const meta = JSON.parse(readFileSync(join(ROOT, '.tmp', 'dist-meta.json'), 'utf8')) as Meta;
const HOOK = pathToFileURL(join(ROOT, 'test', 'helpers', 'record-loads.mjs')).href;

const UI = /node_modules\/(ink|react|react-reconciler|scheduler|yoga-layout)\//;
const BANK = 'builtin-bank:builtin-bank';
const TEXT_LAYOUT = 'node_modules/string-width/index.js';

/** The source files (inputs of the loaded chunks) that running `args` brought in. */
function inputsLoadedBy(args: string[]): string[] {
  const log = join(tempHome(), 'loads.txt');
  const run = runCli(args, { env: { NODE_OPTIONS: `--import=${HOOK}`, TCP_DRILL_LOADS: log } });
  expect(run.status).toBe(0);
  const chunks = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((url) => relative(ROOT, fileURLToPath(url)).replaceAll('\\', '/'))
    .filter((path) => path.startsWith('dist/'));
  expect(chunks).toContain('dist/cli.js');
  return chunks.flatMap((chunk) => Object.keys(meta.outputs[chunk]?.inputs ?? {}));
}

describe('what each command loads', () => {
  it('the UI libraries are in the build, so their absence below means something', () => {
    const inputs = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(inputs.filter((input) => UI.test(input)).length).toBeGreaterThan(10);
    expect(inputs).toContain(BANK);
    expect(inputs).toContain(TEXT_LAYOUT);
  });

  it('leaves out or wraps slow starters: ajv, yoga with fetch, slow string-width', () => {
    const inputs = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(inputs.filter((input) => /node_modules\/ajv(-formats)?\//.test(input))).toEqual([]);
    expect(inputs).toContain('yoga-without-fetch:yoga-layout');
    const copies = inputs.filter((input) =>
      /^node_modules\/(.*\/)?string-width\/index\.js$/.test(input),
    );
    const wrapped = inputs.filter((input) => input.startsWith('string-width-fast-path:'));
    expect(copies.length).toBeGreaterThan(0);
    expect(wrapped).toHaveLength(new Set(copies).size);
  });

  it.each([[['--version']], [['--help']]])('%j loads neither the UI nor the banks', (args) => {
    const inputs = inputsLoadedBy(args);
    expect(inputs).toContain('src/cli.ts');
    expect(inputs.filter((input) => UI.test(input))).toEqual([]);
    expect(inputs).not.toContain(BANK);
  });

  // The JSON is for scripts, which may run it often: no text layout either (string-width
  // sets up Unicode segmentation as it loads), and the bank only where the answer needs it.
  it.each([
    [['stats', '--json'], true],
    [['lint', '--json'], true],
    [['states', '--json'], false],
    [['sim', '--json', join(ROOT, 'test', 'fixtures', 'sim', 'figure-6.sim')], false],
  ])('%j loads no React, ink or text layout', (args, needsBank) => {
    const inputs = inputsLoadedBy(args);
    expect(inputs.filter((input) => UI.test(input))).toEqual([]);
    expect(inputs).not.toContain(TEXT_LAYOUT);
    expect(inputs.includes(BANK)).toBe(needsBank);
  });
});
