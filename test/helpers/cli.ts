// Runs the built bundle as a user would, with a throwaway data folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');

export function tempHome(prefix = 'tcp-drill-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export type Run = { status: number | null; stdout: string; stderr: string };

export function runCli(
  args: readonly string[],
  opts: {
    home?: string;
    env?: NodeJS.ProcessEnv;
    input?: string;
    node?: string;
    cwd?: string;
  } = {},
): Run {
  const result = spawnSync(opts.node ?? process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: {
      ...process.env,
      TCP_DRILL_HOME: opts.home ?? tempHome(),
      LANG: 'C.UTF-8',
      LC_ALL: '',
      ...opts.env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
