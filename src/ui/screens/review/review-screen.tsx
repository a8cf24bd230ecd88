import { useMemo } from 'react';
import type { Rating } from '../../../session/review.js';
import { emptyMessage, shownEarly, summaryLines } from '../../../session/study-text.js';
import type { Mode, Trainer } from '../../../session/trainer.js';
import { line } from '../../layout/lines.js';
import type { Line } from '../../layout/lines.js';
import type { Strings } from '../../strings.js';
import { useAppContext } from '../../app-context.js';
import { Frame } from '../../components/frame.js';
import { useFrame } from '../../hooks/use-frame.js';
import { useKeys } from '../../hooks/use-keys.js';
import { reviewFrame } from './review-layout.js';
import { useReview } from './use-review.js';
import type { Review } from './use-review.js';

type Props = {
  readonly mode: Mode;
  readonly deckId?: string;
};

/**
 * One study session:
 *
 *   Handshake › Why three                        card 3 of 20
 *
 *   Why does TCP need three segments to open?
 *
 *   Answer
 *   …
 *   ↓ 4 more
 *
 *   [3 Good 10m]  1 Again 1m  2 Hard 6m  4 Easy 4d
 *   Space/Enter accept grade  1-4 grade  u undo  ↑↓ scroll  Esc back  ? help  q quit
 */
export function ReviewScreen({ mode, deckId }: Props) {
  const { trainer, t, width, navigate, now, lang } = useAppContext();
  const review = useReview(mode, deckId);
  const { state, step, card } = review;
  const over = card === undefined;
  const ended = useMemo(
    () => (over ? endLines(trainer, mode, state.graded.length > 0, review, now(), t) : undefined),
    // Worked out once when the session ends (or is found empty), not on every redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [over, state.graded.length],
  );
  // The card on screen counts as it was when shown, even once its grade is saved.
  const left = card
    ? { ...trainer.tally(state.queue.slice(state.index + (state.preview ? 1 : 0))) }
    : undefined;
  if (left && state.preview) left[state.preview.kind]++;
  const early =
    card && state.phase === 'question' ? shownEarly(trainer.earlyBy(card), lang) : undefined;
  const frame = useFrame(
    reviewFrame({
      state,
      ...(left ? { left } : {}),
      ...(early ? { early } : {}),
      ...(ended ? { ended } : {}),
      decks: trainer.decks,
      preview: review.preview,
      saveError: review.saveError,
      width,
      t,
    }),
  );

  useKeys(
    frame.plan.scopes,
    ({ command, digit }) => {
      if (frame.scroll(command)) return true;
      switch (command) {
        case 'back':
        case 'home':
          navigate({ type: 'home' });
          return true;
        case 'learn-new':
          navigate({ type: 'open-review', mode: 'new' });
          return true;
        case 'review-due':
          navigate({ type: 'open-review', mode: 'due' });
          return true;
        case 'give-up':
          review.giveUp();
          return true;
        case 'reveal':
        case 'check':
          review.reveal();
          return true;
        case 'erase':
          review.erase();
          return true;
        case 'clear':
          review.clear();
          return true;
        case 'pick':
          review.pick((digit ?? 1) - 1);
          return true;
        case 'take-back':
          review.takeBack();
          return true;
        case 'grade':
          // A digit grades at once (as in Anki); it also overrides an automatic grade.
          review.grade((digit ?? 3) as Rating);
          return true;
        case 'accept':
          review.accept();
          return true;
        case 'undo':
          review.undo();
          return true;
        default:
          return false;
      }
    },
    {
      burst: step === 'typing' || step === 'picking' || step === 'ordering',
      ...(step === 'typing' ? { onText: review.type } : {}),
    },
  );
  return <Frame frame={frame} />;
}

/**
 * The end of a session: what was studied, the grades, accuracy, time and when the next
 * card is due; or, with nothing to study, why not and what to press instead.
 */
function endLines(
  trainer: Trainer,
  mode: Mode,
  studied: boolean,
  review: Review,
  now: number,
  t: Strings,
): Line[] {
  const lang = trainer.lang;
  const counts = trainer.counts();
  const title = (text: string) => line('title', { text, tone: 'title', bold: true });
  const para = (texts: readonly string[]) => texts.map((text) => line('status', text));
  if (studied) {
    const summary = summaryLines(trainer.summary(review.startedAt), trainer.nextDue(), now, lang);
    return [
      title(t.sessionDone),
      line('gap'),
      ...para(summary),
      line('gap'),
      ...para([t.stillToday(counts.new, counts.due)]),
    ];
  }
  const why = mode === 'deck' ? [t.nothingDue] : emptyMessage(trainer.emptyReason(mode), now, lang);
  return [title(t.nothingDue), line('gap'), ...para(why)];
}
