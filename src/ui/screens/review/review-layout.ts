// What the review screen draws, as a pure function of the review state: the header, the
// card's lines, the status lines and the frame options. The screen draws it; the layout
// tests check it for every built-in card at every accepted size.
import type { Deck } from '../../../content/types.js';
import { currentCard, displayOrder, stepOf } from '../../../session/review.js';
import type { Rating, ReviewState } from '../../../session/review.js';
import type { Preview } from '../../../session/trainer.js';
import { padEnd, stringWidth, truncateEnd } from '../../../text/width.js';
import type { FrameRequest } from '../../hooks/use-frame.js';
import type { Scope } from '../../keymap.js';
import { cardLines } from '../../layout/card-lines.js';
import { line, textLines } from '../../layout/lines.js';
import type { Line, Span, Tone } from '../../layout/lines.js';
import type { Strings } from '../../strings.js';

export type ReviewView = {
  readonly state: ReviewState;
  readonly decks: readonly Deck[];
  readonly preview: Preview | undefined;
  readonly saveError: string | undefined;
  readonly width: number;
  readonly t: Strings;
};

export function reviewFrame({
  state,
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
      body: [
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
      headerLine(
        [deck?.title, card.section].filter(Boolean).join(' › '),
        t.cardOf(state.index + 1, state.queue.length),
        width,
      ),
    ],
    body: layout.lines,
    status: [...layout.verdict, ...saving, ...bar],
    scopes,
    ...(step === 'typing' ? { text: true } : {}),
    resetKey: `${state.index}:${card.id}:${state.phase}`,
    ...(focus ? { focus, focusTop: layout.lines[focus.row]?.role === 'figure' } : {}),
    // While the question is open, its prompt and options stay in view under the diagram.
    ...(state.phase === 'question' && layout.afterFigure > 0 ? { pin: layout.afterFigure } : {}),
  };
}

/** One line: the breadcrumb, cut to leave room for the card counter on the right. */
function headerLine(left: string, right: string, width: number): Line {
  const room = Math.max(0, width - stringWidth(right) - 1);
  return line('header', {
    text: `${padEnd(truncateEnd(left, room), room)} ${right}`,
    tone: 'muted',
  });
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
    const label = `${r} ${names[r]} ${preview.outcomes[r].label}`.trimEnd();
    const text = on ? `[${label}]` : ` ${label} `;
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
