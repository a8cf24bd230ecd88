// Fill-the-blank drills on the sequence diagrams: one card per part of a scenario that can be hidden
// (a segment label, or the state a side enters). One scenario's cards share a note, so they are
// siblings and never come up on the same day.
import type { ChoiceCard, Lang } from '../content/types.js';
import { GENERATED } from '../content/types.js';
import { asOptions } from './drill-options.js';
import { CONFUSABLE, pickOptions, segmentMutations } from './distractors.js';
import { renderSequence } from './render-sequence.js';
import { SCENARIOS, blankAnswer, blankableParts, segmentLabel, sideName } from './scenarios.js';
import type { Blank, Scenario } from './scenarios.js';
import { isTcpState } from './states.js';
import { TRANSITIONS } from './transitions.js';
import { LINUX_KEEPS_FROM } from './fsm-drills.js';

export const SEQUENCE_DECK_ID = 'sequence-drills';

function prompt(scenario: Scenario, blank: Blank, lang: Lang): string {
  if (blank.part === 'segment') {
    return lang === 'zh'
      ? `第 ${blank.step} 步的箭头上 [ ? ] 处是哪个报文段？`
      : `Step ${blank.step}: which segment goes where the arrow shows [ ? ]?`;
  }
  const side = sideName(scenario, blank.part === 'clientState' ? 'client' : 'server', lang);
  return lang === 'zh'
    ? `第 ${blank.step} 步：${side}此时处于什么状态（[ ? ] 处）？`
    : `Step ${blank.step}: which state is the ${side.toLowerCase()} in at [ ? ]?`;
}

/** The rule behind a hidden state, e.g. `F16 (FIN-WAIT-2 → TIME-WAIT), RFC 9293 §…`. */
function ruleLine(scenario: Scenario, blank: Blank, lang: Lang): string | undefined {
  if (blank.part === 'segment') return undefined;
  const step = scenario.steps[blank.step - 1];
  const id = blank.part === 'clientState' ? step?.rows?.client : step?.rows?.server;
  const row = TRANSITIONS.find((r) => r.id === id);
  if (row === undefined) return undefined;
  const from = row.from === 'any' ? '任意状态' : row.from;
  const to = row.to === 'same' ? '状态不变' : row.to;
  return lang === 'zh'
    ? `规则：${row.id}（${from}，${row.zh.event} → ${to}）。`
    : `Rule: ${row.id} (${row.from}, ${row.en.event} → ${row.to}).`;
}

function options(scenario: Scenario, blank: Blank, answer: string, id: string): string[] {
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

export function sequenceDrill(
  scenario: Scenario,
  blank: Blank,
  lang: Lang,
): ChoiceCard | undefined {
  const answer = blankAnswer(scenario, blank);
  if (answer === undefined) return undefined;
  const id = `seq-${scenario.id}-${blank.step}-${blank.part}`;
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
