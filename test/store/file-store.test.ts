import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayLog } from '../../src/srs/review-log.js';
import type { Rating } from '../../src/srs/scheduler.js';
import { openStore } from '../../src/store/file-store.js';
import type { ProgressStore } from '../../src/store/progress-store.js';
import { tempDir } from './temp-dir.js';

const T0 = new Date(2026, 2, 10, 9).getTime();
const MIN = 60_000;

function grades(store: ProgressStore, n: number, start = T0, cards = ['a', 'b', 'c']) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const rating = (((i * 7) % 4) + 1) as Rating;
    out.push(
      store.record({
        card: cards[i % cards.length]!,
        rating,
        at: start + i * 11 * MIN,
        ms: 1200,
        by: 'self',
      }),
    );
  }
  return out;
}

const plain = (store: ProgressStore) =>
  JSON.stringify([...store.states()].sort(([a], [b]) => a.localeCompare(b)));

describe('file store', () => {
  it('keeps every grade across a reopen, with the same states', () => {
    const dir = tempDir();
    const first = openStore({ dir });
    expect(first.notices).toEqual([]);
    const made = grades(first.store, 20);
    const before = plain(first.store);
    first.store.close();

    const again = openStore({ dir });
    expect(again.notices).toEqual([]);
    expect(again.store.reviews().map((r) => r.id)).toEqual(made.map((r) => r.id));
    expect(plain(again.store)).toBe(before);
    // And the states are exactly a replay of the log.
    const replayed = replayLog(again.store.entries(), again.store.settings);
    expect(JSON.stringify([...replayed].sort(([a], [b]) => a.localeCompare(b)))).toBe(before);
    again.store.close();
  });

  it('writes one JSON line per grade, durable before record() returns', () => {
    const dir = tempDir();
    const { store } = openStore({ dir });
    const r = store.record({ card: 'td-tw-who', rating: 3, at: T0, ms: 4200, by: 'auto' });
    // Read the file while the store is still open: no close or checkpoint needed.
    const lines = readFileSync(join(dir, 'reviews.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([
      { id: r.id, card: 'td-tw-who', at: T0, rating: 3, ms: 4200, by: 'auto' },
    ]);
    store.close();
  });

  it('caches states in progress.json at checkpoints, and replays only the log after it', () => {
    const dir = tempDir();
    const { store } = openStore({ dir, checkpointEvery: 10 });
    grades(store, 25);
    const progress = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')) as {
      cache: { offset: number; states: Record<string, unknown> };
      __internal__: { migrations: { version: string } };
    };
    const log = readFileSync(join(dir, 'reviews.jsonl'));
    const twentyLines = nthNewline(log, 20) + 1;
    expect(progress.cache.offset).toBe(twentyLines); // the checkpoint after the 20th grade
    expect(progress.__internal__.migrations.version).toBe('1.0.0');
    store.close();
    // Prove the cache is used: tamper with it, and the reopened store shows the tampering.
    const cached = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')) as {
      cache: { states: Record<string, { lapses: number }> };
    };
    cached.cache.states.a!.lapses = 99;
    writeFileSync(join(dir, 'progress.json'), JSON.stringify(cached));
    const again = openStore({ dir });
    expect(again.store.states().get('a')!.lapses).toBe(99);
    again.store.close();
  });

  it('undoes several grades, newest first, and the undo survives a reopen', () => {
    const dir = tempDir();
    const { store } = openStore({ dir });
    const [r1, r2, r3] = grades(store, 3, T0, ['a', 'a', 'b']);
    const afterOne = plain(store);
    grades(store, 0);
    expect(store.undo(T0 + 99 * MIN)!.id).toBe(r3!.id);
    expect(store.states().has('b')).toBe(false);
    expect(store.undo(T0 + 99 * MIN)!.id).toBe(r2!.id);
    expect(store.reviews().map((r) => r.id)).toEqual([r1!.id]);
    const onlyFirst = plain(store);
    expect(onlyFirst).not.toBe(afterOne);
    expect(store.undo()!.id).toBe(r1!.id);
    expect(store.undo()).toBeUndefined();
    expect(store.states().size).toBe(0);
    store.close();
    const lines = readFileSync(join(dir, 'reviews.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(6); // three reviews, three undo entries: nothing is erased
    expect(JSON.parse(lines[3]!)).toEqual({ undo: r3!.id, at: T0 + 99 * MIN });
    const again = openStore({ dir });
    expect(again.store.reviews()).toEqual([]);
    expect(again.store.states().size).toBe(0);
    again.store.close();
  });

  it("takes in another process's grades whenever it writes", () => {
    const dir = tempDir();
    const a = openStore({ dir }).store;
    const b = openStore({ dir }).store;
    const first = a.record({ card: 'x', rating: 3, at: T0, ms: 1, by: 'self' });
    expect(b.states().has('x')).toBe(false); // b has not touched the log since
    b.record({ card: 'y', rating: 3, at: T0 + 1, ms: 1, by: 'self' });
    expect(b.reviews()[0]).toEqual(first);
    expect(b.states().get('x')).toEqual(a.states().get('x'));
    a.close();
    b.close();
  });

  it("undo takes back this process's grades only", () => {
    const dir = tempDir();
    const a = openStore({ dir }).store;
    const b = openStore({ dir }).store;
    const mine = a.record({ card: 'x', rating: 3, at: T0, ms: 1, by: 'self' });
    const theirs = b.record({ card: 'y', rating: 3, at: T0 + 1, ms: 1, by: 'self' });
    a.record({ card: 'z', rating: 1, at: T0 + 2, ms: 1, by: 'self' });
    a.undo();
    expect(a.undo()!.id).toBe(mine.id);
    expect(a.reviews().map((r) => r.id)).toEqual([theirs.id]);
    expect(b.undo()!.id).toBe(theirs.id);
    a.close();
    b.close();
  });

  it('persists settings and rebuilds states when the desired retention changes', () => {
    const dir = tempDir();
    const { store } = openStore({ dir });
    for (const [days, rating] of [
      [0, 3],
      [0.01, 3],
      [3, 3],
      [12, 3],
    ] as const) {
      store.record({ card: 'a', rating, at: T0 + days * 24 * 60 * MIN, ms: 1, by: 'self' });
    }
    const before = store.states().get('a')!;
    expect(store.updateSettings({ newPerDay: 5, requestRetention: 0.8 })).toMatchObject({
      newPerDay: 5,
      requestRetention: 0.8,
    });
    const after = store.states().get('a')!;
    expect(after.stability).toBe(before.stability);
    expect(after.due).not.toBe(before.due);
    store.close();
    const again = openStore({ dir }).store;
    expect(again.settings).toEqual({ newPerDay: 5, reviewsPerDay: 200, requestRetention: 0.8 });
    expect(again.states().get('a')).toEqual(after);
    again.close();
  });

  it('sees settings changed by another process at its next checkpoint', () => {
    const dir = tempDir();
    const a = openStore({ dir }).store;
    const b = openStore({ dir }).store;
    b.updateSettings({ reviewsPerDay: 50 });
    expect(a.settings.reviewsPerDay).toBe(200);
    a.checkpoint();
    expect(a.settings.reviewsPerDay).toBe(50);
    a.close();
    b.close();
    expect(openStore({ dir }).store.settings.reviewsPerDay).toBe(50);
  });

  it('refuses bad grades from the caller instead of writing them', () => {
    const { store } = openStore({ dir: tempDir() });
    expect(() => store.record({ card: '', rating: 3, at: T0, ms: 0, by: 'self' })).toThrow(
      TypeError,
    );
    expect(() =>
      store.record({ card: 'a', rating: 5 as Rating, at: T0, ms: 0, by: 'self' }),
    ).toThrow(TypeError);
    expect(store.reviews()).toEqual([]);
    store.close();
  });
});

function nthNewline(buf: Buffer, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = buf.indexOf('\n', at + 1);
  return at;
}
