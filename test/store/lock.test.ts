import { spawnSync } from 'node:child_process';
import { existsSync, utimesSync, writeFileSync } from 'node:fs';
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
    expect(outer).toEqual({ locked: true, value: { locked: false } });
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
    expect(withLock(lock, () => 1, 50)).toEqual({ locked: false });
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(lock, old, old);
    expect(withLock(lock, () => 1, 50)).toEqual({ locked: true, value: 1 });
  });

  it('waits on a lock being written, but breaks one left empty by a killed process', () => {
    const lock = join(tempDir(), 'progress.lock');
    writeFileSync(lock, '');
    expect(withLock(lock, () => 1, 50)).toEqual({ locked: false });
    const old = (Date.now() - 5_000) / 1000;
    utimesSync(lock, old, old);
    expect(withLock(lock, () => 1, 50)).toEqual({ locked: true, value: 1 });
  });
});
