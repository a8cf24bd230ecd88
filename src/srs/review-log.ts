// The review log's entries and the fold that turns them into card states. The log is the
// source of truth: any store can rebuild every card from it, and the fold is deterministic,
// so a rebuild, a cache and a live session always agree.
import { grade, type CardState, type Rating, type SchedulerSettings } from './scheduler.js';

/**
 * Who decided a grade, by one rule. `auto`: the trainer, from a checked answer (typed, or
 * picked: a choice, an ordering, a drill), kept as it decided, whether Enter accepted it
 * or nothing was pressed. `self`: the learner: a digit that changes a checked grade, any
 * grade of a card that is only revealed (a flashcard, a cloze: digit or Enter alike), and a
 * give-up (Tab, or Enter with nothing typed). `gradedBy` (session/review.ts) applies it; an
 * override is logged `self` by the trainer's regrade.
 */
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

/**
 * Time spent: the answer times as logged, summed. Stats and a session's summary both say
 * this, so they agree (wall time would count the breaks too).
 */
export function timeSpentMs(entries: readonly { readonly ms: number }[]): number {
  return entries.reduce((n, e) => n + e.ms, 0);
}

/** Takes back the review (or practice answer) with id `undo`. */
export type UndoEntry = { readonly undo: string; readonly at: number };

/**
 * A graded answer outside the schedule (Practice). The id sits under `practice`, not `id`,
 * so a reader that only knows reviews never takes it for one and never reschedules the card.
 */
export type PracticeEntry = {
  readonly practice: string;
  readonly card: string;
  readonly at: number;
  readonly rating: Rating;
  readonly ms: number;
  readonly by: ReviewBy;
};

/** Sets a card aside (`suspend`) or brings it back (`restore`); the newest one wins. */
export type SuspendEntry =
  | { readonly suspend: string; readonly at: number }
  | { readonly restore: string; readonly at: number };

/** "Learn N more new cards today" (Anki's custom study): raises that study day's new limit. */
export type ExtraNewEntry = { readonly extraNew: number; readonly at: number };

export type LogEntry = Review | UndoEntry | PracticeEntry | SuspendEntry | ExtraNewEntry;

/** The entries that are not scheduled reviews or undos: kept, exported and merged as they are. */
export type SideEntry = PracticeEntry | SuspendEntry | ExtraNewEntry;

export function isUndo(entry: LogEntry): entry is UndoEntry {
  return 'undo' in entry;
}

export function isReview(entry: LogEntry): entry is Review {
  return 'id' in entry;
}

export function isPractice(entry: LogEntry): entry is PracticeEntry {
  return 'practice' in entry;
}

/** A key unique per entry: the review id, or the entry's kind and what makes it distinct. */
export function entryKey(entry: LogEntry): string {
  if (isReview(entry)) return entry.id;
  if (isUndo(entry)) return `undo:${entry.undo}`;
  if (isPractice(entry)) return `practice:${entry.practice}`;
  if ('suspend' in entry) return `suspend:${entry.suspend}\u0000${entry.at}`;
  if ('restore' in entry) return `restore:${entry.restore}\u0000${entry.at}`;
  return `extraNew:${entry.at}\u0000${entry.extraNew}`;
}

const KINDS = ['id', 'undo', 'practice', 'suspend', 'restore', 'extraNew'] as const;

/** The entry if `value` has the right shape (extra fields are dropped), else undefined. */
export function parseLogEntry(value: unknown): LogEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Record<string, unknown>;
  if (!isTime(o.at)) return undefined;
  if (typeof o.undo === 'string') return o.undo ? { undo: o.undo, at: o.at } : undefined;
  for (const kind of ['suspend', 'restore'] as const) {
    const card = o[kind];
    if (typeof card === 'string')
      return card ? ({ [kind]: card, at: o.at } as SuspendEntry) : undefined;
  }
  if ('extraNew' in o) {
    const n = o.extraNew;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 9999
      ? { extraNew: n, at: o.at }
      : undefined;
  }
  const practice = typeof o.practice === 'string' && o.practice !== '';
  const id = practice ? o.practice : o.id;
  const { card, rating, ms, by } = o;
  if (typeof id !== 'string' || !id || typeof card !== 'string' || !card) return undefined;
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) return undefined;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return undefined;
  if (by !== 'self' && by !== 'auto') return undefined;
  return practice
    ? { practice: id, card, at: o.at, rating, ms, by }
    : { id, card, at: o.at, rating, ms, by };
}

/**
 * Whether `value` is an entry of a kind this version does not know (written by a newer
 * one): an object with a time and none of the known kinds' keys. Readers skip these
 * silently; anything else that fails parseLogEntry is damage.
 */
export function isForeignEntry(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return isTime(o.at) && KINDS.every((k) => !(k in o));
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
    if (!isReview(e) || undone.has(e.id) || seen.has(e.id)) continue;
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
