// One row per card for the card list: where it is in its life (new, learning, review or
// suspended), when it is due and how often it lapsed. Pure: states in, rows out.
import type { Card } from '../content/types.js';
import { LEARNING, NEW, RELEARNING, type CardState } from './scheduler.js';

export type CardStatus = 'new' | 'learning' | 'review' | 'suspended';

export type CardRow = {
  readonly card: Card;
  readonly status: CardStatus;
  /** When it is next due (epoch ms); undefined for a card never studied. */
  readonly due: number | undefined;
  readonly lapses: number;
};

export function cardStatus(state: CardState | undefined, suspended: boolean): CardStatus {
  if (suspended) return 'suspended';
  if (!state || state.state === NEW) return 'new';
  return state.state === LEARNING || state.state === RELEARNING ? 'learning' : 'review';
}

export function cardRows(
  cards: readonly Card[],
  states: ReadonlyMap<string, CardState>,
  suspended: ReadonlySet<string>,
): CardRow[] {
  return cards.map((card) => {
    const s = states.get(card.id);
    const studied = s !== undefined && s.state !== NEW;
    return {
      card,
      status: cardStatus(s, suspended.has(card.id)),
      due: studied ? s.due : undefined,
      lapses: s?.lapses ?? 0,
    };
  });
}
