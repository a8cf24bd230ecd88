// What the screens need from scheduling and storage, in one small interface, so that the
// ink layer never talks to ts-fsrs or the disk directly.
import type { Card, Deck, Lang } from '../content/types.js';
import type { CardRow } from '../srs/card-rows.js';
import type { EmptyReason, StudyCounts, StudyKind, StudyNow } from '../srs/queue.js';
import type { ReviewBy } from '../srs/review-log.js';
import type { SessionSummary } from '../srs/session-summary.js';
import type { Rating } from '../srs/scheduler.js';
import type { Settings } from '../srs/settings.js';
import type { Stats } from '../srs/stats.js';
import type { PracticeChoice } from './practice.js';

export type Mode = 'new' | 'due' | 'deck';

/**
 * What each grade would schedule for one showing of a card, worked out once (fuzz
 * included) and then reused to grade, so the interval shown is the interval scheduled.
 */
export type Preview = {
  readonly card: string;
  /** When it was worked out: the time the review is recorded at. */
  readonly at: number;
  /** How the card counted before this grade (new, learning or review). */
  readonly kind: StudyKind;
  readonly outcomes: Readonly<Record<Rating, { readonly label: string; readonly due: number }>>;
};

/** A grade on disk, with what an override needs to take it back. */
export type Graded = {
  readonly card: string;
  /** The review's id in the log. */
  readonly review: string;
  readonly rating: Rating;
  readonly by: ReviewBy;
  readonly due: number;
  /** The card comes back in this session (a learning step due soon). */
  readonly requeue: boolean;
  /** The preview it was scheduled from. */
  readonly preview: Preview;
};

export type Trainer = {
  readonly lang: Lang;
  readonly decks: readonly Deck[];
  /** One-line messages for the learner (a recovered progress file, for example). */
  readonly notices: readonly string[];
  cardsIn(deckId: string): number;
  /** What `n` and `r` would give now; `due` = learning + review. */
  counts(): StudyCounts & { readonly due: number };
  /** The cards given, counted as new / learning / review by their current state. */
  tally(cards: readonly Card[]): StudyCounts;
  /** A study queue: due cards (learning, then reviews) or new cards, within today's limits. */
  queue(mode: Mode, deckId?: string): Card[];
  /**
   * A deck's cards that are new or due now, in deck order, without sibling burying or daily
   * limits: for the sequence drill, which asks the blanks of one diagram together.
   */
  studyNow(deckId: string): StudyNow[];
  /** A deck to read through: no grading, one side of each reversed pair. */
  browse(deckId: string): Card[];
  /** Why `queue(mode)` is empty. */
  emptyReason(mode: Exclude<Mode, 'deck'>): EmptyReason;
  /**
   * What each grade would schedule now. Work it out once per showing of a card, draw its
   * labels, and grade with it: a redraw must not roll the fuzz again.
   */
  preview(card: Card): Preview;
  /**
   * Stores the grade durably, scheduled exactly as `preview` showed (recorded at its time).
   * An automatic grade is stored as soon as the answer is checked; see regrade.
   */
  grade(card: Card, rating: Rating, answerMs: number, by: ReviewBy, preview: Preview): Graded;
  /**
   * The learner overrides a grade just stored: the log gets an undo of it and the learner's
   * own review (`by: 'self'`), scheduled from the same preview.
   */
  regrade(previous: Graded, rating: Rating, answerMs: number): Graded;
  /** Takes back this process's newest grade still in effect; returns its card id, if any. */
  undo(): string | undefined;
  /** Milliseconds until the card is due, if it is shown before then (a learning step). */
  earlyBy(card: Card): number;
  /** When the next card not already waiting comes due (epoch ms), if any. */
  nextDue(): number | undefined;
  /** The grades given since `since` (a session's start). */
  summary(since: number): SessionSummary;
  /** Reviews given today, counted as `stats` counts reviewsToday. */
  reviewsToday(): number;
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
  /**
   * Logs a practice answer: it never changes a schedule or the daily counts. Undo takes it
   * back. The result is shaped like a grade (its `review` is the practice entry's id).
   */
  practise(card: Card, rating: Rating, answerMs: number, by: ReviewBy, preview: Preview): Graded;
  /** The practice answers given since `since`, summed up like a session's grades. */
  practiceSummary(since: number): SessionSummary;
  /** Takes in what other processes saved meanwhile (a `tcp-drill settings` change, grades). */
  refresh(): void;
  /** Model rows visited in the playground, over all sessions. */
  visited(): readonly string[];
  markVisited(ids: readonly string[]): void;
  close(): void;
};
