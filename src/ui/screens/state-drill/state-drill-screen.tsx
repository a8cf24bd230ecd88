import { useMemo, useReducer } from 'react';
import type { Card, ChoiceCard } from '../../../content/types.js';
import {
  currentCard,
  isRight,
  startDrill,
  stateDrillReducer,
} from '../../../session/state-drill.js';
import { FSM_DECK_ID, keptState } from '../../../tcp/fsm-drills.js';
import { arcText, arcsAround, markState, rowOfCard } from '../../../tcp/fsm-neighbourhood.js';
import { renderStateDiagram } from '../../../tcp/render-state-diagram.js';
import type { TcpState } from '../../../tcp/states.js';
import { isStateChange } from '../../../tcp/transitions.js';
import { useAppContext } from '../../app-context.js';
import { Frame } from '../../components/frame.js';
import { useDrillGrade } from '../../hooks/use-drill-grade.js';
import { useFrame } from '../../hooks/use-frame.js';
import { useKeys } from '../../hooks/use-keys.js';
import type { Scope } from '../../keymap.js';
import { line, stack, textLines } from '../../layout/lines.js';
import type { Line, Span } from '../../layout/lines.js';
import { drillStrings } from './state-drill-strings.js';
import { citeIn } from '../../../content/cite.js';

// Picking works while a question waits; going on only once it is answered.
const ASKING: readonly Scope[] = ['state-drill', 'global'];
const CHECKED: readonly Scope[] = ['state-checked', 'global'];
const OVER: readonly Scope[] = ['drill-over', 'global'];
/** Rows from which the whole diagram is shown at the start (it is about 36 lines tall). */
const WHOLE_FROM_ROWS = 50;
/** New questions in one round, after the due ones. */
const NEW_PER_ROUND = 10;

/**
 * The whole Figure 5 diagram, the current state's box in inverse video as well as marked;
 * after an answer, the box the arc leads to as well, in the tone of a right answer.
 */
function diagramLines(
  state: TcpState,
  next: TcpState | undefined,
  answered: boolean,
  lang: 'en' | 'zh',
  width: number,
): Line[] {
  const d = renderStateDiagram({
    highlight: state,
    // Before the answer the arcs out of the state keep their labels to themselves.
    ...(next ? { target: next } : {}),
    masked: !answered,
    lang,
    proseWidth: width,
  });
  const marks = [
    ...(d.highlight ? [{ ...d.highlight, tone: 'accent' as const }] : []),
    ...(d.target ? [{ ...d.target, tone: 'good' as const }] : []),
  ];
  return d.text.split('\n').map((text, i) => {
    const here = marks.filter((m) => m.line === i).sort((a, b) => a.start - b.start);
    if (here.length === 0)
      return { role: 'figure', verbatim: true, spans: [{ text, tone: 'code' }] } as Line;
    const chars = [...text];
    const spans: Span[] = [];
    let at = 0;
    for (const m of here) {
      spans.push({ text: chars.slice(at, m.start).join(''), tone: 'code' });
      spans.push({
        text: chars.slice(m.start, m.end).join(''),
        tone: m.tone,
        bold: true,
        inverse: true,
      });
      at = m.end;
    }
    spans.push({ text: chars.slice(at).join(''), tone: 'code' });
    return { role: 'figure', verbatim: true, spans };
  });
}

/**
 * The state-machine drill:
 *
 *   State machine · question 1 of 20 · 0/0 right
 *
 *   You are in >[ SYN-SENT ]<
 *   Arcs in:   CLOSED -- the application does an active OPEN / SYN --> SYN-SENT
 *   Arcs out:  -> SYN-RECEIVED, ESTABLISHED, CLOSED
 *
 *   In SYN-SENT, a SYN,ACK arrives — …. Which state comes next, and what does it send?
 *   1. ESTABLISHED · sends nothing
 *   2. ESTABLISHED · sends ACK
 *   3. …
 *
 * After the pick: right or wrong, the arc taken, the explanation (the segment sent, the Linux
 * note) and the RFC section. `v` shows the whole diagram instead of the neighbourhood; there
 * the answer marks the box the arc leads to as well.
 */
export function StateDrillScreen() {
  const { trainer, lang, width, rows, navigate } = useAppContext();
  const t = drillStrings(lang);
  // Due fsm cards first, then new ones: scheduled by FSRS like any card.
  const cards = useMemo(() => {
    const fsm = (c: Card): c is ChoiceCard => c.deck === FSM_DECK_ID && c.type === 'choice';
    const due = trainer.queue('due').filter(fsm);
    const fresh = trainer
      .queue('deck', FSM_DECK_ID)
      .filter((c) => fsm(c) && trainer.tally([c]).new === 1)
      .filter(fsm)
      .slice(0, NEW_PER_ROUND);
    return [...due, ...fresh];
  }, [trainer]);
  const [drill, dispatch] = useReducer(
    stateDrillReducer,
    startDrill(cards, rows >= WHOLE_FROM_ROWS),
  );
  const { grade, shown, problem } = useDrillGrade(t.notSaved);
  const card = currentCard(drill);
  const row = card ? rowOfCard(card.id) : undefined;
  const answered = drill.picked !== undefined;
  const right = isRight(drill);

  const header = [
    line(
      'header',
      { text: t.title, tone: 'title', bold: true },
      {
        text: card
          ? ` · ${t.progress(drill.index + 1, drill.cards.length, drill.right, drill.answered)}`
          : '',
        tone: 'muted',
      },
    ),
  ];
  let body: Line[] = [];
  let pin = 0;
  if (!card || !row) {
    body = textLines(
      drill.answered > 0 ? t.done(drill.right, drill.answered) : t.empty,
      width,
      'status',
    );
  } else {
    const state = isStateChange(row) ? row.from : keptState(row);
    const from: TcpState = state === 'any' ? 'ESTABLISHED' : state;
    const where = line(
      'title',
      { text: `${t.youAreIn} ` },
      { text: markState(from), tone: 'accent', bold: true, inverse: true },
    );
    const arcs = arcsAround(from);
    // Wrapped, not cut: at 40 columns an arc's words are longer than the screen.
    const arcLine = (text: string, taken: boolean): Line[] =>
      textLines(text, width, 'figure', {
        tone: taken ? 'good' : 'code',
        lead: [{ text: taken ? '▶ ' : '  ', tone: taken ? 'good' : 'code', bold: taken }],
        bold: taken,
      });
    // Figure 5's own arcs in; the ABORT/RST/timeout rows into CLOSED are only counted.
    const into = arcs.filter((a) => a.direction === 'in');
    const drawn = into.filter((a) => a.row.kind !== 'event');
    const outTargets = [...new Set(arcs.filter((a) => a.direction === 'out').map((a) => a.row.to))];
    const around = answered
      ? [where]
      : [
          where,
          ...textLines(t.arcsIn, width, 'figure', { tone: 'muted' }),
          ...drawn.flatMap((a) => arcLine(arcText(a, lang, false), false)),
          ...(into.length > drawn.length
            ? textLines(t.moreIn(into.length - drawn.length), width, 'figure', {
                tone: 'muted',
                lead: [{ text: '  ' }],
              })
            : []),
          ...textLines(t.arcsOut, width, 'figure', { tone: 'muted' }),
          ...textLines(outTargets.join(', '), width, 'figure', {
            tone: 'code',
            lead: [{ text: '  -> ', tone: 'code' }],
          }),
        ];
    const next = answered && isStateChange(row) ? row.to : undefined;
    const figure = drill.whole
      ? [where, ...diagramLines(from, next, answered, lang, width)]
      : around;
    const options = card.options.map((o, i) => {
      const mark = !answered ? '  ' : o.correct ? '✓ ' : drill.picked === i ? '✗ ' : '  ';
      const tone = !answered
        ? undefined
        : o.correct
          ? 'good'
          : drill.picked === i
            ? 'bad'
            : 'muted';
      return line('option', { text: `${mark}${i + 1}. ${o.text}`, ...(tone ? { tone } : {}) });
    });
    const question = [...textLines(card.prompt, width, 'prompt', { tone: 'text' }), ...options];
    const answer = card.options.find((o) => o.correct)?.text ?? '';
    const after: Line[] = answered
      ? [
          line(
            'verdict',
            right
              ? { text: t.right, tone: 'good', bold: true }
              : { text: t.wrong(answer), tone: 'bad', bold: true },
          ),
          ...(isStateChange(row)
            ? [
                line('answer', { text: t.taken, tone: 'muted' }),
                ...arcLine(arcText({ row, direction: 'out' }, lang, false), true),
              ]
            : [line('answer', { text: t.keeps, tone: 'muted' })]),
          ...textLines(card.explain ?? '', width, 'explain'),
          line(
            'source',
            { text: t.source, tone: 'muted' },
            { text: citeIn(card.source, lang), tone: 'muted' },
          ),
        ]
      : [];
    body = answered ? stack(figure, after, options) : stack(figure, question);
    pin = answered ? 0 : question.length;
  }
  const status = problem ? textLines(problem, width, 'status', { tone: 'warn' }) : [];
  const frame = useFrame({
    header,
    body,
    status,
    scopes: !card ? OVER : answered ? CHECKED : ASKING,
    resetKey: `${drill.index}:${answered}:${drill.whole}`,
    ...(pin > 0 ? { pin } : {}),
    ...(card ? { picks: card.options.length } : {}),
  });

  useKeys(frame.plan.scopes, ({ command, digit }) => {
    if (frame.scroll(command)) return true;
    switch (command) {
      case 'pick': {
        if (!card || answered || digit === undefined) return true;
        const option = digit - 1;
        if (option >= card.options.length) return true;
        grade(card, card.options[option]?.correct === true);
        dispatch({ type: 'pick', option });
        return true;
      }
      case 'next-card':
        if (!card) navigate({ type: 'home' });
        else if (answered) {
          dispatch({ type: 'next' });
          shown();
        }
        return true;
      case 'whole-diagram':
        dispatch({ type: 'toggle-diagram' });
        return true;
      case 'back':
      case 'home':
        navigate({ type: 'home' });
        return true;
      default:
        return false;
    }
  });
  return <Frame frame={frame} />;
}
