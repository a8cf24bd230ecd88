// The review screen's state and effects: the reducer holds the state, this hook saves
// grades and takes them back through the trainer; the view only draws and maps keys.
import { useMemo, useState } from 'react';
import {
  currentCard,
  gradedBy,
  needsSaving,
  reviewReducer,
  startReview,
  stepOf,
} from '../../../session/review.js';
import type { Rating, ReviewAction, ReviewState, Step } from '../../../session/review.js';
import type { Mode, Preview } from '../../../session/trainer.js';
import type { Card } from '../../../content/types.js';
import { useAppContext } from '../../app-context.js';
import { useStateStore } from '../../hooks/use-state-store.js';

export type Review = {
  readonly state: ReviewState;
  readonly card: Card | undefined;
  readonly step: Step;
  /** What each grade would schedule, worked out once per showing of the answer. */
  readonly preview: Preview | undefined;
  readonly saveError: string | undefined;
  readonly reveal: () => void;
  readonly type: (text: string) => void;
  readonly erase: () => void;
  readonly clear: () => void;
  readonly pick: (position: number) => void;
  /** Shows the answer without one, graded Again (saved at once). */
  readonly giveUp: () => void;
  /** When the session started (for its summary). */
  readonly startedAt: number;
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
  const {
    state,
    latest,
    dispatch: run,
  } = useStateStore(reviewReducer, () => startReview(initial, now(), `${now()}`));
  const [saveError, setSaveError] = useState<string>();
  const card = currentCard(state);
  const preview = state.preview;
  const [startedAt] = useState(now);
  const answerMs = () => Math.max(0, now() - latest().shownAt);
  const attempt = (save: () => void) => {
    try {
      save();
      setSaveError(undefined);
    } catch (error) {
      // The card stays up so nothing is skipped unsaved; the learner can retry or quit.
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };

  /**
   * Runs an action on the question side. When it shows the answer, the preview is worked
   * out once, here; a checked (or given-up) answer is graded at once, so leaving with Esc
   * does not erase it and a digit pressed afterwards is an override (regrade).
   */
  const act = (action: ReviewAction) => {
    const before = latest();
    run(action);
    const card = currentCard(before);
    if (!card || before.phase === 'answer' || latest().phase !== 'answer') return;
    const shown = trainer.preview(card);
    run({ type: 'previewed', preview: shown });
    const next = latest();
    if (!needsSaving(next)) return;
    attempt(() => {
      const by = gradedBy(next, next.rating);
      const graded = trainer.grade(card, next.rating, answerMs(), by, shown);
      run({ type: 'saved', graded });
    });
  };

  const grade = (rating: Rating) => {
    const s = latest();
    const card = currentCard(s);
    if (!card || s.phase !== 'answer' || !s.preview) return;
    const shown = s.preview;
    attempt(() => {
      // Durable before the next card is drawn: grade() returns only after the write.
      const saved = s.saved;
      const { requeue, due } = !saved
        ? trainer.grade(card, rating, answerMs(), gradedBy(s, rating), shown)
        : rating === saved.rating
          ? saved
          : trainer.regrade(saved, rating, answerMs());
      run({ type: 'graded', requeue, due, now: now() });
    });
  };
  const undo = () => {
    // Only grades given on this screen (or the one on screen now): a new session never
    // silently takes back an earlier session's grade that is no longer on screen.
    const s = latest();
    if (s.graded.length === 0 && !s.saved) return;
    const card = trainer.undo();
    if (card !== undefined) run({ type: 'undone', card, now: now() });
  };
  return {
    state,
    card,
    step: stepOf(state),
    preview,
    saveError,
    reveal: () => act({ type: 'reveal', now: now() }),
    type: (text) => run({ type: 'type', text }),
    erase: () => run({ type: 'backspace' }),
    clear: () => run({ type: 'clear' }),
    pick: (position) => act({ type: 'pick', position, now: now() }),
    giveUp: () => act({ type: 'give-up', now: now() }),
    startedAt,
    takeBack: () => (latest().picked.length > 0 ? run({ type: 'backspace' }) : undo()),
    grade,
    accept: () => grade(latest().rating),
    undo,
  };
}
