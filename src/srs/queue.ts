// Which cards to study now, in order: due cards (learning steps that have come round,
// reviews due today) or new cards in bank order, within the daily limits, with siblings
// buried so two cards of one note are not seen on the same day.
import type { Card } from '../content/types.js';
import { dayStart, studyDayStart } from './day.js';
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
  readonly extraNewToday?: number;
};

export type QueueMode = 'new' | 'due';

/** Anki's default: a card forgotten this many times needs rewriting, not more drilling. */
export const LEECH_LAPSES = 8;

export function buildQueue(input: QueueInput & { readonly mode: QueueMode }): Card[] {
  const done = today(input.reviews, input.now);
  const candidates = input.mode === 'new' ? newCards(input) : dueCards(input);
  const room =
    input.mode === 'new'
      ? input.settings.newPerDay + (input.extraNewToday ?? 0) - done.newCards
      : input.settings.reviewsPerDay - done.reviewCards;
  // Bury first, then apply the limit, so buried siblings do not use up today's allowance.
  return withinLimit(unburied(candidates, input.cards, done), room).map((c) => c.card);
}

/** How a card counts for the learner: new, in (re)learning steps, or a day-spaced review. */
export type StudyKind = 'new' | 'learning' | 'review';

export function studyKind(state: CardState | undefined): StudyKind {
  if (isNewCard(state)) return 'new';
  return state!.state === REVIEW ? 'review' : 'learning';
}

/** Counts kept apart, as Anki shows them, so a learning step coming round adds to none. */
export type StudyCounts = {
  readonly new: number;
  readonly learning: number;
  readonly review: number;
};

/**
 * The numbers on the home screen: what `n` (new) and `r` (learning + review) would hold
 * right now. `due` is learning + review. `new` is what stats calls newRemaining.
 */
export function counts(input: QueueInput): StudyCounts & { readonly due: number } {
  const due = tally(buildQueue({ ...input, mode: 'due' }), input.states);
  const fresh = buildQueue({ ...input, mode: 'new' }).length;
  return { new: fresh, learning: due.learning, review: due.review, due: due.learning + due.review };
}

/** The cards left in a session, counted by kind (a session header: 3 new · 2 learning · 9 review). */
export function tally(cards: readonly Card[], states: ReadonlyMap<string, CardState>): StudyCounts {
  const n = { new: 0, learning: 0, review: 0 };
  for (const card of cards) n[studyKind(states.get(card.id))]++;
  return n;
}

/** A learning step due within this window comes back in the same session (Anki: 20 min). */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

/** Whether a card just graded at `at` comes back in this session. */
export function comesBackSoon(state: CardState | undefined, at: number): boolean {
  return (
    state !== undefined &&
    (state.state === LEARNING || state.state === RELEARNING) &&
    state.due - at <= LEARN_AHEAD_MS
  );
}

/** Why a queue is empty, so the screen can say what to do instead. */
export type EmptyReason =
  /** New cards are left, but today's new limit is used up. `due`: what `r` would give. */
  | { readonly kind: 'new-limit'; readonly limit: number; readonly due: number }
  /** No new card can be shown today (all learned, or siblings of today's cards). */
  | { readonly kind: 'no-new'; readonly due: number; readonly nextDue?: number }
  /** Reviews are due, but today's review limit is used up. */
  | { readonly kind: 'review-limit'; readonly limit: number; readonly new: number }
  /** Nothing is due now; `nextDue` is when the next card comes round. */
  | { readonly kind: 'nothing-due'; readonly new: number; readonly nextDue?: number };

export function emptyReason(input: QueueInput, mode: QueueMode): EmptyReason {
  const c = counts(input);
  const done = today(input.reviews, input.now);
  const next = nextDue(input);
  const withNext = <T extends object>(o: T) => (next === undefined ? o : { ...o, nextDue: next });
  if (mode === 'new') {
    // Today's limit: the setting plus any "learn N more" for today.
    const limit = input.settings.newPerDay + (input.extraNewToday ?? 0);
    const room = limit - done.newCards;
    const left = unburied(newCards(input), input.cards, done).length;
    if (room <= 0 && left > 0) return { kind: 'new-limit', limit, due: c.due };
    return withNext({ kind: 'no-new' as const, due: c.due });
  }
  const room = input.settings.reviewsPerDay - done.reviewCards;
  const waiting = unburied(dueCards(input), input.cards, done).some((x) => x.limited);
  if (room <= 0 && waiting)
    return { kind: 'review-limit', limit: input.settings.reviewsPerDay, new: c.new };
  return withNext({ kind: 'nothing-due' as const, new: c.new });
}

/**
 * When the next card not in today's due queue comes round (epoch ms), or undefined if no
 * card has been studied. A review is shown from the start of the study day it is due on,
 * and one held back today (by a limit or a sibling) comes tomorrow.
 */
export function nextDue(input: QueueInput): number | undefined {
  const queued = new Set(buildQueue({ ...input, mode: 'due' }).map((c) => c.id));
  const tomorrow = studyDayStart(input.now, 1);
  let best: number | undefined;
  for (const card of input.cards) {
    const s = input.states.get(card.id);
    if (isNewCard(s) || queued.has(card.id)) continue;
    // Not queued although due: held back until tomorrow.
    const at =
      s!.state === REVIEW
        ? Math.max(dayStart(s!.due), tomorrow)
        : s!.due > input.now
          ? s!.due
          : tomorrow;
    if (best === undefined || at < best) best = at;
  }
  return best;
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

/**
 * Due now, as `r` counts it. Learning steps are minutes apart: wait for them. Reviews are
 * day-based: all of today's.
 */
export function isDueNow(state: CardState, now: number): boolean {
  if (state.state === LEARNING || state.state === RELEARNING) return state.due <= now;
  return state.state === REVIEW && state.due < studyDayStart(now, 1);
}

/**
 * A note's cards that are new or due now, ignoring sibling burying and the daily limits: for
 * a drill that asks a note's cards together (the blanks of one sequence diagram).
 */
export type StudyNow = { readonly card: Card; readonly kind: 'new' | 'due' };

export function studyNow(input: QueueInput): StudyNow[] {
  return input.cards.flatMap((card): StudyNow[] => {
    if (input.suspended?.has(card.id)) return [];
    const s = input.states.get(card.id);
    if (isNewCard(s)) return [{ card, kind: 'new' }];
    return isDueNow(s!, input.now) ? [{ card, kind: 'due' }] : [];
  });
}

function dueCards(input: QueueInput): Candidate[] {
  const learning: { card: Card; due: number }[] = [];
  const reviews: { card: Card; due: number }[] = [];
  for (const card of input.cards) {
    const s = input.states.get(card.id);
    if (!s || input.suspended?.has(card.id) || !isDueNow(s, input.now)) continue;
    if (s.state === REVIEW) reviews.push({ card, due: s.due });
    else learning.push({ card, due: s.due });
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
