// A review session as a reducer: which card is up, whether its answer is shown, what the
// learner typed or picked, and the grade about to be recorded. Pure: no I/O, no clock.
import type { Card } from '../content/types.js';
import { permutation } from './shuffle.js';
import { answerMode, choices, isChecked, responseVerdict } from './card-kind.js';
import { AGAIN, GOOD, HARD } from '../srs/scheduler.js';
import type { Rating } from '../srs/scheduler.js';
import type { ReviewBy } from '../srs/review-log.js';
import type { Graded, Preview } from './trainer.js';

export type { Rating };

export type Phase = 'question' | 'answer';

/**
 * What the screen is waiting for, which is also the key scope: `question` (reveal),
 * `typing`, `picking` (one option), `ordering` (picks in order, which can be taken back),
 * `answer` (grade), `done` (a session just ended; undo may step back into it) or `empty`
 * (nothing to study).
 */
export type Step = 'question' | 'typing' | 'picking' | 'ordering' | 'answer' | 'done' | 'empty';

export type ReviewState = {
  readonly queue: readonly Card[];
  readonly index: number;
  readonly phase: Phase;
  /** Text typed for a typed card. */
  readonly typed: string;
  /** Picked positions (in displayed order) for choice and order cards. */
  readonly picked: readonly number[];
  /**
   * Set when the answer is shown: the automatic verdict for cards the trainer checks. `near`
   * marks a typed answer one slip away ("almost: check the spelling"), graded Hard;
   * `gaveUp` an answer the learner asked for instead of giving one, graded Again.
   */
  readonly verdict?: Verdict;
  /** What each grade would schedule, worked out once when the answer is shown. */
  readonly preview?: Preview;
  /** The grade already on disk for this showing: a checked answer is saved when checked. */
  readonly saved?: Graded;
  /** The grade that Enter/Space will record (the automatic one, or Good). */
  readonly rating: Rating;
  /** Time the current card was first shown, for answer-time statistics. */
  readonly shownAt: number;
  /**
   * Cards graded in this session, newest last, so undo can step back; `requeued` is where
   * the card was put back in the queue, if it was.
   */
  readonly graded: readonly { readonly index: number; readonly requeued?: number }[];
  /** When each card in the queue is due, position by position: set for the ones put back. */
  readonly dueAt: readonly (number | undefined)[];
  readonly seed: string;
};

export type Verdict = {
  readonly correct: boolean;
  readonly near?: true;
  readonly gaveUp?: true;
};

export type ReviewAction =
  | { type: 'reveal'; now: number }
  /** Show the answer without one, graded Again (any card type). */
  | { type: 'give-up'; now: number }
  /** The preview of the answer on screen (once per showing: a redraw does not change it). */
  | { type: 'previewed'; preview: Preview }
  /** The grade of this showing is on disk (an automatic or given-up grade, saved at once). */
  | { type: 'saved'; graded: Graded }
  | { type: 'type'; text: string }
  | { type: 'backspace' }
  | { type: 'clear' }
  | { type: 'pick'; position: number; now: number }
  /**
   * The grade was stored; `requeue` puts the card back (a learning step due soon), after the
   * cards put back that are due no later than `due`: the soonest due comes first.
   */
  | { type: 'graded'; requeue: boolean; due: number; now: number }
  /** The store took back its newest grade, of `card`: step back to where it was given. */
  | { type: 'undone'; card: string; now: number };

export function startReview(queue: readonly Card[], now: number, seed = 'session'): ReviewState {
  return {
    queue,
    index: 0,
    phase: 'question',
    typed: '',
    picked: [],
    rating: GOOD,
    shownAt: now,
    graded: [],
    dueAt: queue.map(() => undefined),
    seed,
  };
}

export function currentCard(state: ReviewState): Card | undefined {
  return state.queue[state.index];
}

export function isFinished(state: ReviewState): boolean {
  return state.index >= state.queue.length;
}

export function stepOf(state: ReviewState): Step {
  const card = currentCard(state);
  if (!card) return state.graded.length > 0 ? 'done' : 'empty';
  if (state.phase === 'answer') return 'answer';
  const mode = answerMode(card);
  const steps = {
    reveal: 'question',
    type: 'typing',
    'pick-one': 'picking',
    'pick-order': 'ordering',
  } as const;
  return steps[mode];
}

/**
 * Display order of a card's options or items (indices into the card's own list). A learning
 * card that comes back in the same session is shuffled anew: positions remembered from a
 * minute ago would answer it.
 */
export function displayOrder(state: ReviewState, card: Card): number[] {
  const before = state.queue.slice(0, state.index).filter((c) => c.id === card.id).length;
  const again = before === 0 ? '' : `:${before}`;
  return permutation(choices(card).length, `${state.seed}:${card.id}${again}`);
}

/** Who chose the grade about to be saved, by the rule written at `ReviewBy`. */
export function gradedBy(state: ReviewState, rating: Rating): ReviewBy {
  return state.verdict && !state.verdict.gaveUp && rating === state.rating ? 'auto' : 'self';
}

/** Whether the grade of the answer on screen should be saved now, before any key. */
export function needsSaving(state: ReviewState): boolean {
  return state.phase === 'answer' && state.verdict !== undefined && state.saved === undefined;
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  const card = currentCard(state);
  if (!card && action.type !== 'undone') return state;
  switch (action.type) {
    case 'type':
      if (state.phase !== 'question' || !card || answerMode(card) !== 'type') return state;
      return { ...state, typed: state.typed + action.text };
    case 'clear':
      if (state.phase !== 'question') return state;
      return { ...state, typed: '', picked: [] };
    case 'backspace':
      if (state.phase !== 'question') return state;
      if (card && answerMode(card) === 'type')
        return { ...state, typed: [...state.typed].slice(0, -1).join('') };
      return { ...state, picked: state.picked.slice(0, -1) };
    case 'pick': {
      if (state.phase !== 'question' || !card) return state;
      const order = displayOrder(state, card);
      if (action.position < 0 || action.position >= order.length) return state;
      const mode = answerMode(card);
      if (mode === 'pick-one') return reveal({ ...state, picked: [action.position] });
      if (mode === 'pick-order') {
        if (state.picked.includes(action.position)) return state;
        const picked = [...state.picked, action.position];
        const next = { ...state, picked };
        return picked.length === order.length ? reveal(next) : next;
      }
      return state;
    }
    case 'give-up':
      if (state.phase !== 'question' || !card) return state;
      return {
        ...state,
        phase: 'answer',
        verdict: { correct: false, gaveUp: true },
        rating: AGAIN,
      };
    case 'previewed':
      if (state.phase !== 'answer' || action.preview.card !== card?.id || state.preview)
        return state;
      return { ...state, preview: action.preview };
    case 'saved':
      if (state.phase !== 'answer' || action.graded.card !== card?.id) return state;
      return { ...state, saved: action.graded, rating: action.graded.rating };
    case 'reveal':
      if (state.phase !== 'question' || !card) return state;
      // An empty answer is a give-up: Enter alone shows the answer, graded Again.
      if (answerMode(card) === 'type' && state.typed.trim() === '')
        return reviewReducer(state, { type: 'give-up', now: action.now });
      // Choice and order cards are answered by picking; Enter alone does not give up on them.
      if (answerMode(card) === 'pick-one' && state.picked.length === 0) return state;
      if (
        answerMode(card) === 'pick-order' &&
        state.picked.length < displayOrder(state, card).length
      )
        return state;
      return reveal(state);
    case 'graded': {
      if (state.phase !== 'answer' || !card) return state;
      if (!action.requeue)
        return {
          ...fresh(state, action.now),
          index: state.index + 1,
          graded: [...state.graded, { index: state.index }],
        };
      let at = state.queue.length;
      while (at > state.index + 1 && (state.dueAt[at - 1] ?? -Infinity) > action.due) at--;
      return {
        ...fresh(state, action.now),
        queue: state.queue.toSpliced(at, 0, card),
        dueAt: state.dueAt.toSpliced(at, 0, action.due),
        index: state.index + 1,
        graded: [...state.graded, { index: state.index, requeued: at }],
      };
    }
    case 'undone': {
      // The grade on screen was taken back: the same card, asked again.
      if (state.saved && action.card === state.saved.card) return fresh(state, action.now);
      const last = state.graded.at(-1);
      // The store's stack and this one must agree on the card; if not, stay put.
      if (!last || state.queue[last.index]?.id !== action.card) return state;
      const at = last.requeued;
      return {
        ...fresh(state, action.now),
        queue: at === undefined ? state.queue : state.queue.toSpliced(at, 1),
        dueAt: at === undefined ? state.dueAt : state.dueAt.toSpliced(at, 1),
        index: last.index,
        graded: state.graded.slice(0, -1),
      };
    }
  }
}

function fresh(state: ReviewState, now: number): ReviewState {
  const { verdict: _verdict, saved: _saved, preview: _preview, ...rest } = state;
  return { ...rest, phase: 'question', typed: '', picked: [], rating: GOOD, shownAt: now };
}

function reveal(state: ReviewState): ReviewState {
  const card = currentCard(state);
  if (!card) return state;
  if (!isChecked(card)) return { ...state, phase: 'answer', rating: GOOD };
  const order = displayOrder(state, card);
  const verdict = responseVerdict(card, {
    typed: state.typed,
    picked: state.picked.map((p) => order[p]!),
  });
  if (verdict === 'near')
    return { ...state, phase: 'answer', verdict: { correct: false, near: true }, rating: HARD };
  const correct = verdict === 'right';
  return { ...state, phase: 'answer', verdict: { correct }, rating: correct ? GOOD : AGAIN };
}
