// Fill-the-blank drills on the sequence diagrams: one card per part of a scenario that can be hidden
// (a segment label, or the state a side enters). One scenario's cards share a note, so they are
// siblings and never come up on the same day.
import type { ChoiceCard, Lang } from '../content/types.js';
import { GENERATED } from '../content/types.js';
import { asOptions } from './drill-options.js';
import {
  CONFUSABLE,
  FLAG_SWAPS,
  bump,
  nudge,
  pickOptions,
  segmentMutations,
} from './distractors.js';
import { renderSequence } from './render-sequence.js';
import {
  SCENARIOS,
  blankAnswer,
  blankableParts,
  isField,
  onArrow,
  segmentLabel,
  sideName,
} from './scenarios.js';
import type { Blank, Scenario, Side } from './scenarios.js';
import { isTcpState } from './states.js';
import { TRANSITIONS } from './transitions.js';
import type { Transition } from './transitions.js';
import { LINUX_KEEPS_FROM } from './fsm-drills.js';

export const SEQUENCE_DECK_ID = 'sequence-drills';

function prompt(scenario: Scenario, blank: Blank, lang: Lang): string {
  if (blank.part === 'segment') {
    return lang === 'zh'
      ? `第 ${blank.step} 步的箭头上 [ ? ] 处是哪个报文段？`
      : `Step ${blank.step}: which segment goes where the arrow shows [ ? ]?`;
  }
  if (isField(blank.part)) {
    const en = { flags: 'which control bits', seq: 'which seq', ack: 'which ack' }[blank.part];
    const zh = { flags: '哪些控制位', seq: '哪个 seq', ack: '哪个 ack' }[blank.part];
    return lang === 'zh'
      ? `第 ${blank.step} 步：箭头上 [ ? ] 处是${zh}？`
      : `Step ${blank.step}: ${en} goes on the arrow at [ ? ]?`;
  }
  const side = sideName(scenario, blank.part === 'clientState' ? 'client' : 'server', lang);
  return lang === 'zh'
    ? `第 ${blank.step} 步：${side}此时处于什么状态（[ ? ] 处）？`
    : `Step ${blank.step}: which state is the ${side.toLowerCase()} in at [ ? ]?`;
}

/** The model row behind a hidden state, if the blank hides one. */
function ruleOf(scenario: Scenario, blank: Blank): Transition | undefined {
  if (onArrow(blank.part)) return undefined;
  const step = scenario.steps[blank.step - 1];
  const id = blank.part === 'clientState' ? step?.rows?.client : step?.rows?.server;
  return TRANSITIONS.find((r) => r.id === id);
}

/**
 * The rule behind a hidden state, e.g. `Rule: in FIN-WAIT-2, a FIN arrives → TIME-WAIT.`
 * No row id: the learner never sees internal ids.
 */
function ruleLine(scenario: Scenario, blank: Blank, lang: Lang): string | undefined {
  const row = ruleOf(scenario, blank);
  if (row === undefined) return undefined;
  const { event, condition } = row[lang];
  if (lang === 'zh') {
    const from = row.from === 'any' ? '任意状态下' : `在 ${row.from} 状态下`;
    const to = row.to === 'same' ? '状态不变' : `进入 ${row.to}`;
    return `规则：${from}，${event}，${to}。${condition ? `条件：${condition}。` : ''}`;
  }
  const from = row.from === 'any' ? 'in any state' : `in ${row.from}`;
  const to = row.to === 'same' ? 'the state stays' : `→ ${row.to}`;
  return `Rule: ${from}, ${event} ${to}.${condition ? ` Condition: ${condition}.` : ''}`;
}

/** Where a blank's rule is written: the model row's section, else the scenario's figure. */
export function blankSource(scenario: Scenario, blank: Blank): string {
  return ruleOf(scenario, blank)?.source ?? scenario.source;
}

/** Why a hidden segment carries the numbers it does: the same two rules for every segment. */
function segmentLine(scenario: Scenario, blank: Blank, lang: Lang): string | undefined {
  const send = scenario.steps[blank.step - 1]?.send;
  if (!onArrow(blank.part) || send === undefined) return undefined;
  const other: Side = send.from === 'client' ? 'server' : 'client';
  const from = sideName(scenario, send.from, lang);
  const to = sideName(scenario, other, lang);
  const hasAck = send.segment.ack !== undefined;
  // A field of the label is explained alone: the rest of the label may still be blank.
  if (blank.part !== 'segment') return fieldLine(blank.part, from, to, lang);
  if (lang === 'zh') {
    return [
      `${from}发送 ${segmentLabel(send.segment)}。`,
      'seq 是这个报文段第一个序列号（SYN 和 FIN 各占一个序列号）；',
      hasAck ? `ack 是${from}期望从${to}收到的下一个序列号。` : 'ACK 位没有置上，所以没有 ack 号。',
    ].join('');
  }
  return [
    `The ${from.toLowerCase()} sends ${segmentLabel(send.segment)}.`,
    'seq is the number of its first byte (a SYN or a FIN takes one number of its own);',
    hasAck
      ? `ack is the next number the ${from.toLowerCase()} expects from the ${to.toLowerCase()}.`
      : 'the ACK bit is off, so it carries no ack number.',
  ].join(' ');
}

function fieldLine(part: Blank['part'], from: string, to: string, lang: Lang): string {
  if (lang === 'zh') {
    if (part === 'flags')
      return `控制位说明这个报文段的作用：SYN 开始连接，FIN 结束一个方向，RST 重置，ACK 表示 ack 号有效。`;
    if (part === 'seq')
      return 'seq 是这个报文段第一个序列号（SYN 和 FIN 各占一个序列号，纯 ACK 不占）。';
    return `ack 是${from}期望从${to}收到的下一个序列号：收到的最后一个序列号加一。`;
  }
  if (part === 'flags')
    return 'The control bits say what the segment does: SYN opens, FIN ends one direction, RST resets, ACK makes the ack number valid.';
  if (part === 'seq')
    return 'seq is the number of its first byte (a SYN or a FIN takes one number of its own, a bare ACK none).';
  return `ack is the next number the ${from.toLowerCase()} expects from the ${to.toLowerCase()}: one past the last number it received.`;
}

/**
 * What is said about one blank once it is answered: the rule behind a state, or how a
 * segment's numbers follow. Never the scenario's summary, which may tell other blanks.
 */
export function blankExplanation(scenario: Scenario, blank: Blank, lang: Lang): string {
  return ruleLine(scenario, blank, lang) ?? segmentLine(scenario, blank, lang) ?? '';
}

/** Wrong values for one field of a label: off by one, the other number, the wrong bits. */
function fieldOptions(scenario: Scenario, blank: Blank, answer: string, id: string): string[] {
  const segment = scenario.steps[blank.step - 1]?.send?.segment;
  const segments = scenario.steps.flatMap((s) => (s.send ? [s.send.segment] : []));
  if (blank.part === 'flags') {
    const bits = ['SYN', 'SYN,ACK', 'ACK', 'FIN,ACK', 'RST', 'RST,ACK', 'FIN'];
    return pickOptions(answer, id, {
      plausible: [
        ...(segment ? [FLAG_SWAPS[segment.flags] ?? ''] : []),
        ...segments.map((s) => s.flags),
      ],
      fallback: bits,
    });
  }
  const name = blank.part === 'seq' ? 'seq' : 'ack';
  const value = answer.slice(name.length + 1);
  const other = blank.part === 'seq' ? segment?.ack : segment?.seq;
  const numbers = segments.flatMap((s) => [s.seq, ...(s.ack === undefined ? [] : [s.ack])]);
  return pickOptions(answer, id, {
    plausible: [nudge(value), bump(value), ...(other ? [other] : [])].map((v) => `${name}=${v}`),
    fallback: [...numbers, 'x', 'y', 'x+1', 'y+1', 'x+2', 'y+2'].map((v) => `${name}=${v}`),
  });
}

function options(scenario: Scenario, blank: Blank, answer: string, id: string): string[] {
  if (isField(blank.part)) return fieldOptions(scenario, blank, answer, id);
  if (blank.part === 'segment') {
    const step = scenario.steps[blank.step - 1];
    const nearMisses = step?.send ? segmentMutations(step.send.segment) : [];
    // Then other labels of this scenario, then of any scenario (an abort has just one segment).
    const labels = (s: Scenario) =>
      s.steps.flatMap((st) => (st.send ? [segmentLabel(st.send.segment)] : []));
    return pickOptions(answer, id, {
      plausible: nearMisses,
      fallback: [...labels(scenario), ...SCENARIOS.flatMap(labels)],
    });
  }
  const inScenario = scenario.steps
    .flatMap((s) => [s.client, s.server])
    .filter((s) => s !== undefined);
  const confusable = isTcpState(answer) ? CONFUSABLE[answer] : [];
  // Where Linux's visible socket keeps its state (a listener stays LISTEN), that state is no wrong answer.
  const step = scenario.steps[blank.step - 1];
  const rule = blank.part === 'clientState' ? step?.rows?.client : step?.rows?.server;
  const from = TRANSITIONS.find((r) => r.id === rule)?.from;
  const keeps = rule !== undefined && LINUX_KEEPS_FROM.has(rule) && from !== undefined;
  return pickOptions(answer, id, {
    plausible: [...confusable, ...inScenario],
    exclude: keeps && from !== 'any' ? [from] : [],
  });
}

/** A blank's card id: stable, progress is stored under it. */
export function blankCardId(scenario: Scenario, blank: Blank): string {
  return `seq-${scenario.id}-${blank.step}-${blank.part}`;
}

export function sequenceDrill(
  scenario: Scenario,
  blank: Blank,
  lang: Lang,
): ChoiceCard | undefined {
  const answer = blankAnswer(scenario, blank);
  if (answer === undefined) return undefined;
  const id = blankCardId(scenario, blank);
  const rule = ruleLine(scenario, blank, lang);
  return {
    type: 'choice',
    id,
    note: `seq-${scenario.id}`,
    deck: SEQUENCE_DECK_ID,
    lang,
    topic: 'states',
    section: scenario.title[lang],
    source: scenario.source,
    explain: [scenario.summary[lang], ...(rule ? ['', rule] : [])].join('\n'),
    file: GENERATED,
    line: 0,
    prompt: prompt(scenario, blank, lang),
    figure: renderSequence(scenario, { lang, blank, summary: false }),
    options: asOptions(options(scenario, blank, answer, id), answer),
  };
}

/** Every blank of every scenario, scenario by scenario, in diagram order. */
export function sequenceDrills(lang: Lang): ChoiceCard[] {
  return SCENARIOS.flatMap((scenario) =>
    blankableParts(scenario).flatMap((blank) => sequenceDrill(scenario, blank, lang) ?? []),
  );
}

/** Where a blank sits in its diagram: the scenario and the part hidden. */
export type PlacedBlank = { readonly scenario: Scenario; readonly blank: Blank };

const PLACES: ReadonlyMap<string, PlacedBlank> = new Map(
  SCENARIOS.flatMap((scenario) =>
    blankableParts(scenario).map(
      (blank) => [blankCardId(scenario, blank), { scenario, blank }] as const,
    ),
  ),
);

/** The blank a sequence drill card hides, by card id (the same in both languages). */
export function placeOf(cardId: string): PlacedBlank | undefined {
  return PLACES.get(cardId);
}

const PART_ORDER: Readonly<Record<Blank['part'], number>> = {
  clientState: 0,
  segment: 1,
  flags: 2,
  seq: 3,
  ack: 4,
  serverState: 5,
};

/** Reading order in a diagram: row by row, left lane to right. */
export function byDrawingOrder(a: Blank, b: Blank): number {
  return a.step - b.step || PART_ORDER[a.part] - PART_ORDER[b.part];
}
