import { describe, expect, it } from 'vitest';
import type { Review } from '../../src/srs/review-log.js';
import { grade, retrievability, type CardState, type Rating } from '../../src/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../src/srs/settings.js';
import { computeStats, type StatsInput } from '../../src/srs/stats.js';
import { card } from './cards.js';

const NOON = new Date(2026, 2, 10, 12).getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MIN = 60_000;

let seq = 0;
function input(
  reviews: [string, number, Rating][],
  cards = [card('a'), card('b'), card('c', { topic: 'teardown' })],
): StatsInput {
  const log: Review[] = reviews.map(([id, at, rating]) => ({
    id: `r${seq++}`,
    card: id,
    at,
    rating,
    ms: 900,
    by: 'self',
  }));
  const states = new Map<string, CardState>();
  for (const r of log)
    states.set(r.card, grade(states.get(r.card), r.rating, r.at, DEFAULT_SETTINGS));
  return { cards, states, reviews: log, settings: DEFAULT_SETTINGS, now: NOON };
}

describe('computeStats', () => {
  it('returns exactly the keys of the stats --json contract', () => {
    const stats = computeStats(input([]));
    expect(Object.keys(stats).sort()).toEqual(
      [
        'dueNow',
        'forecast',
        'leeches',
        'newRemaining',
        'retention30d',
        'reviewsToday',
        'streakDays',
        'topics',
        'totalReviews',
      ].sort(),
    );
    expect(stats).toEqual({
      totalReviews: 0,
      reviewsToday: 0,
      dueNow: 0,
      forecast: new Array(14).fill(0),
      newRemaining: 3,
      retention30d: null,
      streakDays: 0,
      topics: [
        { topic: 'handshake', cards: 2, readiness: 0 },
        { topic: 'teardown', cards: 1, readiness: 0 },
      ],
      leeches: [],
    });
  });

  it('counts reviews, today, retention, new cards left and the forecast', () => {
    const s = computeStats(
      input([
        ['a', NOON - 40 * DAY, 3], // outside the 30-day window
        ['a', NOON - 40 * DAY + 10 * MIN, 1],
        ['b', NOON - 2 * HOUR, 3], // new today, learning: due 10 minutes later
        ['b', NOON - 2 * HOUR + 10 * MIN, 1],
        ['c', NOON - 3 * DAY, 4],
        ['other-lang-card', NOON - HOUR, 3], // not in this bank: ignored
      ]),
    );
    expect(s.totalReviews).toBe(5);
    expect(s.reviewsToday).toBe(2);
    expect(s.retention30d).toBe(0.667); // b Good, b Again, c Easy
    expect(s.newRemaining).toBe(0); // every card has been seen
    expect(s.dueNow).toBeGreaterThanOrEqual(2); // a (long overdue) and b (learning step passed)
    expect(s.forecast).toHaveLength(14);
    expect(s.forecast.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(3);
    expect(s.forecast[0]).toBeGreaterThanOrEqual(s.dueNow);
  });

  it('limits new cards left to the daily allowance', () => {
    const cards = Array.from({ length: 30 }, (_, i) => card(`n${i}`));
    expect(computeStats(input([['n0', NOON - HOUR, 3]], cards)).newRemaining).toBe(19);
  });

  it('counts a streak of study days ending today or yesterday, across the 4 am rollover', () => {
    const days = (n: number, end: number) =>
      Array.from({ length: n }, (_, i): [string, number, Rating] => [
        'a',
        end - (n - 1 - i) * DAY,
        3,
      ]);
    expect(computeStats(input(days(3, NOON))).streakDays).toBe(3);
    expect(computeStats(input(days(3, NOON - DAY))).streakDays).toBe(3); // today not studied yet
    expect(computeStats(input(days(3, NOON - 2 * DAY))).streakDays).toBe(0); // broken
    // 2 am belongs to the previous study day: 11:00 yesterday and 02:00 today are one day.
    const twoAm = new Date(2026, 2, 10, 2).getTime();
    expect(
      computeStats(
        input([
          ['a', twoAm - 15 * HOUR, 3],
          ['a', twoAm, 3],
        ]),
      ).streakDays,
    ).toBe(1);
  });

  it('rates topic readiness as mean predicted recall, new cards as 0', () => {
    const i = input([
      ['a', NOON - 2 * DAY, 3],
      ['a', NOON - 2 * DAY + 10 * MIN, 3],
    ]);
    const ra = retrievability(i.states.get('a')!, NOON);
    const s = computeStats(i);
    expect(s.topics[0]).toEqual({
      topic: 'handshake',
      cards: 2,
      readiness: Math.round((ra / 2) * 1000) / 1000,
    });
    expect(s.topics[1]!.readiness).toBe(0);
  });

  it('lists leeches among this bank only', () => {
    const leech: CardState = { ...grade(undefined, 3, NOON, DEFAULT_SETTINGS), lapses: 8 };
    const i = input([]);
    const states = new Map([
      ['a', leech],
      ['gone', leech],
    ]);
    expect(computeStats({ ...i, states }).leeches).toEqual(['a']);
  });
});
