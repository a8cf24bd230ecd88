// Runs the built bundle as a user would, with a throwaway data folder.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');
/** Every command must end within this; a hang fails the test instead of stalling it. */
export const COMMAND_TIMEOUT_MS = 10_000;

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) {
    chmodSync(dir, 0o700);
    // A trainer killed in a tmux test may still be writing its cache as it exits: retry a
    // folder that fills up again while it is being removed (ENOTEMPTY) instead of failing.
    rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  }
});

/** A fresh folder, removed when the test file is done. */
export function tempHome(prefix = 'tcp-drill-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * Permission bits do not bind root, so a test of an unreadable or read-only folder runs
 * the command as `nobody` then; `own` hands that user the paths it should own.
 */
const NOBODY = 65534;
export const asRoot = process.getuid?.() === 0;
export function own(...paths: string[]): void {
  if (asRoot) for (const p of paths) chownSync(p, NOBODY, NOBODY);
}

export type Run = { status: number | null; stdout: string; stderr: string };

export function runCli(
  args: readonly string[],
  opts: {
    home?: string;
    env?: NodeJS.ProcessEnv;
    input?: string;
    /** A file descriptor to read standard input from, instead of `input`. */
    stdin?: number;
    node?: string;
    /** Options for node itself, before the CLI's path (`--import`, say). */
    nodeArgs?: readonly string[];
    cwd?: string;
    /** Run without root's powers (see `own`). */
    unprivileged?: boolean;
    timeoutMs?: number;
  } = {},
): Run {
  const user = opts.unprivileged && asRoot ? { uid: NOBODY, gid: NOBODY } : {};
  const result = spawnSync(
    opts.node ?? process.execPath,
    [...(opts.nodeArgs ?? []), CLI, ...args],
    {
      cwd: opts.cwd ?? ROOT,
      ...(opts.stdin === undefined
        ? { input: opts.input ?? '' }
        : { stdio: [opts.stdin, 'pipe', 'pipe'] as const }),
      encoding: 'utf8',
      timeout: opts.timeoutMs ?? COMMAND_TIMEOUT_MS,
      killSignal: 'SIGKILL',
      ...user,
      env: {
        ...process.env,
        TCP_DRILL_HOME: opts.home ?? tempHome(),
        LANG: 'C.UTF-8',
        LC_ALL: '',
        LC_MESSAGES: '',
        ...opts.env,
      },
    },
  );
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
