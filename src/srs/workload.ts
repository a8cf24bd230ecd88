// What a target retention costs: an estimate of the reviews a day it asks for. A card of
// stability S comes back every S × m days, where m is FSRS's interval factor for that
// retention, so in a steady state it costs 1 / (S × m) reviews a day. New cards add their
// learning steps. Rough by design (stability grows with each review): it compares
// retentions, it does not predict a date.
import { LEARNING, NEW, RELEARNING, intervalFactor, type CardState } from './scheduler.js';

/** Reviews a new card takes on its first day (the 1 m and 10 m steps, then Good). */
const FIRST_DAY_REVIEWS = 2;

export function dailyReviewEstimate(
  states: Iterable<CardState>,
  retention: number,
  newPerDay: number,
): number {
  const factor = intervalFactor(retention);
  let perDay = newPerDay * FIRST_DAY_REVIEWS;
  for (const s of states) {
    if (s.state === NEW) continue;
    if (s.state === LEARNING || s.state === RELEARNING) perDay += 1;
    else perDay += 1 / Math.max(1, s.stability * factor);
  }
  return Math.round(perDay);
}
