// A card and where it stands (question or answer, what was typed or picked) as the lines
// to draw at a width. This is the only model of the card on screen: the card view draws
// these lines, and the frame measures and scrolls the same lines.
import type { Card } from '../../content/types.js';
import type { Verdict } from '../../session/review.js';
import { findClozes } from '../../content/cloze.js';
import {
  acceptedAnswers,
  answerMode,
  choices,
  figureOf,
  isRightChoice,
} from '../../session/card-kind.js';
import { BLANK } from '../../tcp/render-sequence.js';
import { makeRoom } from './blank-fill.js';
import { stringWidth } from '../../text/width.js';
import type { Strings } from '../strings.js';
import { CLOZE_CLOSE, CLOZE_OPEN, wrapSpans } from './inline.js';
import { line, stack, textLines, verbatimSpans } from './lines.js';
import type { Line, Span } from './lines.js';
import { citeIn } from '../../content/cite.js';

/** What the card view needs of the review state. */
export type CardSide = {
  readonly revealed: boolean;
  readonly typed: string;
  /** Picked positions, in displayed order. */
  readonly picked: readonly number[];
  /** Display order: `order[position]` is an index into `choices(card)`. */
  readonly order: readonly number[];
  readonly verdict?: Verdict;
};

export type CardLayout = {
  readonly lines: readonly Line[];
  /** Row and column of the blank (a diagram's `[ ? ]`, a cloze gap), to keep it in view. */
  readonly focus?: { readonly row: number; readonly column: number; readonly size: number };
  /** Lines after the diagram (the prompt and what follows): 0 when there is no diagram. */
  readonly afterFigure: number;
  /**
   * `✓ right`, `✗ wrong` or `≈ almost`, once a checked answer is shown: drawn with the grade
   * bar, so it is in view however far the card scrolls.
   */
  readonly verdict: readonly Line[];
};

export function cardLines(card: Card, side: CardSide, width: number, t: Strings): CardLayout {
  const figure = figureLines(card, side);
  const lines = stack(
    figure,
    promptLines(card, side, width),
    responseLines(card, side, width, t),
    side.revealed ? solutionLines(card, side, width, t) : [],
    side.revealed && card.explain
      ? [
          line('explain', { text: t.why, tone: 'muted' }),
          ...textLines(card.explain, width, 'explain'),
        ]
      : [],
    side.revealed
      ? textLines(`${t.source}${citeIn(card.source, card.lang)}`, width, 'source', {
          tone: 'muted',
        })
      : [],
  );
  return {
    lines,
    ...focusOf(lines),
    afterFigure: figure.length > 0 ? lines.length - figure.length - 1 : 0,
    verdict: side.revealed ? verdictLines(side, t) : [],
  };
}

/** The diagram; once answered, its blank holds the right answer. */
function figureLines(card: Card, side: CardSide): Line[] {
  const figure = figureOf(card);
  if (!figure) return [];
  const answer = choices(card).find((_, i) => isRightChoice(card, i));
  return figure.split('\n').map((raw) => ({
    role: 'figure',
    verbatim: true,
    spans: verbatimSpans(markBlank(raw, side.revealed ? answer : undefined)),
  }));
}

/**
 * The blank marked as a gap, or filled with `answer` as `[answer]`. The fill takes its room
 * from the spaces or dashes after the blank (then before it), so the columns stay put.
 */
export function markBlank(raw: string, answer: string | undefined): string {
  const at = raw.indexOf(BLANK);
  if (at < 0) return raw;
  const fill = answer === undefined ? BLANK : `[${answer}]`;
  const [before, after] = makeRoom(
    raw.slice(0, at),
    raw.slice(at + BLANK.length),
    stringWidth(fill) - BLANK.length,
  );
  return `${before}${CLOZE_OPEN}${fill}${CLOZE_CLOSE}${after}`;
}

function promptLines(card: Card, side: CardSide, width: number): Line[] {
  if (card.type !== 'cloze') return textLines(keepBlank(card.prompt), width, 'prompt');
  return textLines(clozeText(card.text, card.index, side.revealed), width, 'prompt');
}

/** `[ ? ]` in prose is one unbreakable word. */
function keepBlank(text: string): string {
  return text.split(BLANK).join(BLANK.replace(/ /g, '\u00a0'));
}

/**
 * A cloze for one group: the active gap is `[…]` (or `[hint]`), `[answer]` once revealed,
 * marked so that it stands out; every other group shows its answer.
 */
export function clozeText(text: string, active: number, revealed: boolean): string {
  let out = '';
  let at = 0;
  for (const c of findClozes(text)) {
    out += text.slice(at, c.start);
    if (c.index !== active) out += c.answer;
    else {
      const shown = revealed ? c.answer : (c.hint ?? '…');
      out += `${CLOZE_OPEN}[${shown}]${CLOZE_CLOSE}`;
    }
    at = c.end;
  }
  return out + text.slice(at);
}

function responseLines(card: Card, side: CardSide, width: number, t: Strings): Line[] {
  switch (answerMode(card)) {
    case 'reveal':
      return [];
    case 'type': {
      // Shown with nothing typed (browsing, or given up): no empty "Your answer:" row.
      if (side.revealed && side.typed === '') return [];
      const typed: Span = { text: side.typed, tone: 'accent' };
      const spans: Span[] = [{ text: t.yourAnswer, tone: 'muted' }, typed];
      if (!side.revealed) spans.push({ text: `▏ ${t.typeHere}`, tone: 'muted' });
      return wrapRow('response', spans, width);
    }
    case 'pick-one':
      return [
        ...side.order.flatMap((index, position) => {
          const picked = side.picked.includes(position);
          const right = isRightChoice(card, index);
          const [mark, tone] = !side.revealed
            ? [picked ? '›' : ' ', undefined]
            : right
              ? ['✓', 'good' as const]
              : picked
                ? ['✗', 'bad' as const]
                : [' ', undefined];
          const lead: Span = { text: `${mark} ${position + 1}. `, ...(tone ? { tone } : {}) };
          return textLines(choices(card)[index] ?? '', width, 'option', {
            lead: [lead],
            ...(tone ? { tone } : {}),
          });
        }),
        ...(side.revealed ? [] : [line('instruction', { text: t.pickOne, tone: 'muted' })]),
      ];
    case 'pick-order':
      return [
        ...side.order.flatMap((index, position) => {
          const rank = side.picked.indexOf(position);
          const tag = rank >= 0 ? `[${rank + 1}]` : '[ ]';
          // Shown with nothing picked (read in the card list, or given up): no verdicts to mark.
          const lead: Span = !side.revealed
            ? {
                text: `${tag} ${position + 1}. `,
                ...(rank >= 0 ? { tone: 'accent' as const } : {}),
              }
            : side.picked.length === 0
              ? { text: `${position + 1}. ` }
              : rank === index
                ? { text: `✓${tag} ${position + 1}. `, tone: 'good' }
                : { text: `✗${tag} ${position + 1}. `, tone: 'bad' };
          return textLines(choices(card)[index] ?? '', width, 'option', { lead: [lead] });
        }),
        ...(side.revealed ? [] : [line('instruction', { text: t.pickOrder, tone: 'muted' })]),
      ];
  }
}

function verdictLines(side: CardSide, t: Strings): Line[] {
  const v = side.verdict;
  if (!v) return [];
  return [
    line('verdict', {
      text: v.correct ? t.right : v.near ? t.near : v.gaveUp ? t.gaveUp : t.wrong,
      tone: v.correct ? 'good' : v.near ? 'warn' : 'bad',
      bold: true,
    }),
  ];
}

/** Whatever the learner still needs to see of the right answer. */
function solutionLines(card: Card, side: CardSide, width: number, t: Strings): Line[] {
  switch (answerMode(card)) {
    case 'reveal':
      return card.type === 'cloze'
        ? []
        : [line('answer', { text: t.answer, tone: 'muted' }), ...answerText(card, width)];
    case 'type': {
      const right = side.verdict?.correct === true;
      return [
        ...wrapRow(
          'answer',
          [
            { text: right ? t.accepted : t.expected, tone: 'muted' },
            { text: acceptedAnswers(card).join('  |  '), tone: 'good' },
          ],
          width,
        ),
      ];
    }
    case 'pick-one': {
      // The right option is already marked ✓; a diagram has it filled in as well.
      const picked = side.picked[0];
      const index = picked === undefined ? undefined : side.order[picked];
      const wrongOnFigure =
        figureOf(card) !== undefined && side.verdict?.correct === false && index !== undefined;
      return wrongOnFigure
        ? textLines(t.youPicked(choices(card)[index] ?? ''), width, 'answer', { tone: 'muted' })
        : [];
    }
    case 'pick-order':
      if (side.verdict?.correct !== false) return [];
      return [
        line('answer', { text: t.rightOrder, tone: 'muted' }),
        ...choices(card).flatMap((item, i) =>
          textLines(item, width, 'answer', { lead: [{ text: `${i + 1}. `, tone: 'good' }] }),
        ),
      ];
  }
}

function answerText(card: Card, width: number): Line[] {
  return card.type === 'basic' || card.type === 'reversed'
    ? textLines(card.answer, width, 'answer')
    : [];
}

/** Spans laid out as wrapped prose (the typed answer may be long). */
function wrapRow(role: Line['role'], spans: readonly Span[], width: number): Line[] {
  return wrapSpans(spans, width).map((r) => ({ role, spans: r }));
}

/** The first marked gap: where the eye (and the scroll) should go. */
function focusOf(lines: readonly Line[]): Pick<CardLayout, 'focus'> {
  for (let row = 0; row < lines.length; row++) {
    let column = 0;
    for (const span of lines[row]!.spans) {
      if (span.tone === 'cloze') return { focus: { row, column, size: stringWidth(span.text) } };
      column += stringWidth(span.text);
    }
  }
  return {};
}
