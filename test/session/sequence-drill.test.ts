// The sequence drill's reducer and planner, without rendering: rounds are scenarios, due ones
// first; blanks go in reading order, one pick each, checked, then on; a round ends filled in.
import { describe, expect, it } from 'vitest';
import type { ChoiceCard } from '../../src/content/types.js';
import {
  currentBlank,
  planRounds,
  roundRight,
  sequenceDrillReducer,
  sequencePhase,
  startSequenceDrill,
} from '../../src/session/sequence-drill.js';
import type { SequenceDrill } from '../../src/session/sequence-drill.js';
import { fsmDrills } from '../../src/tcp/fsm-drills.js';
import { byDrawingOrder, placeOf, sequenceDrills } from '../../src/tcp/sequence-drills.js';

const cards = sequenceDrills('en');
const notes = [...new Set(cards.map((c) => c.note))];
const right = (c: ChoiceCard) => c.options.findIndex((o) => o.correct);
const wrong = (c: ChoiceCard) => c.options.findIndex((o) => !o.correct);

describe('planRounds', () => {
  it('makes one round per scenario, each in reading order, scenarios with a due blank first', () => {
    const second = cards.filter((c) => c.note === notes[1]);
    // All of the second scenario's blanks are new except one, which is due; input reversed.
    const items = [...cards].reverse().map((card) => ({
      card,
      kind: card.id === second[1]!.id ? ('due' as const) : ('new' as const),
    }));
    const rounds = planRounds(items);
    expect(rounds).toHaveLength(notes.length);
    expect(rounds[0]!.map((c) => c.note)).toEqual(second.map(() => notes[1]));
    for (const round of rounds) {
      const places = round.map((c) => placeOf(c.id)!.blank);
      expect([...places].sort(byDrawingOrder)).toEqual(places);
      expect(new Set(round.map((c) => c.note)).size).toBe(1);
    }
  });

  it('holds back a field of a label while the whole label is asked in the same round', () => {
    const handshake = cards.filter((c) => c.note === 'seq-handshake');
    const [round] = planRounds(handshake.map((card) => ({ card, kind: 'new' as const })));
    expect(round!.map((c) => c.id)).not.toContain('seq-handshake-2-ack');
    expect(round!.map((c) => c.id)).toContain('seq-handshake-2-segment');
    const fields = handshake.filter((c) => !c.id.endsWith('-segment'));
    const [alone] = planRounds(fields.map((card) => ({ card, kind: 'due' as const })));
    expect(alone!.map((c) => c.id)).toContain('seq-handshake-2-ack');
  });

  it('leaves out cards that are not sequence blanks', () => {
    const items = [...fsmDrills('en').slice(0, 3), cards[0]!].map((card) => ({
      card,
      kind: 'new' as const,
    }));
    expect(planRounds(items)).toEqual([[cards[0]]]);
  });

  it('asks only the blanks it is given: the others of a scenario are not in the round', () => {
    const some = cards.filter((c) => c.note === notes[0]).slice(1, 3);
    expect(planRounds(some.map((card) => ({ card, kind: 'due' as const })))).toEqual([some]);
  });
});

describe('sequence drill reducer', () => {
  const round = cards.filter((c) => c.note === notes[0]);
  const other = cards.filter((c) => c.note === notes[1]);

  it('asks each blank once, checks it, goes on only after an answer, and ends the round filled in', () => {
    let d: SequenceDrill = startSequenceDrill([round, other]);
    expect(sequencePhase(d)).toBe('question');
    expect(sequenceDrillReducer(d, { type: 'next' })).toBe(d);
    d = sequenceDrillReducer(d, { type: 'pick', option: wrong(round[0]!) });
    expect(sequencePhase(d)).toBe('answered');
    expect(sequenceDrillReducer(d, { type: 'pick', option: right(round[0]!) })).toBe(d);
    for (let i = 1; i < round.length; i++) {
      d = sequenceDrillReducer(d, { type: 'next' });
      expect(currentBlank(d)).toBe(round[i]);
      expect(sequenceDrillReducer(d, { type: 'pick', option: 99 })).toBe(d);
      d = sequenceDrillReducer(d, { type: 'pick', option: right(round[i]!) });
    }
    d = sequenceDrillReducer(d, { type: 'next' });
    expect(sequencePhase(d)).toBe('round-over');
    expect(roundRight(d)).toBe(round.length - 1);
    expect({ right: d.right, answered: d.answered }).toEqual({
      right: round.length - 1,
      answered: round.length,
    });
    expect(sequenceDrillReducer(d, { type: 'pick', option: 0 })).toBe(d);
    d = sequenceDrillReducer(d, { type: 'next' });
    expect(currentBlank(d)).toBe(other[0]);
    expect(d.picks).toEqual([]);
    expect(d.answered).toBe(round.length);
  });

  it('is done when no round is left, or none was planned', () => {
    expect(sequencePhase(startSequenceDrill([]))).toBe('done');
    let d = startSequenceDrill([[round[0]!]]);
    d = sequenceDrillReducer(d, { type: 'pick', option: 0 });
    d = sequenceDrillReducer(d, { type: 'next' });
    d = sequenceDrillReducer(d, { type: 'next' });
    expect(sequencePhase(d)).toBe('done');
    expect(sequenceDrillReducer(d, { type: 'next' })).toBe(d);
  });
});
