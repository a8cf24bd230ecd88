// Practice: study outside the schedule, like Anki's filtered decks. What to practise is a
// choice; this turns it into cards. The answers are logged as practice and never
// reschedule a card (see PracticeEntry in srs/review-log.ts). Suspended cards stay out.
import type { Card } from '../content/types.js';
import { dayStart } from '../srs/day.js';
import { hardestCards, readinessTime } from '../srs/readiness.js';
import { AGAIN, type CardState } from '../srs/scheduler.js';
import { permutation } from './shuffle.js';

export type PracticeChoice =
  | { readonly kind: 'topics'; readonly topics: readonly string[] }
  | { readonly kind: 'deck'; readonly deck: string }
  /** Cards rated Again today, in a review or in practice. */
  | { readonly kind: 'failed' }
  | { readonly kind: 'hardest' }
  | { readonly kind: 'random'; readonly count: number; readonly seed: string };

export type PracticeInput = {
  readonly cards: readonly Card[];
  readonly states: ReadonlyMap<string, CardState>;
  /** Today's answers are enough: card, time and rating of reviews and practice answers. */
  readonly answers: readonly {
    readonly card: string;
    readonly at: number;
    readonly rating: number;
  }[];
  readonly suspended: ReadonlySet<string>;
  readonly now: number;
};

export function practiceCards(choice: PracticeChoice, input: PracticeInput): Card[] {
  const cards = input.cards.filter((c) => !input.suspended.has(c.id));
  switch (choice.kind) {
    case 'topics':
      return cards.filter((c) => choice.topics.includes(c.topic));
    case 'deck':
      return cards.filter((c) => c.deck === choice.deck);
    case 'failed': {
      const start = dayStart(input.now);
      const failed = new Set(
        input.answers.filter((a) => a.at >= start && a.rating === AGAIN).map((a) => a.card),
      );
      return cards.filter((c) => failed.has(c.id));
    }
    case 'hardest': {
      const byId = new Map(cards.map((c) => [c.id, c]));
      const ids = hardestCards(cards, input.states, readinessTime(input.now), input.suspended);
      return ids.map((id) => byId.get(id)!);
    }
    case 'random':
      return permutation(cards.length, choice.seed)
        .slice(0, Math.max(0, choice.count))
        .map((i) => cards[i]!);
  }
}
