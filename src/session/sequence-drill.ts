// The sequence-diagram drill as a reducer. A round is one scenario: the blanks of its diagram
// that are new or due, asked one after another in reading order. Each pick is checked at once
// (the screen grades it: right → Good, wrong → Again, each blank on its own schedule) and
// explained; after the last blank the whole diagram is shown with the wrong ones marked.
import type { ChoiceCard } from '../content/types.js';
import type { StudyNow } from '../srs/queue.js';
import { isField } from '../tcp/scenarios.js';
import { byDrawingOrder, placeOf } from '../tcp/sequence-drills.js';

export type SequenceDrill = {
  /** One list of blanks per scenario, in reading order. */
  readonly rounds: readonly (readonly ChoiceCard[])[];
  readonly round: number;
  /** The blank being asked in this round; the round's length once it is over. */
  readonly at: number;
  /** The option picked for each blank of this round answered so far. */
  readonly picks: readonly number[];
  readonly right: number;
  readonly answered: number;
};

export type SequenceDrillAction =
  { readonly type: 'pick'; readonly option: number } | { readonly type: 'next' };

export type SequencePhase =
  /** A blank waits for its pick. */
  | 'question'
  /** The blank just picked is checked and explained. */
  | 'answered'
  /** Every blank of the round is filled: the whole diagram. */
  | 'round-over'
  /** No rounds left. */
  | 'done';

/**
 * Rounds from the deck's cards that are new or due: one per scenario, the scenarios with due
 * blanks first (reviews before new material), each scenario's blanks in reading order.
 */
export function planRounds(items: readonly StudyNow[]): ChoiceCard[][] {
  const byNote = new Map<string, { cards: ChoiceCard[]; due: boolean }>();
  for (const { card, kind } of items) {
    if (card.type !== 'choice' || placeOf(card.id) === undefined) continue;
    const group = byNote.get(card.note) ?? { cards: [], due: false };
    group.cards.push(card);
    group.due ||= kind === 'due';
    byNote.set(card.note, group);
  }
  // A field of a label waits while its whole label is asked: both cannot be hidden at once.
  const blankOf = (c: ChoiceCard) => placeOf(c.id)!.blank;
  const groups = [...byNote.values()].map((g) => {
    const whole = new Set(
      g.cards.map(blankOf).flatMap((b) => (b.part === 'segment' ? [b.step] : [])),
    );
    const cards = g.cards.filter((c) => !isField(blankOf(c).part) || !whole.has(blankOf(c).step));
    return { ...g, cards };
  });
  return [...groups.filter((g) => g.due), ...groups.filter((g) => !g.due)].map((g) =>
    g.cards.sort((a, b) => byDrawingOrder(blankOf(a), blankOf(b))),
  );
}

export function startSequenceDrill(rounds: readonly (readonly ChoiceCard[])[]): SequenceDrill {
  return { rounds, round: 0, at: 0, picks: [], right: 0, answered: 0 };
}

export function roundCards(d: SequenceDrill): readonly ChoiceCard[] {
  return d.rounds[d.round] ?? [];
}

export function sequencePhase(d: SequenceDrill): SequencePhase {
  const cards = roundCards(d);
  if (cards.length === 0) return 'done';
  if (d.at >= cards.length) return 'round-over';
  return d.picks.length > d.at ? 'answered' : 'question';
}

/** The blank being asked or just answered. */
export function currentBlank(d: SequenceDrill): ChoiceCard | undefined {
  return roundCards(d)[d.at];
}

export function pickIsRight(card: ChoiceCard, option: number | undefined): boolean {
  return option !== undefined && card.options[option]?.correct === true;
}

/** How many blanks of this round were picked right. */
export function roundRight(d: SequenceDrill): number {
  return d.picks.filter((p, i) => {
    const card = roundCards(d)[i];
    return card !== undefined && pickIsRight(card, p);
  }).length;
}

export function sequenceDrillReducer(d: SequenceDrill, action: SequenceDrillAction): SequenceDrill {
  const phase = sequencePhase(d);
  switch (action.type) {
    case 'pick': {
      const card = currentBlank(d);
      if (phase !== 'question' || !card) return d;
      if (action.option < 0 || action.option >= card.options.length) return d;
      return {
        ...d,
        picks: [...d.picks, action.option],
        answered: d.answered + 1,
        right: d.right + (pickIsRight(card, action.option) ? 1 : 0),
      };
    }
    case 'next':
      if (phase === 'answered') return { ...d, at: d.at + 1 };
      if (phase === 'round-over') return { ...d, round: d.round + 1, at: 0, picks: [] };
      return d;
  }
}
