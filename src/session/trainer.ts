// What the screens need from scheduling and storage, in one small interface, so that the
// ink layer never talks to ts-fsrs or the disk directly.
import type { Card, Deck, Lang } from '../content/types.js';
import type { CardRow } from '../srs/card-rows.js';
import type { Settings } from '../srs/settings.js';
import type { Stats } from '../srs/stats.js';
import type { PracticeChoice } from './practice.js';
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
  /** Progress as `tcp-drill stats --json` reports it, for this language's cards. */
  stats(): Stats;
  settings(): Settings;
  /** Saves at once, in the store `tcp-drill settings` writes. */
  updateSettings(patch: Partial<Settings>): Settings;
  /** "Learn `count` more new cards today": raises today's new-card limit only. */
  learnMore(count: number): void;
  /** Estimated reviews a day at this retention, with today's new-card limit. */
  workload(retention: number): number;
  /** Every card of this language, for the card list. */
  cardRows(): CardRow[];
  /** Suspends (never scheduled) or restores a card; logged, so it survives export/import. */
  setSuspended(cardId: string, suspended: boolean): void;
  practiceCards(choice: PracticeChoice): Card[];
  /** Logs a practice answer: it never changes a schedule or the daily counts. Undo takes it back. */
  practise(card: Card, rating: Rating, answerMs: number, by: 'self' | 'auto'): void;
  /** Takes in what other processes saved meanwhile (a `tcp-drill settings` change, grades). */
  refresh(): void;
  close(): void;
};
