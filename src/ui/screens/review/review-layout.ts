// What the review screen draws, as a pure function of the review state: the header, the
// card's lines, the status lines and the frame options. The screen draws it; the layout
// tests check it for every built-in card at every accepted size.
import type { Deck } from '../../../content/types.js';
import { currentCard, displayOrder, stepOf } from '../../../session/review.js';
import { choices } from '../../../session/card-kind.js';
import type { Rating, ReviewState } from '../../../session/review.js';
import type { Preview } from '../../../session/trainer.js';
import type { StudyCounts } from '../../../srs/queue.js';
import { stringWidth } from '../../../text/width.js';
import { headerLine } from '../../layout/header-line.js';
import type { FrameRequest } from '../../hooks/use-frame.js';
import type { Scope } from '../../keymap.js';
import { cardLines } from '../../layout/card-lines.js';
import { line, lineWidth, textLines } from '../../layout/lines.js';
import type { Line, Span, Tone } from '../../layout/lines.js';
import type { Strings } from '../../strings.js';

export type ReviewView = {
  readonly state: ReviewState;
  /** What is left in the session, counted apart (the card on screen as it was shown). */
  readonly left?: StudyCounts;
  /** "due in 8 min, shown early" for a learning card shown before it is due. */
  readonly early?: string;
  /** The summary, or why there is nothing to study: worked out once, when it ends. */
  readonly ended?: readonly Line[];
  readonly decks: readonly Deck[];
  readonly preview: Preview | undefined;
  readonly saveError: string | undefined;
  readonly width: number;
  readonly t: Strings;
};

export function reviewFrame({
  state,
  left,
  early,
  ended,
  decks,
  preview,
  saveError,
  width,
  t,
}: ReviewView): FrameRequest {
  const card = currentCard(state);
  const step = stepOf(state);
  const scopes: Scope[] = [step === 'done' ? 'summary' : step, 'global'];
  const bar =
    state.phase === 'answer' && preview ? gradeBarLines(state.rating, preview, width, t) : [];
  const saving = saveError
    ? textLines(`✗ ${t.notSaved(saveError)}`, width, 'status', { tone: 'bad' })
    : [];
  if (!card) {
    const done = state.graded.length > 0;
    return {
      header: [],
      body: ended
        ? [...ended]
        : [
            line('title', { text: done ? t.sessionDone : t.nothingDue, tone: 'title', bold: true }),
            ...(done ? [line('gap'), line('status', `${state.graded.length} ${t.reviewed}`)] : []),
          ],
      status: saving,
      scopes,
      resetKey: `end:${state.graded.length}`,
    };
  }
  const deck = decks.find((d) => d.id === card.deck);
  const layout = cardLines(
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
  const focus = layout.focus;
  return {
    header: [
      // A card shown early says so where its breadcrumb was: no row is taken from the card.
      headerLine(
        early ?? [deck?.title, card.section].filter(Boolean).join(' › '),
        left
          ? t.left(left.new, left.learning, left.review)
          : t.cardOf(state.index + 1, state.queue.length),
        width,
      ),
    ],
    body: layout.lines,
    status: [...layout.verdict, ...saving, ...bar],
    scopes,
    ...(step === 'typing' ? { text: true } : {}),
    ...(step === 'picking' || step === 'ordering' ? { picks: choices(card).length } : {}),
    resetKey: `${state.index}:${card.id}:${state.phase}`,
    ...(focus ? { focus, focusTop: layout.lines[focus.row]?.role === 'figure' } : {}),
    // While the question is open, its prompt and options stay in view under the diagram.
    ...(state.phase === 'question' && layout.afterFigure > 0 ? { pin: layout.afterFigure } : {}),
  };
}

const RATING_TONES: Readonly<Record<Rating, Tone>> = {
  1: 'again',
  2: 'hard',
  3: 'good',
  4: 'easy',
};

/**
 * `[1 Again 1m]  2 Hard 6m  …`: the grade Enter accepts is bracketed, bold and inverse.
 * One row when it fits (closer together if need be); else two rows by design, Again and
 * Hard over Good and Easy, lined up: a grade is never cut, nor left alone on a row.
 */
export function gradeBarLines(
  selected: Rating,
  preview: Preview,
  width: number,
  t: Strings,
): Line[] {
  const names: Record<Rating, string> = { 1: t.again, 2: t.hard, 3: t.good, 4: t.easy };
  const [again, hard, good, easy] = ([1, 2, 3, 4] as const).map((r): Span => {
    const on = r === selected;
    const label = `${r} ${names[r]} ${preview.outcomes[r].label}`.trimEnd();
    // The same width either way, so moving the selection moves nothing.
    return { text: on ? `[${label}]` : ` ${label} `, tone: RATING_TONES[r], bold: on, inverse: on };
  }) as [Span, Span, Span, Span];
  const size = (s: Span) => stringWidth(s.text);
  const row = (spans: Span[]): Line => ({ role: 'status', spans });
  const oneRow = (gap: string) =>
    row([again, hard, good, easy].flatMap((s, i) => (i === 0 ? [s] : [{ text: gap }, s])));
  const column = Math.max(size(again), size(good));
  const pair = (a: Span, b: Span) => row([a, { text: ' '.repeat(column - size(a)) }, b]);
  const layouts: Line[][] = [
    [oneRow(' ')],
    [oneRow('')],
    [pair(again, hard), pair(good, easy)],
    [again, hard, good, easy].map((s) => row([s])),
  ];
  return layouts.find((rows) => rows.every((l) => lineWidth(l) <= width)) ?? layouts.at(-1)!;
}
