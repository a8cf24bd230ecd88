// What the learner has already done today, read from the review log: the numbers daily
// limits and sibling burying are counted from.
import { dayStart, studyDayStart } from './day.js';
import type { ExtraNewEntry, Review } from './review-log.js';

export type Today = {
  /** When the current study day began (epoch ms). */
  readonly start: number;
  /** Cards with a review today. */
  readonly cards: ReadonlySet<string>;
  /** Cards first reviewed today: these used up the new-card limit. */
  readonly newCards: number;
  /** Cards reviewed today that were already known: these used up the review limit. */
  readonly reviewCards: number;
};

export function today(reviews: readonly Review[], now: number): Today {
  const start = dayStart(now);
  const first = new Map<string, number>();
  const cards = new Set<string>();
  for (const r of reviews) {
    const seen = first.get(r.card);
    if (seen === undefined || r.at < seen) first.set(r.card, r.at);
    if (r.at >= start) cards.add(r.card);
  }
  let newCards = 0;
  for (const card of cards) if (first.get(card)! >= start) newCards++;
  return { start, cards, newCards, reviewCards: cards.size - newCards };
}

/** New cards added to today's limit by "learn N more new today" (Anki's custom study). */
export function extraNewToday(entries: readonly ExtraNewEntry[], now: number): number {
  const start = dayStart(now);
  const end = studyDayStart(now, 1);
  return entries.filter((e) => e.at >= start && e.at < end).reduce((n, e) => n + e.extraNew, 0);
}
