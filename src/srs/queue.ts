// Which cards to study now, in order: due cards (learning steps that have come round,
// reviews due today) or new cards in bank order, within the daily limits, with siblings
// buried so two cards of one note are not seen on the same day.
import type { Card } from '../content/types.js';
import { studyDayStart } from './day.js';
import type { Review } from './review-log.js';
import { LEARNING, NEW, RELEARNING, REVIEW, type CardState } from './scheduler.js';
import type { Settings } from './settings.js';
import { today, type Today } from './today.js';

export type QueueInput = {
  readonly cards: readonly Card[];
  readonly states: ReadonlyMap<string, CardState>;
  readonly reviews: readonly Review[];
  readonly settings: Settings;
  readonly now: number;
  /** Cards set aside by the learner: never queued. */
  readonly suspended?: ReadonlySet<string>;
  /** New cards added to today's limit ("learn N more new today"). */
  readonly extraNew?: number;
};

export type QueueMode = 'new' | 'due';

/** Anki's default: a card forgotten this many times needs rewriting, not more drilling. */
export const LEECH_LAPSES = 8;

export function buildQueue(input: QueueInput & { readonly mode: QueueMode }): Card[] {
  const done = today(input.reviews, input.now);
  const candidates = input.mode === 'new' ? newCards(input) : dueCards(input);
  const room =
    input.mode === 'new'
      ? input.settings.newPerDay + (input.extraNew ?? 0) - done.newCards
      : input.settings.reviewsPerDay - done.reviewCards;
  // Bury first, then apply the limit, so buried siblings do not use up today's allowance.
  return withinLimit(unburied(candidates, input.cards, done), room).map((c) => c.card);
}

/** The numbers on the home screen: what each queue would hold right now. */
export function counts(input: QueueInput): { due: number; new: number } {
  return {
    due: buildQueue({ ...input, mode: 'due' }).length,
    new: buildQueue({ ...input, mode: 'new' }).length,
  };
}

/** Ids of cards with at least LEECH_LAPSES lapses (a lapse: Again on a card in review). */
export function leeches(states: ReadonlyMap<string, CardState>): string[] {
  return [...states].filter(([, s]) => s.lapses >= LEECH_LAPSES).map(([id]) => id);
}

export function isNewCard(state: CardState | undefined): boolean {
  return state === undefined || state.state === NEW;
}

/** `limited` candidates count against the daily limit; learning steps never do. */
type Candidate = { readonly card: Card; readonly limited: boolean };

function dueCards(input: QueueInput): Candidate[] {
  const tomorrow = studyDayStart(input.now, 1);
  const learning: { card: Card; due: number }[] = [];
  const reviews: { card: Card; due: number }[] = [];
  for (const card of input.cards) {
    const s = input.states.get(card.id);
    if (!s || input.suspended?.has(card.id)) continue;
    // Learning steps are minutes apart: wait for them. Reviews are day-based: all of today's.
    if ((s.state === LEARNING || s.state === RELEARNING) && s.due <= input.now)
      learning.push({ card, due: s.due });
    else if (s.state === REVIEW && s.due < tomorrow) reviews.push({ card, due: s.due });
  }
  const byDue = (a: { due: number }, b: { due: number }) => a.due - b.due;
  return [
    ...learning.sort(byDue).map(({ card }) => ({ card, limited: false })),
    ...reviews.sort(byDue).map(({ card }) => ({ card, limited: true })),
  ];
}

function newCards(input: QueueInput): Candidate[] {
  return input.cards
    .filter((card) => isNewCard(input.states.get(card.id)) && !input.suspended?.has(card.id))
    .map((card) => ({ card, limited: true }));
}

/** Keeps every unlimited candidate and the first `room` limited ones. */
function withinLimit(candidates: readonly Candidate[], room: number): Candidate[] {
  let left = room;
  return candidates.filter((c) => !c.limited || left-- > 0);
}

function unburied(
  candidates: readonly Candidate[],
  cards: readonly Card[],
  done: Today,
): Candidate[] {
  const noteOf = new Map(cards.map((c) => [c.id, c.note]));
  const busyNotes = new Set<string>();
  for (const id of done.cards) {
    const note = noteOf.get(id);
    if (note !== undefined) busyNotes.add(note);
  }
  const queue: Candidate[] = [];
  const queuedNotes = new Set<string>();
  for (const candidate of candidates) {
    const { card } = candidate;
    // A card already studied today (a learning step coming round) is never buried by itself.
    const studied = done.cards.has(card.id);
    if (queuedNotes.has(card.note) || (!studied && busyNotes.has(card.note))) continue;
    queuedNotes.add(card.note);
    queue.push(candidate);
  }
  return queue;
}
