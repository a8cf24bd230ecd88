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
        // added by the Stats screen; the keys above are kept as they were
        'heatmap',
        'hardest',
        'readiness',
        'trueRetention30d',
        'dailyAverage',
        'timeSpentMs',
        'timeTodayMs',
        'practice',
        'suspended',
        'learning',
      ].sort(),
    );
    expect(stats).toMatchObject({
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
      hardest: [],
      readiness: 0,
      trueRetention30d: { young: { reviews: 0, rate: null }, mature: { reviews: 0, rate: null } },
      dailyAverage: 0,
      timeSpentMs: 0,
      timeTodayMs: 0,
      practice: { total: 0, today: 0, timeMs: 0 },
      suspended: [],
      learning: 0,
    });
    expect(stats.heatmap).toHaveLength(112);
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
    expect(s.learning).toBe(2); // a and b: each failed in its learning steps
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

  it('rates topic readiness as mean predicted recall a day ahead, new cards as 0', () => {
    const i = input([
      ['a', NOON - 2 * DAY, 3],
      ['a', NOON - 2 * DAY + 10 * MIN, 3],
    ]);
    const ra = retrievability(i.states.get('a')!, NOON + DAY);
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

  it('lowers readiness when cards are failed, even right after the session', () => {
    const cards = [card('a'), card('b'), card('c')];
    const session = (rating: Rating): [string, number, Rating][] =>
      ['a', 'b', 'c'].flatMap((id): [string, number, Rating][] => [
        [id, NOON - 3 * DAY, 3],
        [id, NOON - 3 * DAY + 10 * MIN, 3],
        [id, NOON - 2 * MIN, rating],
      ]);
    const passed = computeStats({ ...input(session(3), cards), now: NOON });
    const failed = computeStats({ ...input(session(1), cards), now: NOON });
    expect(passed.topics[0]!.readiness).toBeGreaterThan(0.85);
    expect(failed.topics[0]!.readiness).toBeLessThan(passed.topics[0]!.readiness - 0.1);
    expect(failed.readiness).toBeLessThan(passed.readiness - 0.1);
    // Recall right now would hide the failures: a minute after a review it is always high.
    const failedState = input(session(1), cards).states.get('a')!;
    expect(retrievability(failedState, NOON)).toBeGreaterThan(0.99);
    // Measured at an interview date further out, recall is lower still.
    const later = computeStats({ ...input(session(3), cards), interviewAt: NOON + 60 * DAY });
    expect(later.readiness).toBeLessThan(passed.readiness);
  });

  it('draws a 112-day heatmap of study days, oldest first, across the 4 am rollover', () => {
    const twoAm = new Date(2026, 2, 10, 2).getTime(); // still 9 March's study day
    const s = computeStats(
      input([
        ['a', NOON - 111 * DAY, 3], // the heatmap's first day
        ['a', NOON - 112 * DAY, 3], // one day too old
        ['b', twoAm, 3],
        ['b', NOON - HOUR, 3],
        ['c', NOON, 3],
      ]),
    );
    expect(s.heatmap).toHaveLength(112);
    expect(s.heatmap[0]).toEqual({ day: '2025-11-19', reviews: 1 });
    expect(s.heatmap.at(-1)).toEqual({ day: '2026-03-10', reviews: 2 });
    expect(s.heatmap.at(-2)).toEqual({ day: '2026-03-09', reviews: 1 });
    expect(s.heatmap.reduce((n, d) => n + d.reviews, 0)).toBe(4);
    expect(s.dailyAverage).toBe(1.3); // 4 reviews on 3 study days
  });

  it('ranks the hardest cards by lapses, then by lowest predicted recall', () => {
    const i = input([
      ['a', NOON - 5 * DAY, 3],
      ['a', NOON - 5 * DAY + 10 * MIN, 3],
      ['b', NOON - HOUR, 1], // failed in learning: no lapse, low recall
      ['c', NOON - 2 * HOUR, 4],
    ]);
    const lapsed = { ...i.states.get('c')!, lapses: 3 };
    const states = new Map([...i.states, ['c', lapsed]]);
    expect(computeStats({ ...i, states }).hardest).toEqual(['c', 'b', 'a']);
    // A suspended card is set aside: not among the hardest, not due.
    const suspended = computeStats({ ...i, states, suspended: new Set(['c']) });
    expect(suspended.hardest).toEqual(['b', 'a']);
    expect(suspended.suspended).toEqual(['c']);
  });

  it('counts true retention on the first review of a card each day, young and mature apart', () => {
    // Card a: learnt long ago and grown mature; card b: young. Learning steps never count.
    const long: [string, number, Rating][] = [
      ['a', NOON - 200 * DAY, 3],
      ['a', NOON - 200 * DAY + 10 * MIN, 3],
      ['a', NOON - 190 * DAY, 3],
      ['a', NOON - 170 * DAY, 3],
      ['a', NOON - 120 * DAY, 3],
      ['a', NOON - 5 * DAY, 1], // mature lapse, first review that day: counts
      ['a', NOON - 5 * DAY + 10 * MIN, 3], // relearning step: does not count
      ['b', NOON - 20 * DAY, 3],
      ['b', NOON - 20 * DAY + 10 * MIN, 3],
      ['b', NOON - 10 * DAY, 3], // young pass: counts
      ['b', NOON - 10 * DAY + HOUR, 3], // second review that day: does not count
    ];
    const s = computeStats(input(long));
    expect(s.trueRetention30d).toEqual({
      young: { reviews: 1, rate: 1 },
      mature: { reviews: 1, rate: 0 },
    });
  });

  it('counts practice apart: it changes no due count, no review total and no streak', () => {
    const i = input([['a', NOON - HOUR, 3]]);
    const practice = [
      {
        practice: 'p1',
        card: 'a',
        at: NOON - MIN,
        rating: 1 as const,
        ms: 1200,
        by: 'self' as const,
      },
      {
        practice: 'p2',
        card: 'b',
        at: NOON - 2 * DAY,
        rating: 3 as const,
        ms: 800,
        by: 'auto' as const,
      },
    ];
    const plain = computeStats(i);
    const s = computeStats({ ...i, practice });
    expect(s.practice).toEqual({ total: 2, today: 1, timeMs: 2000 });
    const { practice: _p, ...rest } = s;
    const { practice: _q, ...plainRest } = plain;
    expect(rest).toEqual(plainRest);
  });

  it('adds time spent from the answer times, and learn-more raises the new cards left', () => {
    const cards = Array.from({ length: 30 }, (_, i) => card(`n${i}`));
    const i = input(
      [
        ['n0', NOON - 2 * DAY, 3],
        ['n1', NOON - HOUR, 3],
      ],
      cards,
    );
    const s = computeStats({
      ...i,
      extraNew: [
        { extraNew: 5, at: NOON - MIN },
        { extraNew: 50, at: NOON - DAY }, // yesterday's: spent
      ],
    });
    expect(s.timeSpentMs).toBe(1800);
    expect(s.timeTodayMs).toBe(900);
    expect(s.newRemaining).toBe(24); // 20 + 5 - 1 learnt today
  });
});
