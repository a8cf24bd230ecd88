// The review screen's state and effects: the reducer holds the state, this hook saves
// grades and takes them back through the trainer; the view only draws and maps keys.
import { useMemo, useReducer, useState } from 'react';
import {
  currentCard,
  gradedBy,
  reviewReducer,
  startReview,
  stepOf,
} from '../../../session/review.js';
import type { Rating, ReviewState, Step } from '../../../session/review.js';
import type { Mode } from '../../../session/trainer.js';
import type { Card } from '../../../content/types.js';
import { useAppContext } from '../../app-context.js';

export type Review = {
  readonly state: ReviewState;
  readonly card: Card | undefined;
  readonly step: Step;
  /** What each grade would schedule, computed once per card and answer. */
  readonly intervals: Readonly<Record<Rating, string>> | undefined;
  readonly saveError: string | undefined;
  readonly reveal: () => void;
  readonly type: (text: string) => void;
  readonly erase: () => void;
  readonly clear: () => void;
  readonly pick: (position: number) => void;
  /** Takes back the last pick; with none left, undoes the last grade. */
  readonly takeBack: () => void;
  /** Saves `rating`; `chosen` when the learner pressed a digit rather than accepting. */
  readonly grade: (rating: Rating) => void;
  readonly accept: () => void;
  readonly undo: () => void;
};

export function useReview(mode: Mode, deckId: string | undefined): Review {
  const { trainer, now } = useAppContext();
  const initial = useMemo(() => trainer.queue(mode, deckId), [trainer, mode, deckId]);
  const [state, dispatch] = useReducer(reviewReducer, undefined, () =>
    startReview(initial, now(), `${now()}`),
  );
  const [saveError, setSaveError] = useState<string>();
  const card = currentCard(state);
  const answered = state.phase === 'answer';
  const intervals = useMemo(
    () => (card && answered ? trainer.intervals(card) : undefined),
    [trainer, card, answered],
  );

  const grade = (rating: Rating) => {
    if (!card || state.phase !== 'answer') return;
    try {
      // Durable before the next card is drawn: grade() returns only after the write.
      const { requeue } = trainer.grade(
        card,
        rating,
        Math.max(0, now() - state.shownAt),
        gradedBy(state, rating),
      );
      setSaveError(undefined);
      dispatch({ type: 'graded', requeue, now: now() });
    } catch (error) {
      // The card stays up so nothing is skipped unsaved; the learner can retry or quit.
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };
  const undo = () => {
    // Only grades given on this screen: a new session never silently takes back an
    // earlier session's grade that is no longer on screen.
    if (state.graded.length > 0 && trainer.undo() !== undefined)
      dispatch({ type: 'undone', now: now() });
  };
  return {
    state,
    card,
    step: stepOf(state),
    intervals,
    saveError,
    reveal: () => dispatch({ type: 'reveal', now: now() }),
    type: (text) => dispatch({ type: 'type', text }),
    erase: () => dispatch({ type: 'backspace' }),
    clear: () => dispatch({ type: 'clear' }),
    pick: (position) => dispatch({ type: 'pick', position, now: now() }),
    takeBack: () => (state.picked.length > 0 ? dispatch({ type: 'backspace' }) : undo()),
    grade,
    accept: () => grade(state.rating),
    undo,
  };
}
