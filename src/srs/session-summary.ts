// What one sitting amounted to, for the summary at its end: counted from the reviews in
// effect, so an undone or overridden grade is not counted twice.
import { timeSpentMs } from './review-log.js';
import type { Review } from './review-log.js';
import { AGAIN, type Rating } from './scheduler.js';

export type SessionSummary = {
  /** Distinct cards graded. */
  readonly cards: number;
  /** Grades given (a learning card graded twice counts twice). */
  readonly reviews: number;
  readonly ratings: Readonly<Record<Rating, number>>;
  /** Share of grades that were not Again, 0..1; null without grades. */
  readonly accuracy: number | null;
  /** Time spent answering: the answer times as logged, as `stats` counts time spent. */
  readonly ms: number;
};

/** The reviews given at or after `since` (the session's start), summed up. */
export function summarize(reviews: readonly Review[], since: number): SessionSummary {
  const mine = reviews.filter((r) => r.at >= since);
  const ratings: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const r of mine) ratings[r.rating]++;
  return {
    cards: new Set(mine.map((r) => r.card)).size,
    reviews: mine.length,
    ratings,
    accuracy: mine.length ? (mine.length - ratings[AGAIN]) / mine.length : null,
    ms: timeSpentMs(mine),
  };
}
