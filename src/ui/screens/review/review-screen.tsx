import { useMemo } from 'react';
import { displayOrder } from '../../../session/review.js';
import { emptyMessage, shownEarly, summaryLines } from '../../../session/study-text.js';
import type { Trainer } from '../../../session/trainer.js';
import type { Rating } from '../../../session/review.js';
import type { Mode, Preview } from '../../../session/trainer.js';
import { stringWidth } from '../../../text/width.js';
import { headerLine } from '../../layout/header-line.js';
import { useAppContext } from '../../app-context.js';
import { Frame } from '../../components/frame.js';
import { useFrame } from '../../hooks/use-frame.js';
import { useKeys } from '../../hooks/use-keys.js';
import type { Scope } from '../../keymap.js';
import { cardLines } from '../../layout/card-lines.js';
import type { CardLayout } from '../../layout/card-lines.js';
import { line, textLines } from '../../layout/lines.js';
import type { Line, Span, Tone } from '../../layout/lines.js';
import type { Strings } from '../../strings.js';
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
  const { state, card, step } = review;
  const scopes: Scope[] = [step === 'done' ? 'summary' : step, 'global'];

  let header: Line[] = [];
  let body: Line[];
  let layout: CardLayout | undefined;
  const over = card === undefined;
  const ended = useMemo(
    () => (over ? endLines(trainer, mode, state.graded.length > 0, review, now(), t) : undefined),
    // Worked out once when the session ends (or is found empty), not on every redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [over, state.graded.length],
  );
  if (!card) {
    body = ended ?? [];
  } else {
    const deck = trainer.decks.find((d) => d.id === card.deck);
    // The card on screen counts as it was when shown, even once its grade is saved.
    const left = { ...trainer.tally(state.queue.slice(state.index + (state.preview ? 1 : 0))) };
    if (state.preview) left[state.preview.kind]++;
    header = [
      headerLine(
        [deck?.title, card.section].filter(Boolean).join(' › '),
        t.left(left.new, left.learning, left.review),
        width,
      ),
    ];
    const early = state.phase === 'question' ? shownEarly(trainer.earlyBy(card), lang) : undefined;
    if (early) header.push(line('header', { text: early, tone: 'warn' }));
    layout = cardLines(
      card,
      {
        revealed: state.phase === 'answer',
        typed: state.typed,
        picked: state.picked,
        order: displayOrder(state, card),
        ...(state.verdict ? { verdict: state.verdict } : {}),
      },
      width,
      t,
    );
    body = [...layout.lines];
  }
  const focus = layout?.focus;
  const status = [
    ...(review.saveError
      ? textLines(`✗ ${t.notSaved(review.saveError)}`, width, 'status', { tone: 'bad' })
      : []),
    ...(state.phase === 'answer' && review.preview
      ? gradeBarLines(state.rating, review.preview, width, t)
      : []),
  ];
  const frame = useFrame({
    header,
    body,
    status,
    scopes,
    resetKey: `${state.index}:${card?.id ?? ''}:${state.phase}`,
    ...(focus ? { focus, focusTop: body[focus.row]?.role === 'figure' } : {}),
    // While the question is open, its prompt and options stay in view under the diagram.
    ...(state.phase === 'question' && layout?.afterFigure ? { pin: layout.afterFigure } : {}),
    ...(layout?.verdict !== undefined ? { anchor: layout.verdict } : {}),
  });

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
        case 'give-up':
          review.giveUp();
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
      burst: step === 'typing' || step === 'picking',
      ...(step === 'typing' ? { onText: review.type } : {}),
    },
  );
  return <Frame frame={frame} />;
}

const RATING_TONES: Readonly<Record<Rating, Tone>> = {
  1: 'again',
  2: 'hard',
  3: 'good',
  4: 'easy',
};

/** `[1 Again 1m]  2 Hard 6m  …`: the grade Enter accepts is bracketed, bold and inverse. */
export function gradeBarLines(
  selected: Rating,
  preview: Preview,
  width: number,
  t: Strings,
): Line[] {
  const names: Record<Rating, string> = { 1: t.again, 2: t.hard, 3: t.good, 4: t.easy };
  const rows: Span[][] = [[]];
  let used = 0;
  for (const r of [1, 2, 3, 4] as const) {
    const on = r === selected;
    const text =
      `${on ? '[' : ' '}${r} ${names[r]} ${preview.outcomes[r].label}${on ? ']' : ' '}`.replace(
        / +\]$/,
        ']',
      );
    const size = stringWidth(text) + 1;
    if (used > 0 && used + size > width) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push({ text, tone: RATING_TONES[r], bold: on, inverse: on }, { text: ' ' });
    used += size;
  }
  return rows.map((spans) => ({ role: 'status', spans }));
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
