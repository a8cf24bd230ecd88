import { describe, expect, it } from 'vitest';
import { cardRows } from '../../src/srs/card-rows.js';
import { grade } from '../../src/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../src/srs/settings.js';
import { dailyReviewEstimate } from '../../src/srs/workload.js';
import { card } from './cards.js';

const T = new Date(2026, 2, 10, 12).getTime();
const DAY = 24 * 3_600_000;

describe('cardRows', () => {
  it('gives each card its state, due date and lapses; suspended wins over the rest', () => {
    const learning = grade(undefined, 3, T, DEFAULT_SETTINGS);
    const review = { ...grade(learning, 4, T + 600_000, DEFAULT_SETTINGS), lapses: 2 };
    const states = new Map([
      ['b', learning],
      ['c', review],
      ['d', review],
    ]);
    const rows = cardRows([card('a'), card('b'), card('c'), card('d')], states, new Set(['d']));
    expect(rows.map((r) => [r.card.id, r.status, r.lapses])).toEqual([
      ['a', 'new', 0],
      ['b', 'learning', 0],
      ['c', 'review', 2],
      ['d', 'suspended', 2],
    ]);
    expect(rows[0]!.due).toBeUndefined();
    expect(rows[2]!.due).toBe(review.due);
  });
});

describe('dailyReviewEstimate', () => {
  it('costs more reviews at a higher retention, and counts new cards', () => {
    const states = Array.from({ length: 50 }, (_, i) => ({
      ...grade(undefined, 3, T - i * DAY, DEFAULT_SETTINGS),
      state: 2 as const,
      stability: 5 + i,
    }));
    const low = dailyReviewEstimate(states, 0.8, 0);
    const mid = dailyReviewEstimate(states, 0.9, 0);
    const high = dailyReviewEstimate(states, 0.97, 0);
    expect(low).toBeLessThan(mid);
    expect(mid).toBeLessThan(high);
    expect(dailyReviewEstimate([], 0.9, 20)).toBe(40);
  });
});
