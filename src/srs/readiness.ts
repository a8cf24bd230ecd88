// Readiness: how much of a topic the learner would recall at a given moment. Recall a
// minute after a review is always high, so it is measured one day ahead (or at the
// interview date, once one is set): straight after failing cards, readiness drops.
import type { Card } from '../content/types.js';
import { retrievability, type CardState } from './scheduler.js';

const DAY = 24 * 60 * 60 * 1000;

/** When readiness is measured: the interview date if set, else one day after `now`. */
export function readinessTime(now: number, interviewAt?: number): number {
  return interviewAt !== undefined && interviewAt > now ? interviewAt : now + DAY;
}

/** Predicted recall of one card at `at`; a card never studied counts 0. */
export function recallAt(state: CardState | undefined, at: number): number {
  return state ? retrievability(state, at) : 0;
}

/** Mean predicted recall of `cards` at `at` (0 for no cards). */
export function readiness(
  cards: readonly Card[],
  states: ReadonlyMap<string, CardState>,
  at: number,
): number {
  if (cards.length === 0) return 0;
  return cards.reduce((sum, c) => sum + recallAt(states.get(c.id), at), 0) / cards.length;
}

export const HARDEST_COUNT = 20;

/**
 * The studied cards most worth practising: most lapses first, then the lowest predicted
 * recall at `at`, then id (so ties are stable). Suspended cards are left out.
 */
export function hardestCards(
  cards: readonly Card[],
  states: ReadonlyMap<string, CardState>,
  at: number,
  suspended: ReadonlySet<string> = new Set(),
  count = HARDEST_COUNT,
): string[] {
  return cards
    .flatMap((c) => {
      const s = states.get(c.id);
      return s && s.reps > 0 && !suspended.has(c.id)
        ? [{ id: c.id, lapses: s.lapses, recall: recallAt(s, at) }]
        : [];
    })
    .sort((a, b) => b.lapses - a.lapses || a.recall - b.recall || (a.id < b.id ? -1 : 1))
    .slice(0, count)
    .map((x) => x.id);
}
