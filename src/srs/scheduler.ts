// The ts-fsrs adapter, and the only module that imports ts-fsrs: when v6 lands (it removes
// afterHandler, elapsed_days, the Date.prototype helpers and next_state/next_interval on
// the facade) this is the one file to change, and none of those is used here.
// Everything handed out is plain JSON with epoch-ms dates, so it can be stored and replayed.
import type { Lang } from '../content/types.js';
import {
  createEmptyCard,
  fsrs,
  type Card as FsrsCard,
  type FSRS,
  type Grade,
  type State,
} from 'ts-fsrs';

/** 1 Again, 2 Hard, 3 Good, 4 Easy (the numbers are also the keys that grade). */
export type Rating = 1 | 2 | 3 | 4;
export const AGAIN = 1 satisfies Rating;
export const HARD = 2 satisfies Rating;
export const GOOD = 3 satisfies Rating;

/** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs's State numbering). */
export type Phase = 0 | 1 | 2 | 3;
export const NEW: Phase = 0;
export const LEARNING: Phase = 1;
export const REVIEW: Phase = 2;
export const RELEARNING: Phase = 3;

/** A card's memory state, serializable as is (dates are epoch milliseconds). */
export type CardState = {
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: Phase;
  readonly last_review?: number;
};

export type SchedulerSettings = { readonly requestRetention: number };

export type PreviewItem = { readonly state: CardState; readonly intervalLabel: string };

const schedulers = new Map<number, FSRS>();

function scheduler(settings: SchedulerSettings): FSRS {
  const retention = settings.requestRetention;
  let f = schedulers.get(retention);
  if (!f) {
    // Fuzz spreads reviews out; ts-fsrs seeds it from the card and the review time, so
    // replaying the same log always lands on the same dates.
    f = fsrs({
      request_retention: retention,
      enable_fuzz: true,
      enable_short_term: true,
      learning_steps: ['1m', '10m'],
      relearning_steps: ['10m'],
    });
    schedulers.set(retention, f);
  }
  return f;
}

function toFsrs(s: CardState): FsrsCard {
  // Start from an empty ts-fsrs card so fields we do not keep get ts-fsrs's own defaults.
  return {
    ...createEmptyCard(s.due),
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    scheduled_days: s.scheduled_days,
    learning_steps: s.learning_steps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as number as State,
    last_review: s.last_review === undefined ? undefined : new Date(s.last_review),
  };
}

function fromFsrs(c: FsrsCard): CardState {
  const state: CardState = {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as number as Phase,
  };
  return c.last_review ? { ...state, last_review: c.last_review.getTime() } : state;
}

/** A card never reviewed, due at `now`. */
export function newState(now: number): CardState {
  return fromFsrs(createEmptyCard(now));
}

/** The state after grading `state` (or a new card) with `rating` at `now`. */
export function grade(
  state: CardState | undefined,
  rating: Rating,
  now: number,
  settings: SchedulerSettings,
): CardState {
  const at = notBefore(state, now);
  const card = toFsrs(state ?? newState(at));
  return fromFsrs(scheduler(settings).next(card, at, rating as Grade).card);
}

/** What each rating would do, with a short label for the grade bar ('1m', '10m', '3.2mo'). */
export function preview(
  state: CardState | undefined,
  now: number,
  settings: SchedulerSettings,
): Record<Rating, PreviewItem> {
  const at = notBefore(state, now);
  const outcomes = scheduler(settings).repeat(toFsrs(state ?? newState(at)), at);
  const item = (rating: Rating): PreviewItem => {
    const next = fromFsrs(outcomes[rating as Grade].card);
    return { state: next, intervalLabel: intervalLabel(next.due - at) };
  };
  return { 1: item(1), 2: item(2), 3: item(3), 4: item(4) };
}

/**
 * ts-fsrs rejects a review dated before the card's last one. That happens only if the clock
 * steps back; treat such a review as made at the same moment as the last.
 */
function notBefore(state: CardState | undefined, now: number): number {
  return state?.last_review !== undefined && now < state.last_review ? state.last_review : now;
}

/** Predicted probability of recall at `now`, 0..1; 0 for a card never reviewed. */
export function retrievability(state: CardState, now: number): number {
  if (state.state === NEW) return 0;
  // Retention settings change intervals, not the forgetting curve, so any scheduler will do.
  const r = scheduler({ requestRetention: 0.9 }).get_retrievability(toFsrs(state), now, false);
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}

/** Interval ÷ stability that FSRS uses for this desired retention (1 at 0.9, more below). */
export function intervalFactor(retention: number): number {
  return scheduler({ requestRetention: retention }).interval_modifier;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const UNITS: Record<Lang, Record<'m' | 'h' | 'd' | 'mo' | 'y', string>> = {
  en: { m: 'm', h: 'h', d: 'd', mo: 'mo', y: 'y' },
  zh: { m: '分钟', h: '小时', d: '天', mo: '个月', y: '年' },
};

/** Anki-style interval text: '<1m', '10m', '5h', '12d', '3.2mo', '1.5y' ('10分钟', '12天' in zh). */
export function intervalLabel(ms: number, lang: Lang = 'en'): string {
  const u = UNITS[lang];
  const minutes = ms / MINUTE;
  if (minutes < 1) return `<1${u.m}`;
  if (minutes < 60) return `${Math.round(minutes)}${u.m}`;
  if (minutes < 24 * 60) return `${Math.round(minutes / 60)}${u.h}`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}${u.d}`;
  if (days < 365) return `${oneDecimal(days / 30)}${u.mo}`;
  return `${oneDecimal(days / 365)}${u.y}`;
}

function oneDecimal(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}

/** Whether `value` is a CardState (for data read back from disk). */
export function isCardState(value: unknown): value is CardState {
  if (typeof value !== 'object' || value === null) return false;
  const o = value as Record<string, unknown>;
  const numbers = [
    'due',
    'stability',
    'difficulty',
    'scheduled_days',
    'learning_steps',
    'reps',
    'lapses',
  ];
  return (
    numbers.every((k) => typeof o[k] === 'number' && Number.isFinite(o[k])) &&
    (o.state === 0 || o.state === 1 || o.state === 2 || o.state === 3) &&
    (o.last_review === undefined ||
      (typeof o.last_review === 'number' && Number.isFinite(o.last_review)))
  );
}
