// Building and merging log entries: shared by the file and memory stores.
import { randomBytes } from 'node:crypto';
import {
  entryKey,
  isReview,
  isUndo,
  type ExtraNewEntry,
  type LogEntry,
  type PracticeEntry,
  type Review,
} from '../srs/review-log.js';
import type { RecordInput } from './progress-store.js';
import type { ProgressIndex } from './progress-index.js';

/** A new review with a unique id (time plus randomness, so two machines never collide). */
export function makeReview(input: RecordInput): Review {
  return { id: newId(input), ...checked(input) };
}

/** A new practice answer: a review's fields under a different key (see PracticeEntry). */
export function makePractice(input: RecordInput): PracticeEntry {
  return { practice: newId(input), ...checked(input) };
}

/** "Learn `count` more new today", checked like a review (a bad count is our bug). */
export function makeExtraNew(count: number, at: number): ExtraNewEntry {
  if (!Number.isInteger(count) || count < 1 || count > 9999)
    throw new TypeError(`learnMore: count must be 1-9999, not ${String(count)}`);
  if (!Number.isSafeInteger(at) || at < 0) throw new TypeError(`learnMore: bad time ${String(at)}`);
  return { extraNew: count, at };
}

function newId(input: RecordInput): string {
  return `${input.at}-${randomBytes(5).toString('hex')}`;
}

function checked(input: RecordInput): Omit<Review, 'id'> {
  const { card, rating, at, ms, by } = input;
  // These come from our own code: a bad value is a bug, so fail loudly before writing.
  if (typeof card !== 'string' || card === '') throw new TypeError('record: card id is required');
  if (![1, 2, 3, 4].includes(rating))
    throw new TypeError(`record: rating must be 1-4, not ${String(rating)}`);
  if (!Number.isSafeInteger(at) || at < 0) throw new TypeError(`record: bad time ${String(at)}`);
  if (by !== 'self' && by !== 'auto') throw new TypeError(`record: by must be self or auto`);
  const answerMs = Number.isFinite(ms) && ms > 0 ? Math.round(ms) : 0;
  return { card, at, rating, ms: answerMs, by };
}

/**
 * The entries of `incoming` that the log lacks, in time order (so they fold like reviews
 * made live), and how many reviews were already there. A review counts as present when its
 * id is known or its card was already graded at that exact millisecond.
 */
export function missingEntries(
  index: ProgressIndex,
  incoming: readonly LogEntry[],
): { fresh: LogEntry[]; reviews: number; present: number } {
  const fresh: LogEntry[] = [];
  const seen = new Set<string>();
  // An undone review does not claim its card and time: its override was graded at the same time.
  const undone = new Set(incoming.flatMap((e) => (isUndo(e) ? [e.undo] : [])));
  let present = 0;
  for (const entry of incoming) {
    const keys = !isReview(entry)
      ? [entryKey(entry)]
      : undone.has(entry.id)
        ? [`id:${entry.id}`]
        : [`id:${entry.id}`, `at:${entry.card}\u0000${entry.at}`];
    if (index.has(entry) || keys.some((k) => seen.has(k))) {
      if (isReview(entry)) present++;
      continue;
    }
    for (const k of keys) seen.add(k);
    fresh.push(entry);
  }
  fresh.sort((a, b) => a.at - b.at);
  return { fresh, reviews: fresh.filter(isReview).length, present };
}
