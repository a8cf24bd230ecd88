import { describe, expect, it } from 'vitest';
import { buildQueue, counts, leeches, LEECH_LAPSES, type QueueInput } from '../../src/srs/queue.js';
import type { Review } from '../../src/srs/review-log.js';
import { grade, type CardState, type Rating } from '../../src/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../src/srs/settings.js';
import { card } from './cards.js';

// Local times, so the 4 am rollover lands the same in any time zone.
const NOON = new Date(2026, 2, 10, 12).getTime();
const DAY = 24 * 3_600_000;
const MIN = 60_000;

let seq = 0;
function review(cardId: string, at: number, rating: Rating = 3): Review {
  return { id: `r${seq++}`, card: cardId, at, rating, ms: 1000, by: 'self' };
}

/** States and log from a list of reviews, folded the way the stores fold them. */
function input(
  reviews: Review[],
  cards = [card('a')],
  extra: Partial<QueueInput> = {},
): QueueInput {
  const states = new Map<string, CardState>();
  for (const r of reviews)
    states.set(r.card, grade(states.get(r.card), r.rating, r.at, DEFAULT_SETTINGS));
  return { cards, states, reviews, settings: DEFAULT_SETTINGS, now: NOON, ...extra };
}

const ids = (cards: readonly { id: string }[]) => cards.map((c) => c.id);

describe('new cards', () => {
  it('come in bank order, up to the daily limit minus what was started today', () => {
    const cards = Array.from({ length: 30 }, (_, i) => card(`n${i}`));
    expect(ids(buildQueue({ ...input([], cards), mode: 'new' }))).toEqual(ids(cards.slice(0, 20)));
    // Three started this morning: 17 left, and the started ones are not new any more.
    const morning = [
      review('n0', NOON - 3 * 3_600_000),
      review('n1', NOON - 3 * 3_600_000),
      review('n2', NOON - 3 * 3_600_000),
    ];
    const q = buildQueue({ ...input(morning, cards), mode: 'new' });
    expect(q).toHaveLength(17);
    expect(q[0]!.id).toBe('n3');
    // Cards started yesterday do not count against today's limit.
    const yesterday = morning.map((r) => ({ ...r, at: r.at - DAY }));
    expect(buildQueue({ ...input(yesterday, cards), mode: 'new' })).toHaveLength(20);
    const small = { ...DEFAULT_SETTINGS, newPerDay: 5 };
    expect(buildQueue({ ...input(morning, cards), settings: small, mode: 'new' })).toHaveLength(2);
  });
});

describe('due cards', () => {
  it('holds learning steps that have come round and reviews due today', () => {
    const cards = [
      card('learn'),
      card('soon'),
      card('rev'),
      card('later'),
      card('tomorrow'),
      card('new'),
    ];
    const log = [
      review('learn', NOON - 20 * MIN), // Good → due in 10 minutes: due now
      review('soon', NOON - 5 * MIN), // due in 5 minutes: not yet
      review('rev', NOON - DAY),
      review('rev', NOON - DAY + 10 * MIN), // graduated: due in a day or two
    ];
    const base = input(log, cards);
    const revDue = base.states.get('rev')!.due;
    expect(revDue).toBeGreaterThan(NOON + DAY / 2);
    // Ask on the morning the review falls due, before its exact time of day.
    const morning = new Date(revDue);
    morning.setHours(5, 0, 0, 0);
    const q = buildQueue({ ...base, now: morning.getTime(), mode: 'due' });
    expect(ids(q)).toContain('rev');
    expect(ids(q)).not.toContain('new');
    const dayBefore = buildQueue({ ...base, now: morning.getTime() - DAY, mode: 'due' });
    expect(ids(dayBefore)).not.toContain('rev');
    const now = buildQueue({ ...base, mode: 'due' });
    expect(ids(now)).toEqual(['learn']);
  });

  it('stops at the daily review limit; learning steps are not limited', () => {
    const cards = Array.from({ length: 6 }, (_, i) => card(`c${i}`));
    const log = cards.flatMap((c) => [
      review(c.id, NOON - 30 * DAY),
      review(c.id, NOON - 30 * DAY + 10 * MIN),
    ]);
    log.push(review('c5', NOON - 15 * MIN, 1)); // a lapse: relearning, due again by now
    const settings = { ...DEFAULT_SETTINGS, reviewsPerDay: 3 };
    const base = input(log, cards, { settings });
    const q = buildQueue({ ...base, mode: 'due' });
    // c5 was reviewed today (its lapse), which used one of the three.
    expect(ids(q)).toEqual(['c5', 'c0', 'c1']);
  });
});

describe('sibling burying', () => {
  const cards = [
    card('a1', { note: 'A' }),
    card('a2', { note: 'A' }),
    card('b1', { note: 'B' }),
    card('a3', { note: 'A' }),
  ];

  it('shows one card per note a day', () => {
    expect(ids(buildQueue({ ...input([], cards), mode: 'new' }))).toEqual(['a1', 'b1']);
  });

  it('skips a card whose sibling was reviewed today, but not the card itself on its next step', () => {
    const log = [review('a1', NOON - 15 * MIN)]; // a1 in learning, due again
    const base = input(log, cards);
    expect(ids(buildQueue({ ...base, mode: 'new' }))).toEqual(['b1']);
    expect(ids(buildQueue({ ...base, mode: 'due' }))).toEqual(['a1']);
    // Tomorrow the siblings come back.
    const tomorrow = { ...base, now: NOON + DAY };
    expect(ids(buildQueue({ ...tomorrow, mode: 'new' }))).toEqual(['a2', 'b1']);
  });

  it('does not let buried siblings use up the daily limit', () => {
    const settings = { ...DEFAULT_SETTINGS, newPerDay: 2 };
    expect(ids(buildQueue({ ...input([], cards), settings, mode: 'new' }))).toEqual(['a1', 'b1']);
  });
});

describe('counts', () => {
  it('are the lengths of the two queues', () => {
    const cards = [card('x'), card('y'), card('z')];
    const log = [review('x', NOON - 15 * MIN)];
    expect(counts(input(log, cards))).toEqual({ due: 1, new: 2 });
  });
});

describe('leeches', () => {
  it(`are cards forgotten ${LEECH_LAPSES} times`, () => {
    let state: CardState | undefined;
    let now = NOON;
    const step = (r: Rating) => {
      state = grade(state, r, now, DEFAULT_SETTINGS);
      now = Math.max(state.due, now + MIN);
    };
    step(3);
    step(3); // in review
    for (let lapse = 1; lapse <= LEECH_LAPSES; lapse++) {
      step(1); // forgotten: a lapse
      step(1); // Again while relearning is not another lapse
      step(3); // back in review
      const states = new Map([['hard', state!]]);
      expect(state!.lapses).toBe(lapse);
      expect(leeches(states)).toEqual(lapse >= LEECH_LAPSES ? ['hard'] : []);
    }
  });
});

describe('suspended cards and learning more today', () => {
  it('never queues a suspended card, new or due', () => {
    const cards = [card('a'), card('b'), card('c')];
    const learnt = [review('a', NOON - 3 * DAY), review('a', NOON - 3 * DAY + 10 * MIN)];
    const all = input(learnt, cards, { now: NOON + 30 * DAY });
    expect(ids(buildQueue({ ...all, mode: 'due' }))).toEqual(['a']);
    const set = { ...all, suspended: new Set(['a', 'b']) };
    expect(ids(buildQueue({ ...set, mode: 'due' }))).toEqual([]);
    expect(ids(buildQueue({ ...set, mode: 'new' }))).toEqual(['c']);
    expect(counts(set)).toEqual({ due: 0, new: 1 });
  });

  it('raises only the new limit by the extra cards of today', () => {
    const cards = Array.from({ length: 40 }, (_, i) => card(`n${i}`));
    const base = input([], cards, { settings: { ...DEFAULT_SETTINGS, newPerDay: 5 } });
    expect(buildQueue({ ...base, mode: 'new' })).toHaveLength(5);
    expect(buildQueue({ ...base, extraNew: 10, mode: 'new' })).toHaveLength(15);
  });
});
