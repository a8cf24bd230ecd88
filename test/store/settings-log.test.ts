// Classes 3 and 7 of issue 11: a settings change is durable when the command says so, and
// it survives a damaged progress.json, because it is a line in the review log too.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/file-store.js';
import { openStoreEn } from './open-store-en.js';
import { tempDir } from './temp-dir.js';

const T0 = new Date(2026, 2, 10, 9).getTime();

/** A lock that is fresh and belongs to another machine: never ours to break. */
function foreignLock(dir: string): void {
  writeFileSync(join(dir, 'progress.lock'), `4242@laptop.example@${Date.now()}@0.5`);
}

describe('settings in the review log', () => {
  it('a change made while another machine holds the lock is kept', () => {
    const dir = tempDir();
    openStore({ dir }).store.close();
    foreignLock(dir);
    const { store } = openStore({ dir });
    expect(store.updateSettings({ newPerDay: 21 }).newPerDay).toBe(21);
    store.close();
    const again = openStore({ dir, readOnly: true });
    expect(again.store.settings.newPerDay).toBe(21);
    again.store.close();
  });

  it('an import while the lock is held keeps the newer settings', () => {
    const dir = tempDir();
    openStore({ dir }).store.close();
    foreignLock(dir);
    const { store } = openStore({ dir });
    const settings = { newPerDay: 3, reviewsPerDay: 50, requestRetention: 0.85 };
    expect(store.merge([], { value: settings, changedAt: T0 }).settingsUpdated).toBe(true);
    store.close();
    const again = openStore({ dir, readOnly: true });
    expect(again.store.settings).toEqual(settings);
    expect(again.store.settingsChangedAt).toBe(T0);
    again.store.close();
  });

  it('settings survive a damaged progress.json, and the rebuild keeps them', () => {
    const dir = tempDir();
    const { store } = openStore({ dir });
    store.record({ card: 'a', rating: 3, at: T0, ms: 1, by: 'self' });
    store.updateSettings({ newPerDay: 9, requestRetention: 0.8 });
    store.close();
    writeFileSync(join(dir, 'progress.json'), '{"settings": {"newPerDay": 9,,,');
    const reopened = openStoreEn({ dir });
    expect(reopened.notices.join('\n')).toMatch(/moved to .*rebuilt/);
    expect(reopened.store.settings).toMatchObject({ newPerDay: 9, requestRetention: 0.8 });
    reopened.store.close();
  });

  it('a settings line leaves the cache valid: no rebuild on the next open', () => {
    const dir = tempDir();
    const { store } = openStore({ dir });
    store.record({ card: 'a', rating: 3, at: T0, ms: 1, by: 'self' });
    store.updateSettings({ newPerDay: 4 });
    store.close();
    const again = openStore({ dir });
    expect(again.notices).toEqual([]);
    again.store.close();
    expect(readFileSync(join(dir, 'reviews.jsonl'), 'utf8')).toMatch(/"kind":"settings"/);
  });

  it('entries of a kind this version does not know are skipped without a notice', () => {
    const dir = tempDir();
    const { store } = openStore({ dir });
    store.record({ card: 'a', rating: 3, at: T0, ms: 1, by: 'self' });
    store.close();
    appendFileSync(join(dir, 'reviews.jsonl'), '{"kind":"suspend","card":"a","at":1}\n');
    const again = openStore({ dir });
    expect(again.notices).toEqual([]);
    expect(again.store.reviews()).toHaveLength(1);
    again.store.close();
  });
});
