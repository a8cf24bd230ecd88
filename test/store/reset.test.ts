import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/file-store.js';
import { resetProgress } from '../../src/store/reset.js';
import { tempDir } from './temp-dir.js';

describe('reset', () => {
  it('moves every file into backup-<timestamp>/ and leaves a fresh start', () => {
    const dir = tempDir();
    const { store } = openStore({ dir });
    store.record({ card: 'a', rating: 3, at: Date.now(), ms: 1, by: 'self' });
    store.close();
    const log = readFileSync(join(dir, 'reviews.jsonl'), 'utf8');

    const at = new Date(2026, 4, 1, 7, 8, 9).getTime();
    const { backupDir, moved } = resetProgress(dir, at);
    expect(backupDir).toBe(join(dir, 'backup-20260501-070809'));
    expect(moved).toEqual(['progress.json', 'reviews.jsonl']);
    expect(readFileSync(join(backupDir!, 'reviews.jsonl'), 'utf8')).toBe(log);
    expect(readdirSync(dir)).toEqual(['backup-20260501-070809']);

    const fresh = openStore({ dir });
    expect(fresh.notices).toEqual([]);
    expect(fresh.store.reviews()).toEqual([]);
    fresh.store.close();
    // A second reset keeps the first backup and makes another.
    expect(resetProgress(dir, at).backupDir).toBe(join(dir, 'backup-20260501-070809-2'));
    expect(existsSync(join(dir, 'backup-20260501-070809', 'reviews.jsonl'))).toBe(true);
  });

  it('does nothing in an empty or missing folder', () => {
    expect(resetProgress(tempDir())).toEqual({ backupDir: undefined, moved: [] });
    expect(resetProgress(join(tempDir(), 'missing'))).toEqual({ backupDir: undefined, moved: [] });
  });
});
