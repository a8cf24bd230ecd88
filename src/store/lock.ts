// A lock file for checkpoints, so two processes never write the progress cache at once.
// Created with O_EXCL ('wx'); a lock whose process is gone, or that is older than
// STALE_MS, was left by a crash and is broken. Appends to the review log need no lock.
import { hostname } from 'node:os';
import { closeSync, lstatSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { StoreError, storeError } from './store-error.js';

const STALE_MS = 30_000;
const EMPTY_GRACE_MS = 1_000;
const WAIT_STEP_MS = 5;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export type LockResult<T> = { locked: true; value: T } | { locked: false; reason: string };

/**
 * Runs `fn` holding the lock at `path`, or returns `{ locked: false }` with the reason if
 * another live process keeps it for longer than `timeoutMs`, or a stale lock cannot be
 * removed (the caller can simply try again later). Never waits past the deadline.
 */
export function withLock<T>(path: string, fn: () => T, timeoutMs = 2000): LockResult<T> {
  const token = `${process.pid}@${hostname()}@${Date.now()}@${Math.random()}`;
  const deadline = Date.now() + timeoutMs;
  while (!tryCreate(path, token)) {
    const holder = inspect(path);
    // A stale lock that is really gone lets the next attempt succeed at once.
    if (holder.stale && removeIf(path, () => true)) continue;
    if (Date.now() > deadline) return { locked: false, reason: holder.reason };
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
    throw storeError(error, path);
  }
  try {
    writeSync(fd, token);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Whether the lock was left by a crash, and who holds it, in words. */
function inspect(path: string): { stale: boolean; reason: string } {
  try {
    const info = lstatSync(path);
    // Not a lock we could ever break: waiting for it would never end.
    if (!info.isFile()) throw new StoreError(path, (t) => t.lockInTheWay);
    const age = Date.now() - info.mtimeMs;
    const [pid, host] = readFileSync(path, 'utf8').split('@');
    if (age > STALE_MS) return { stale: true, reason: `${path} is stale but could not be removed` };
    // A lock being written right now is still empty: give it a moment. One that stays
    // empty belonged to a process killed between creating and filling it.
    if (!pid)
      return { stale: age > EMPTY_GRACE_MS, reason: `${path} is being written by another process` };
    if (host !== hostname())
      return {
        stale: false,
        reason: `${path} is held by process ${pid} on ${host ?? 'another host'}`,
      };
    if (!isAlive(Number(pid)))
      return {
        stale: true,
        reason: `${path} was left by a process that is gone and could not be removed`,
      };
    return { stale: false, reason: `${path} is held by process ${pid}` };
  } catch (error) {
    if (error instanceof StoreError) throw error;
    // Gone already: the next attempt will create it.
    return { stale: false, reason: `${path} kept changing` };
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

/** Removes the lock if `test` accepts its content; true if it is gone now. */
function removeIf(path: string, test: (content: string) => boolean): boolean {
  try {
    if (test(readFileSync(path, 'utf8'))) unlinkSync(path);
    return true;
  } catch (error) {
    // Already removed by someone else counts as removed; anything else (a folder, no
    // permission) does not, so the caller waits out its deadline instead of spinning.
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}
