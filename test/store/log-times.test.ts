// Class 4 of issue 11: one bad log line cannot poison every start. A time no Date can
// hold is damage (one notice, the line kept); a review from the future is set aside.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../src/srs/stats.js';
import { openStore } from '../../src/store/file-store.js';
import { openStoreEn } from './open-store-en.js';
import { card } from '../srs/cards.js';
import { tempDir } from './temp-dir.js';

const NOW = new Date(2026, 2, 10, 9).getTime();
const YEAR = 365 * 86_400_000;

function review(id: string, cardId: string, at: number): string {
  return `${JSON.stringify({ id, card: cardId, at, rating: 3, ms: 1, by: 'self' })}\n`;
}

function folder(): string {
  const dir = tempDir();
  const { store } = openStore({ dir, now: NOW });
  store.record({ card: 'a', rating: 3, at: NOW - 86_400_000, ms: 1, by: 'self' });
  store.updateSettings({ newPerDay: 5 });
  store.close();
  return dir;
}

describe('a review whose time is past the end of JavaScript dates', () => {
  it('is skipped with one notice, kept in the file, and never breaks the cache', () => {
    const dir = folder();
    const log = join(dir, 'reviews.jsonl');
    appendFileSync(log, review('x-1', 'b', 2 ** 53 - 1));
    const text = readFileSync(log, 'utf8');
    for (let open = 0; open < 3; open++) {
      const { store, notices } = openStoreEn({ dir, now: NOW });
      expect(notices).toEqual(
        open === 0 ? [`${log}: skipped 1 damaged line that could not be read.`] : [],
      );
      expect(store.reviews()).toHaveLength(1);
      expect(store.settings.newPerDay).toBe(5);
      store.close();
    }
    expect(readFileSync(log, 'utf8')).toBe(text);
    expect(readdirSync(dir).filter((n) => n.includes('corrupt'))).toEqual([]);
  });
});

describe('a review dated in the future', () => {
  it('is set aside with a notice, not counted as today, and counts once its time comes', () => {
    const dir = folder();
    const log = join(dir, 'reviews.jsonl');
    const later = NOW + YEAR;
    appendFileSync(log, review('f-1', 'b', later));
    const { store, notices } = openStoreEn({ dir, now: NOW });
    expect(notices).toEqual([
      `${log}: set aside 1 review dated in the future (up to ${new Date(later).toISOString()}; a clock set wrong?); it counts once that time has come.`,
    ]);
    expect(store.reviews().map((r) => r.card)).toEqual(['a']);
    const stats = computeStats({
      cards: [card('a'), card('b'), card('c')],
      states: store.states(),
      reviews: store.reviews(),
      settings: store.settings,
      now: NOW,
    });
    expect(stats).toMatchObject({ reviewsToday: 0, newRemaining: 2 });
    store.close();
    const then = openStore({ dir, now: later + 60_000 });
    expect(then.notices).toEqual([]);
    expect(then.store.states().has('b')).toBe(true);
    then.store.close();
  });
});
