// What the screens need from scheduling and storage, in one small interface, so that the
// ink layer never talks to ts-fsrs or the disk directly.
import type { Card, Deck, Lang } from '../content/types.js';
import type { Rating } from './review.js';

export type Mode = 'new' | 'due' | 'deck';

export type Trainer = {
  readonly lang: Lang;
  readonly decks: readonly Deck[];
  /** One-line messages for the learner (a recovered progress file, for example). */
  readonly notices: readonly string[];
  cardsIn(deckId: string): number;
  counts(): { due: number; new: number };
  queue(mode: Mode, deckId?: string): Card[];
  /** Interval labels for the grade bar: what each rating would schedule. */
  intervals(card: Card): Record<Rating, string>;
  /** Stores the grade durably; `requeue` when the card is due again within this session. */
  grade(card: Card, rating: Rating, answerMs: number, by: 'self' | 'auto'): { requeue: boolean };
  /** Takes back the newest grade of this session; returns the card id, if any. */
  undo(): string | undefined;
  /** Takes in what other processes saved meanwhile (a `tcp-drill settings` change, grades). */
  refresh(): void;
  close(): void;
};
