// The review log's entries and the fold that turns them into card states. The log is the
// source of truth: any store can rebuild every card from it, and the fold is deterministic,
// so a rebuild, a cache and a live session always agree.
import { grade, type CardState, type Rating, type SchedulerSettings } from './scheduler.js';

export type ReviewBy = 'self' | 'auto';

/** One grade. `ms` is the answer time; `by` says whether the learner or a checker graded it. */
export type Review = {
  readonly id: string;
  readonly card: string;
  readonly at: number;
  readonly rating: Rating;
  readonly ms: number;
  readonly by: ReviewBy;
};

/** Takes back the review with id `undo`. */
export type UndoEntry = { readonly undo: string; readonly at: number };

export type LogEntry = Review | UndoEntry;

export function isUndo(entry: LogEntry): entry is UndoEntry {
  return 'undo' in entry;
}

/** A key unique per entry: the review id, or `undo:` + the id it takes back. */
export function entryKey(entry: LogEntry): string {
  return isUndo(entry) ? `undo:${entry.undo}` : entry.id;
}

/** The entry if `value` has the right shape (extra fields are dropped), else undefined. */
export function parseLogEntry(value: unknown): LogEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Record<string, unknown>;
  if (!isTime(o.at)) return undefined;
  if (typeof o.undo === 'string') return o.undo ? { undo: o.undo, at: o.at } : undefined;
  const { id, card, rating, ms, by } = o;
  if (typeof id !== 'string' || !id || typeof card !== 'string' || !card) return undefined;
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) return undefined;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return undefined;
  if (by !== 'self' && by !== 'auto') return undefined;
  return { id, card, at: o.at, rating, ms, by };
}

/** The last moment a JavaScript Date can hold (epoch ms); later times have no date at all. */
export const MAX_TIME = 8.64e15;

/** A whole number of epoch ms that a Date can hold: anything else is damage. */
export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TIME;
}

/** Reviews in time order; equal times keep log order (Array#sort is stable). */
export function chronological(reviews: readonly Review[]): Review[] {
  return [...reviews].sort((a, b) => a.at - b.at);
}

/** One card's state from its (not undone) reviews, or undefined if it has none. */
export function replayCard(
  reviews: readonly Review[],
  settings: SchedulerSettings,
): CardState | undefined {
  let state: CardState | undefined;
  for (const r of chronological(reviews)) state = grade(state, r.rating, r.at, settings);
  return state;
}

/** Every card's state from a whole log: undone reviews are skipped wherever the undo sits. */
export function replayLog(
  entries: readonly LogEntry[],
  settings: SchedulerSettings,
): Map<string, CardState> {
  const undone = new Set<string>();
  for (const e of entries) if (isUndo(e)) undone.add(e.undo);
  const seen = new Set<string>();
  const byCard = new Map<string, Review[]>();
  for (const e of entries) {
    // A repeated id is the same review written twice; count it once, like the stores do.
    if (isUndo(e) || undone.has(e.id) || seen.has(e.id)) continue;
    seen.add(e.id);
    const list = byCard.get(e.card);
    if (list) list.push(e);
    else byCard.set(e.card, [e]);
  }
  const states = new Map<string, CardState>();
  for (const [card, reviews] of byCard) {
    const state = replayCard(reviews, settings);
    if (state) states.set(card, state);
  }
  return states;
}
