import { describe, expect, it } from 'vitest';
import {
  buildQueue,
  comesBackSoon,
  counts,
  emptyReason,
  LEARN_AHEAD_MS,
  leeches,
  LEECH_LAPSES,
  nextDue,
  tally,
  type QueueInput,
} from '../../src/srs/queue.js';
import { computeStats } from '../../src/srs/stats.js';
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
  it('are the lengths of the two queues, learning and review kept apart', () => {
    const cards = [card('x'), card('y'), card('z'), card('old')];
    const log = [
      review('x', NOON - 15 * MIN),
      review('old', NOON - 30 * DAY),
      review('old', NOON - 30 * DAY + 10 * MIN),
    ];
    expect(counts(input(log, cards))).toEqual({ due: 2, new: 2, learning: 1, review: 1 });
  });

  it('stay put when a learning card comes round again: it moves from new to learning', () => {
    const cards = [card('x'), card('y')];
    expect(tally(cards, input([], cards).states)).toEqual({ new: 2, learning: 0, review: 0 });
    const after = input([review('x', NOON - MIN)], cards);
    // The session queue after x was graded and put back: [y, x].
    expect(tally([cards[1]!, cards[0]!], after.states)).toEqual({
      new: 1,
      learning: 1,
      review: 0,
    });
  });

  it('mean by new what stats means by newRemaining (siblings buried)', () => {
    const cards = [card('a1', { note: 'A' }), card('a2', { note: 'A' }), card('b')];
    const base = input([], cards);
    expect(counts(base).new).toBe(computeStats(base).newRemaining);
    expect(counts(base).new).toBe(2);
  });
});

describe('why a queue is empty', () => {
  const cards = Array.from({ length: 4 }, (_, i) => card(`c${i}`));
  const old = cards.flatMap((c) => [
    review(c.id, NOON - 30 * DAY),
    review(c.id, NOON - 30 * DAY + 10 * MIN),
  ]);

  it('the new limit is reached while reviews are due', () => {
    const more = [...cards, card('n1'), card('n2')];
    const settings = { ...DEFAULT_SETTINGS, newPerDay: 1 };
    const log = [...old, review('n1', NOON - 2 * 3_600_000, 4)];
    const base = input(log, more, { settings });
    expect(buildQueue({ ...base, mode: 'new' })).toEqual([]);
    expect(emptyReason(base, 'new')).toEqual({ kind: 'new-limit', limit: 1, due: 4 });
  });

  it('names today\'s limit with any "learn N more" in it', () => {
    const more = [...cards, card('n1'), card('n2'), card('n3')];
    const settings = { ...DEFAULT_SETTINGS, newPerDay: 1 };
    const log = [...old, review('n1', NOON - 3_600_000, 4), review('n2', NOON - 1_800_000, 4)];
    const base = { ...input(log, more, { settings }), extraNewToday: 1 };
    expect(buildQueue({ ...base, mode: 'new' })).toEqual([]);
    expect(emptyReason(base, 'new')).toEqual({ kind: 'new-limit', limit: 2, due: 4 });
  });

  it('no new card is left', () => {
    expect(emptyReason(input(old, cards), 'new')).toMatchObject({ kind: 'no-new', due: 4 });
  });

  it('the review limit is reached', () => {
    const settings = { ...DEFAULT_SETTINGS, reviewsPerDay: 0 };
    expect(emptyReason(input(old, cards, { settings }), 'due')).toEqual({
      kind: 'review-limit',
      limit: 0,
      new: 0,
    });
  });

  it('nothing is due: says when the next card is', () => {
    const log = [review('c0', NOON - 2 * MIN)]; // Good: due in 8 minutes
    const base = input(log, cards);
    expect(buildQueue({ ...base, mode: 'due' })).toEqual([]);
    expect(emptyReason(base, 'due')).toEqual({
      kind: 'nothing-due',
      new: 3,
      nextDue: NOON + 8 * MIN,
    });
    expect(nextDue(base)).toBe(NOON + 8 * MIN);
    // A review due on a later day becomes due when that study day starts (4 am).
    const later = input(old, cards, { now: NOON - 29 * DAY });
    const due = nextDue(later)!;
    expect(new Date(due).getHours()).toBe(4);
    expect(nextDue(input([], cards))).toBeUndefined();
  });
});

describe('learning steps in a session', () => {
  it('come back in the session when due within 20 minutes', () => {
    const s = grade(undefined, 3, NOON, DEFAULT_SETTINGS); // due in 10 min
    expect(comesBackSoon(s, NOON)).toBe(true);
    expect(comesBackSoon(grade(undefined, 4, NOON, DEFAULT_SETTINGS), NOON)).toBe(false);
    expect(comesBackSoon(s, NOON - LEARN_AHEAD_MS)).toBe(false);
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
    expect(counts(set)).toMatchObject({ due: 0, new: 1 });
  });

  it('raises only the new limit by the extra cards of today', () => {
    const cards = Array.from({ length: 40 }, (_, i) => card(`n${i}`));
    const base = input([], cards, { settings: { ...DEFAULT_SETTINGS, newPerDay: 5 } });
    expect(buildQueue({ ...base, mode: 'new' })).toHaveLength(5);
    expect(buildQueue({ ...base, extraNewToday: 10, mode: 'new' })).toHaveLength(15);
  });
});
