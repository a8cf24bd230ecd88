import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLock } from '../../src/store/lock.js';
import { tempDir } from './temp-dir.js';

describe('checkpoint lock', () => {
  it('is exclusive, and released afterwards', () => {
    const lock = join(tempDir(), 'progress.lock');
    const outer = withLock(lock, () => {
      expect(existsSync(lock)).toBe(true);
      return withLock(lock, () => 'inner', 50);
    });
    expect(outer).toMatchObject({ locked: true, value: { locked: false } });
    expect(existsSync(lock)).toBe(false);
  });

  it('breaks a lock left by a process that is gone', () => {
    const lock = join(tempDir(), 'progress.lock');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(lock, `${dead}@${hostname()}@0@0`);
    expect(withLock(lock, () => 1, 200)).toEqual({ locked: true, value: 1 });
  });

  it('breaks a lock older than 30 seconds even if its process lives', () => {
    const lock = join(tempDir(), 'progress.lock');
    writeFileSync(lock, `${process.ppid}@${hostname()}@0@0`);
    expect(withLock(lock, () => 1, 50)).toMatchObject({ locked: false });
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(lock, old, old);
    expect(withLock(lock, () => 1, 50)).toEqual({ locked: true, value: 1 });
  });

  it('waits on a lock being written, but breaks one left empty by a killed process', () => {
    const lock = join(tempDir(), 'progress.lock');
    writeFileSync(lock, '');
    expect(withLock(lock, () => 1, 50)).toMatchObject({ locked: false });
    const old = (Date.now() - 5_000) / 1000;
    utimesSync(lock, old, old);
    expect(withLock(lock, () => 1, 50)).toEqual({ locked: true, value: 1 });
  });
});

describe('a lock that is not ours to break', () => {
  it('says who holds it when the wait ends', () => {
    const lock = join(tempDir(), 'progress.lock');
    writeFileSync(lock, `123@laptop.example@0@0`);
    expect(withLock(lock, () => 1, 20)).toEqual({
      locked: false,
      reason: `${lock} is held by process 123 on laptop.example`,
    });
  });

  it('a folder in its place is an error naming it, at once', () => {
    const lock = join(tempDir(), 'progress.lock');
    mkdirSync(lock);
    expect(() => withLock(lock, () => 1, 60_000)).toThrow(
      `${lock}: is in the way of the lock file`,
    );
  });
});
