// What the sequence drill draws, as lines: pure, so every phase of every scenario can be
// checked for overlap and for answers given away without rendering.
//
//   Sequence diagrams · blank 2 of 5 · 1/1 right
//
//   Three-way handshake — RFC 9293 §3.5 Fig.6
//        Client                                              Server
//        CLOSED                                              LISTEN
//    1.  [✓SYN-SENT]   ------ [✓SYN seq=x] -------->          [ ? ]
//    2.  [ _ ]         <---------- [ _ ] ---------            ...
//
//   Step 1: which state is the server in at [ ? ]?
//   1. SYN-RECEIVED  2. …
//
// The blank being asked is `[ ? ]`, the ones still to come `[ _ ]`, the ones answered hold the
// right answer marked ✓ or ✗. Once the round is over the whole diagram is filled in.
import type { ChoiceCard, Lang } from '../../../content/types.js';
import {
  currentBlank,
  pickIsRight,
  roundCards,
  roundRight,
  sequencePhase,
} from '../../../session/sequence-drill.js';
import type { SequenceDrill } from '../../../session/sequence-drill.js';
import { BLANK, renderSequence } from '../../../tcp/render-sequence.js';
import { sideName } from '../../../tcp/scenarios.js';
import { blankExplanation, blankSource, placeOf } from '../../../tcp/sequence-drills.js';
import { stringWidth } from '../../../text/width.js';
import { fillBlanks } from '../../layout/blank-fill.js';
import type { BlankFill } from '../../layout/blank-fill.js';
import { line, stack, textLines } from '../../layout/lines.js';
import type { Line } from '../../layout/lines.js';
import { sequenceStrings } from './sequence-drill-strings.js';
import { citeIn } from '../../../content/cite.js';

/** A blank still to come: as wide as `[ ? ]`, so nothing moves when it is asked. */
export const PENDING = '[ _ ]';

export type SequenceView = {
  readonly header: readonly Line[];
  readonly body: readonly Line[];
  /** Lines at the end of the body kept in view under a diagram that scrolls. */
  readonly pin: number;
  /** Where the blank being asked is, to keep it in view (sideways too). */
  readonly focus?: { readonly row: number; readonly column: number; readonly size: number };
};

function answerOf(card: ChoiceCard): string {
  return card.options.find((o) => o.correct)?.text ?? '';
}

function filled(card: ChoiceCard, pick: number | undefined): BlankFill {
  const right = pickIsRight(card, pick);
  return {
    text: `[${right ? '✓' : '✗'}${answerOf(card)}]`,
    tone: right ? 'good' : 'bad',
    bold: true,
  };
}

/** The blank's fill for each card of the round, in reading order. */
function fillsOf(d: SequenceDrill): BlankFill[] {
  const over = sequencePhase(d) === 'round-over';
  return roundCards(d).map((card, i): BlankFill => {
    if (i < d.picks.length) return filled(card, d.picks[i]);
    if (i === d.at && !over) return { text: BLANK, tone: 'accent', bold: true, inverse: true };
    return { text: PENDING, tone: 'muted' };
  });
}

function figure(d: SequenceDrill, lang: Lang): { lines: Line[]; focus?: SequenceView['focus'] } {
  const cards = roundCards(d);
  const first = cards[0] && placeOf(cards[0].id);
  if (!first) return { lines: [] };
  const blanks = cards.flatMap((c) => placeOf(c.id)?.blank ?? []);
  const fills = fillsOf(d);
  const lines = fillBlanks(
    renderSequence(first.scenario, { lang, blanks, summary: false, roomForMarks: true }),
    fills,
  );
  const target = fills[Math.min(d.at, fills.length - 1)];
  for (const [row, l] of lines.entries()) {
    let column = 0;
    for (const span of l.spans) {
      if (span === target) return { lines, focus: { row, column, size: stringWidth(span.text) } };
      column += stringWidth(span.text);
    }
  }
  return { lines };
}

function optionLines(card: ChoiceCard, pick: number | undefined): Line[] {
  return card.options.map((o, i) => {
    if (pick === undefined) return line('option', `  ${i + 1}. ${o.text}`);
    const mark = o.correct ? '✓ ' : pick === i ? '✗ ' : '  ';
    const tone = o.correct ? 'good' : pick === i ? 'bad' : 'muted';
    return line('option', { text: `${mark}${i + 1}. ${o.text}`, tone });
  });
}

export function sequenceDrillView(d: SequenceDrill, lang: Lang, width: number): SequenceView {
  const t = sequenceStrings(lang);
  const phase = sequencePhase(d);
  const cards = roundCards(d);
  const card = currentBlank(d);
  const shownAt = Math.min(d.at + 1, cards.length);
  const header = [
    line(
      'header',
      { text: t.title, tone: 'title', bold: true },
      {
        text:
          phase === 'done' ? '' : ` · ${t.progress(shownAt, cards.length, d.right, d.answered)}`,
        tone: 'muted',
      },
    ),
  ];
  if (phase === 'done') {
    const text = d.answered > 0 ? t.done(d.right, d.answered) : t.empty;
    return { header, body: textLines(text, width, 'status'), pin: 0 };
  }
  const { lines: diagram, focus } = figure(d, lang);
  const place = placeOf((card ?? cards[0])!.id)!;
  const source = (text: string) =>
    line('source', { text: t.source, tone: 'muted' }, { text: citeIn(text, lang), tone: 'muted' });

  if (phase === 'round-over') {
    const missed = cards.flatMap((c, i) => {
      const pick = d.picks[i];
      const where = placeOf(c.id);
      if (pickIsRight(c, pick) || !where) return [];
      const side = where.blank.part === 'clientState' ? 'client' : 'server';
      const part = t.part(where.blank.step, where.blank.part, sideName(where.scenario, side, lang));
      const picked = pick === undefined ? '' : (c.options[pick]?.text ?? '');
      return textLines(t.missed(part, picked, answerOf(c)), width, 'answer', { tone: 'bad' });
    });
    const tally = line('verdict', {
      text: t.roundOver(roundRight(d), cards.length),
      tone: missed.length === 0 ? 'good' : 'text',
      bold: true,
    });
    const summary = [
      ...textLines(place.scenario.summary[lang], width, 'explain'),
      source(place.scenario.source),
    ];
    return { header, body: stack(diagram, [tally, ...missed], summary), pin: 0 };
  }

  if (!card) return { header, body: diagram, pin: 0 };
  const pick = phase === 'answered' ? d.picks[d.at] : undefined;
  const options = optionLines(card, pick);
  if (phase === 'question') {
    const question = [...textLines(card.prompt, width, 'prompt', { tone: 'text' }), ...options];
    return {
      header,
      body: stack(diagram, question),
      pin: question.length,
      ...(focus ? { focus } : {}),
    };
  }
  const right = pickIsRight(card, pick);
  const verdict = [
    line(
      'verdict',
      right
        ? { text: t.right, tone: 'good', bold: true }
        : { text: t.wrong(answerOf(card)), tone: 'bad', bold: true },
    ),
  ];
  const explained = [
    ...textLines(blankExplanation(place.scenario, place.blank, lang), width, 'explain'),
    source(blankSource(place.scenario, place.blank)),
  ];
  return {
    header,
    body: stack(diagram, verdict, explained, options),
    pin: 0,
    ...(focus ? { focus } : {}),
  };
}
