// The playground's visited rows on disk: kept across opens of the store, only ever added to,
// and a damaged file reads as none instead of stopping the app.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/file-store.js';
import { PLAYGROUND_FILE } from '../../src/store/paths.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tcp-drill-play-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('visited playground rows in the store', () => {
  it('are kept across sessions and only grow', () => {
    const dir = tempDir();
    const first = openStore({ dir }).store;
    expect(first.visited()).toEqual([]);
    first.markVisited(['F02', 'F01']);
    first.close();
    const second = openStore({ dir }).store;
    expect(second.visited()).toEqual(['F01', 'F02']);
    second.markVisited(['F01', 'E05']);
    expect(second.visited()).toEqual(['E05', 'F01', 'F02']);
    second.close();
    expect(JSON.parse(readFileSync(join(dir, PLAYGROUND_FILE), 'utf8'))).toEqual({
      visited: ['E05', 'F01', 'F02'],
    });
  });

  it('take in rows another process wrote', () => {
    const dir = tempDir();
    const a = openStore({ dir }).store;
    const b = openStore({ dir }).store;
    a.markVisited(['F01']);
    b.markVisited(['F02']);
    expect(readFileSync(join(dir, PLAYGROUND_FILE), 'utf8')).toContain('"F01","F02"');
    a.close();
    b.close();
  });

  it('read a damaged file as none', () => {
    const dir = tempDir();
    writeFileSync(join(dir, PLAYGROUND_FILE), '{"visited": [1, "F0');
    const store = openStore({ dir }).store;
    expect(store.visited()).toEqual([]);
    store.markVisited(['F03']);
    expect(store.visited()).toEqual(['F03']);
    store.close();
  });

  it('are not written by a read-only store', () => {
    const dir = tempDir();
    openStore({ dir }).store.close();
    const store = openStore({ dir, readOnly: true }).store;
    store.markVisited(['F01']);
    store.close();
    expect(openStore({ dir }).store.visited()).toEqual([]);
  });
});
