// A lock file for checkpoints, so two processes never write the progress cache at once.
// Created with O_EXCL ('wx'); a lock whose process is gone, or that is older than
// STALE_MS, was left by a crash and is broken. Appends to the review log need no lock.
import { hostname } from 'node:os';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';

const STALE_MS = 30_000;
const EMPTY_GRACE_MS = 1_000;
const WAIT_STEP_MS = 5;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `fn` holding the lock at `path`, or returns `{ locked: false }` if another live
 * process keeps it for longer than `timeoutMs` (the caller can simply try again later).
 */
export function withLock<T>(
  path: string,
  fn: () => T,
  timeoutMs = 2000,
): { locked: true; value: T } | { locked: false } {
  const token = `${process.pid}@${hostname()}@${Date.now()}@${Math.random()}`;
  const deadline = Date.now() + timeoutMs;
  while (!tryCreate(path, token)) {
    if (isStale(path)) {
      removeIf(path, () => true);
      continue;
    }
    if (Date.now() > deadline) return { locked: false };
    Atomics.wait(sleeper, 0, 0, WAIT_STEP_MS);
  }
  try {
    return { locked: true, value: fn() };
  } finally {
    // Only remove our own lock: if ours was judged stale and broken, leave the new owner's.
    removeIf(path, (content) => content === token);
  }
}

function tryCreate(path: string, token: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, token);
  } finally {
    closeSync(fd);
  }
  return true;
}

function isStale(path: string): boolean {
  try {
    const age = Date.now() - statSync(path).mtimeMs;
    if (age > STALE_MS) return true;
    const [pid, host] = readFileSync(path, 'utf8').split('@');
    // A lock being written right now is still empty: give it a moment. One that stays
    // empty belonged to a process killed between creating and filling it.
    if (!pid) return age > EMPTY_GRACE_MS;
    if (host !== hostname()) return false;
    return !isAlive(Number(pid));
  } catch {
    return false; // gone already: the next attempt will create it
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIf(path: string, test: (content: string) => boolean): void {
  try {
    if (test(readFileSync(path, 'utf8'))) unlinkSync(path);
  } catch {
    // Already removed by someone else.
  }
}
