// Practice answers, suspensions and "learn more today" live in the review log beside the
// reviews: they survive a reopen and an export/import, and never change a schedule.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extraNewToday } from '../../src/srs/today.js';
import { openStore } from '../../src/store/file-store.js';
import { openStoreEn } from './open-store-en.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { exportProgress, mergeProgress } from '../../src/store/transfer.js';
import { tempDir } from './temp-dir.js';

const T0 = new Date(2026, 2, 10, 9).getTime();
const MIN = 60_000;

const states = (m: ReadonlyMap<string, unknown>) => JSON.stringify([...m]);

describe('practice answers', () => {
  it('are logged and counted, but never change a card state or the reviews', () => {
    const dir = tempDir();
    const { store } = openStore({ dir });
    store.record({ card: 'a', rating: 3, at: T0, ms: 900, by: 'self' });
    const before = states(store.states());
    const p = store.recordPractice({ card: 'a', rating: 1, at: T0 + MIN, ms: 700, by: 'auto' });
    store.recordPractice({ card: 'b', rating: 3, at: T0 + 2 * MIN, ms: 500, by: 'self' });
    expect(states(store.states())).toBe(before);
    expect(store.reviews()).toHaveLength(1);
    expect(store.practice().map((x) => x.card)).toEqual(['a', 'b']);
    // undo takes back the newest answer, practice or not
    expect(store.undo(T0 + 3 * MIN)?.card).toBe('b');
    expect(store.practice()).toEqual([p]);
    store.close();
    const line = readFileSync(join(dir, 'reviews.jsonl'), 'utf8').split('\n')[1]!;
    // No `id`: a reader that knows only reviews rejects the line instead of grading the card.
    expect(JSON.parse(line)).toEqual({
      practice: p.practice,
      card: 'a',
      at: T0 + MIN,
      rating: 1,
      ms: 700,
      by: 'auto',
    });
    const again = openStore({ dir });
    expect(again.notices).toEqual([]);
    expect(states(again.store.states())).toBe(before);
    expect(again.store.practice()).toEqual([p]);
    again.store.close();
  });
});

describe('suspend and restore', () => {
  it('keeps the newest of each card, across a reopen and an export/import', () => {
    const dir = tempDir();
    const { store } = openStore({ dir });
    store.setSuspended('a', true, T0);
    store.setSuspended('b', true, T0 + 1);
    store.setSuspended('b', false, T0 + 2);
    expect([...store.suspended()]).toEqual(['a']);
    const exported = JSON.parse(JSON.stringify(exportProgress(store))) as unknown;
    store.close();
    const reopened = openStore({ dir }).store;
    expect([...reopened.suspended()]).toEqual(['a']);
    reopened.close();
    const other = createMemoryStore();
    mergeProgress(other, exported);
    expect([...other.suspended()]).toEqual(['a']);
    // Importing twice adds nothing; an older suspend arriving late does not undo a restore.
    mergeProgress(other, exported);
    expect(other.entries()).toHaveLength(3);
    other.merge([{ suspend: 'b', at: T0 - 5 }]);
    expect([...other.suspended()]).toEqual(['a']);
  });
});

describe('learn more today', () => {
  it('adds to the study day it was asked on, and only that one', () => {
    const store = createMemoryStore();
    store.learnMore(10, T0);
    store.learnMore(5, T0 + MIN);
    expect(extraNewToday(store.extraNew(), T0 + 2 * MIN)).toBe(15);
    expect(extraNewToday(store.extraNew(), T0 + 24 * 60 * MIN)).toBe(0);
    expect(() => store.learnMore(0, T0)).toThrow(TypeError);
  });
});

describe('entries of a kind this version does not know', () => {
  it('are skipped without a warning, while damage is still reported', () => {
    const dir = tempDir();
    const first = openStore({ dir });
    first.store.record({ card: 'a', rating: 3, at: T0, ms: 900, by: 'self' });
    first.store.close();
    const log = join(dir, 'reviews.jsonl');
    appendFileSync(log, `${JSON.stringify({ kind: 'from-the-future', at: T0 + 1 })}\n`);
    const quiet = openStore({ dir });
    expect(quiet.notices).toEqual([]);
    expect(quiet.store.reviews()).toHaveLength(1);
    quiet.store.record({ card: 'b', rating: 3, at: T0 + MIN, ms: 900, by: 'self' });
    quiet.store.close();
    appendFileSync(log, '{"id":"x","card":"a","at":1,"rating":9,"ms":0,"by":"self"}\n');
    const loud = openStoreEn({ dir });
    expect(loud.notices.join('\n')).toMatch(/skipped 1 damaged line/);
    expect(loud.store.reviews()).toHaveLength(2);
    loud.store.close();
  });
});
