import { describe, expect, it } from 'vitest';
import { practiceCards, type PracticeInput } from '../../src/session/practice.js';
import { grade, type CardState } from '../../src/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../src/srs/settings.js';
import { card } from '../srs/cards.js';

const NOON = new Date(2026, 2, 10, 12).getTime();
const DAY = 24 * 3_600_000;

const cards = [
  card('h1'),
  card('h2'),
  card('t1', { topic: 'teardown' }),
  { ...card('t2', { topic: 'teardown' }), deck: 'other' },
];

function input(extra: Partial<PracticeInput> = {}): PracticeInput {
  const states = new Map<string, CardState>([
    ['h1', grade(undefined, 1, NOON - DAY, DEFAULT_SETTINGS)],
    ['t1', { ...grade(undefined, 3, NOON - DAY, DEFAULT_SETTINGS), lapses: 2 }],
  ]);
  return { cards, states, answers: [], suspended: new Set(), now: NOON, ...extra };
}

const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

describe('practiceCards', () => {
  it('takes one or more topics, or one deck', () => {
    expect(ids(practiceCards({ kind: 'topics', topics: ['teardown'] }, input()))).toEqual([
      't1',
      't2',
    ]);
    expect(
      ids(practiceCards({ kind: 'topics', topics: ['teardown', 'handshake'] }, input())),
    ).toHaveLength(4);
    expect(ids(practiceCards({ kind: 'deck', deck: 'other' }, input()))).toEqual(['t2']);
  });

  it("takes today's failed cards, from reviews and practice alike", () => {
    const answers = [
      { card: 'h2', at: NOON - 3_600_000, rating: 1 },
      { card: 't1', at: NOON - 60_000, rating: 1 },
      { card: 'h1', at: NOON - DAY, rating: 1 }, // yesterday
      { card: 't2', at: NOON - 60_000, rating: 3 },
    ];
    expect(ids(practiceCards({ kind: 'failed' }, input({ answers })))).toEqual(['h2', 't1']);
  });

  it('takes the hardest (studied) cards and a seeded random sample, leaving suspended ones out', () => {
    expect(ids(practiceCards({ kind: 'hardest' }, input()))).toEqual(['t1', 'h1']);
    const a = practiceCards({ kind: 'random', count: 3, seed: 's1' }, input());
    expect(a).toHaveLength(3);
    expect(practiceCards({ kind: 'random', count: 3, seed: 's1' }, input())).toEqual(a);
    const suspended = new Set(['t1', 'h2']);
    expect(ids(practiceCards({ kind: 'hardest' }, input({ suspended })))).toEqual(['h1']);
    expect(
      ids(practiceCards({ kind: 'random', count: 9, seed: 'x' }, input({ suspended }))).sort(),
    ).toEqual(['h1', 't2']);
  });
});
