// A review session as a reducer: which card is up, whether its answer is shown, what the
// learner typed or picked, and the grade about to be recorded. Pure: no I/O, no clock.
import type { Card } from '../content/types.js';
import { permutation } from './shuffle.js';
import { responseVerdict } from './check-response.js';
import { AGAIN, GOOD, HARD } from '../srs/scheduler.js';
import type { Rating } from '../srs/scheduler.js';

export type { Rating };

export type Phase = 'question' | 'answer';

export type ReviewState = {
  readonly queue: readonly Card[];
  readonly index: number;
  readonly phase: Phase;
  /** Text typed for a typed card. */
  readonly typed: string;
  /** Picked positions (in displayed order) for choice, drill and order cards. */
  readonly picked: readonly number[];
  /**
   * Set when the answer is shown: automatic verdict for typed/choice/order/drill cards. `near`
   * marks a typed answer one slip away ("almost: check the spelling"), graded Hard.
   */
  readonly verdict?: { readonly correct: boolean; readonly near?: true };
  /** The grade that Enter/Space will record (the automatic one, or Good). */
  readonly rating: Rating;
  /** Time the current card was first shown, for answer-time statistics. */
  readonly shownAt: number;
  /** Cards graded in this session, newest last, so undo can step back. */
  readonly graded: readonly { readonly index: number; readonly requeued: boolean }[];
  readonly seed: string;
};

export type ReviewAction =
  | { type: 'reveal'; now: number }
  | { type: 'type'; text: string }
  | { type: 'backspace' }
  | { type: 'clear' }
  | { type: 'pick'; position: number; now: number }
  /** The grade was stored; `requeue` puts the card back at the end (a learning step due soon). */
  | { type: 'graded'; requeue: boolean; now: number }
  | { type: 'undone'; now: number };

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
    seed,
  };
}

export function currentCard(state: ReviewState): Card | undefined {
  return state.queue[state.index];
}

export function isFinished(state: ReviewState): boolean {
  return state.index >= state.queue.length;
}

/** Display order of a card's options or items (indices into the card's own list). */
export function displayOrder(state: ReviewState, card: Card): number[] {
  const n =
    card.type === 'choice'
      ? card.options.length
      : card.type === 'drill'
        ? card.options.length
        : card.type === 'order'
          ? card.items.length
          : 0;
  return permutation(n, `${state.seed}:${card.id}`);
}

/** Whether the card is answered by the learner (and graded automatically). */
export function isAutoGraded(card: Card): boolean {
  return (
    card.type === 'typed' ||
    card.type === 'choice' ||
    card.type === 'order' ||
    card.type === 'drill'
  );
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  const card = currentCard(state);
  if (!card && action.type !== 'undone') return state;
  switch (action.type) {
    case 'type':
      if (state.phase !== 'question' || card?.type !== 'typed') return state;
      return { ...state, typed: state.typed + action.text };
    case 'clear':
      if (state.phase !== 'question') return state;
      return { ...state, typed: '', picked: [] };
    case 'backspace':
      if (state.phase !== 'question') return state;
      if (card?.type === 'typed')
        return { ...state, typed: [...state.typed].slice(0, -1).join('') };
      return { ...state, picked: state.picked.slice(0, -1) };
    case 'pick': {
      if (state.phase !== 'question' || !card) return state;
      const order = displayOrder(state, card);
      if (action.position < 0 || action.position >= order.length) return state;
      if (card.type === 'choice' || card.type === 'drill') {
        return reveal({ ...state, picked: [action.position] });
      }
      if (card.type === 'order') {
        if (state.picked.includes(action.position)) return state;
        const picked = [...state.picked, action.position];
        const next = { ...state, picked };
        return picked.length === order.length ? reveal(next) : next;
      }
      return state;
    }
    case 'reveal':
      if (state.phase !== 'question' || !card) return state;
      // Choice and order cards are answered by picking; Enter alone does not give up on them.
      if ((card.type === 'choice' || card.type === 'drill') && state.picked.length === 0)
        return state;
      if (card.type === 'order' && state.picked.length < displayOrder(state, card).length)
        return state;
      return reveal(state);
    case 'graded': {
      if (state.phase !== 'answer' || !card) return state;
      const queue = action.requeue ? [...state.queue, card] : state.queue;
      return {
        ...fresh(state, action.now),
        queue,
        index: state.index + 1,
        graded: [...state.graded, { index: state.index, requeued: action.requeue }],
      };
    }
    case 'undone': {
      const last = state.graded.at(-1);
      if (!last) return state;
      const queue = last.requeued ? state.queue.slice(0, -1) : state.queue;
      return {
        ...fresh(state, action.now),
        queue,
        index: last.index,
        graded: state.graded.slice(0, -1),
      };
    }
  }
}

function fresh(state: ReviewState, now: number): ReviewState {
  const { verdict: _verdict, ...rest } = state;
  return { ...rest, phase: 'question', typed: '', picked: [], rating: GOOD, shownAt: now };
}

function reveal(state: ReviewState): ReviewState {
  const card = currentCard(state);
  if (!card) return state;
  if (!isAutoGraded(card)) return { ...state, phase: 'answer', rating: GOOD };
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
