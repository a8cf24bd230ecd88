// A simulator run as text: a two-lane sequence diagram in the style of the RFC's figures.
// `-->` at a host is a segment leaving or reaching it, `...` is the wire (the segment is
// still in flight), and X is a segment lost on the way. Each step is its script line, the
// rows it took, and the states of A and B after it. At most 80 columns.
import type { Lang } from '../../content/types.js';
import { padEnd, stringWidth, wrap } from '../../text/width.js';
import { MAX_WIDTH } from '../render-sequence.js';
import { SAME_STATE_RULES, STATE_CHANGES } from '../transitions.js';
import type { HostName, SimSegment } from './segment.js';
import { segmentText } from './segment.js';
import type { SimStep, SimTrace } from './simulator.js';

const INDENT = 5;
const STATE_W = 13;
const LANE_W = 48;

const TEXT = {
  en: {
    host: (h: HostName) => `Host ${h}`,
    time: (s: string) => `t=${s} s`,
    inFlight: (n: number) =>
      n === 0 ? 'Nothing is in flight at the end.' : `Still in flight at the end: ${n}.`,
    visited: (changes: number, all: number, same: number, allSame: number) =>
      `Visited ${changes} of the ${all} state changes and ${same} of the ${allSame} rules that keep the state.`,
    events: {} as Record<string, string>,
  },
  zh: {
    host: (h: HostName) => `主机 ${h}`,
    time: (s: string) => `t=${s} 秒`,
    inFlight: (n: number) => (n === 0 ? '结束时网络中没有报文段。' : `结束时仍在途中：${n} 个。`),
    visited: (changes: number, all: number, same: number, allSame: number) =>
      `走过 ${all} 个状态变化中的 ${changes} 个，${allSame} 条保持状态的规则中的 ${same} 条。`,
    events: {
      'connection does not exist': '连接不存在',
      'connection already exists': '连接已存在',
      'connection closing': '连接正在关闭',
      closing: '正在关闭',
      'connection reset': '连接被重置',
      'connection refused': '连接被拒绝',
      'connection aborted due to user timeout': '用户超时，连接中止',
      'nothing in flight': '网络中没有报文段',
    } as Record<string, string>,
  },
} as const;

/** A user call's answer (`connection does not exist`) in the learner's language. */
export function eventWords(event: string, lang: Lang): string {
  return TEXT[lang].events[event] ?? event;
}

function row(left: string, lane: string, right: string): string {
  return (
    ' '.repeat(INDENT) +
    padEnd(left, STATE_W) +
    padEnd(lane, LANE_W) +
    ' ' +
    right
  ).trimEnd();
}

export type LaneMove = 'leaves' | 'arrives' | 'lost' | 'waits';

/**
 * A's side is on the left: `-->`/`<--` sit at the host the segment leaves or reaches. The
 * playground draws its lanes with this too, at its own width.
 */
export function lane(segment: SimSegment, at: LaneMove, laneW: number = LANE_W): string {
  const label = segmentText(segment);
  const inner = laneW - 8;
  const mid = stringWidth(label) < inner ? padEnd(label, inner) : label;
  const toB = segment.to === 'B';
  switch (at) {
    case 'leaves':
      return toB ? `--> ${mid} ...` : `... ${mid} <--`;
    case 'arrives':
      return toB ? `... ${mid} -->` : `<-- ${mid} ...`;
    case 'lost':
      return toB ? `... ${mid}  X` : `X   ${mid} ...`;
    case 'waits':
      return `... ${mid} ...`;
  }
}

function seconds(ms: number): string {
  return (ms / 1000).toString();
}

function stepLines(step: SimStep, lang: Lang): string[] {
  const t = TEXT[lang];
  const head = `${String(step.line).padStart(3)}  ${step.do}${step.do.startsWith('wait') ? `  (${t.time(seconds(step.time))})` : ''}`;
  const ids = [...new Set(step.rows)].join(' ');
  const gap = MAX_WIDTH - stringWidth(head) - stringWidth(ids);
  const lines = [ids === '' ? head : gap >= 2 ? head + ' '.repeat(gap) + ids : `${head}  ${ids}`];
  for (const event of step.events) {
    const words = eventWords(event, lang);
    lines.push(' '.repeat(INDENT) + (lang === 'zh' ? `（${words}）` : `(${words})`));
  }
  const lanes: string[] = [];
  if (step.delivered) lanes.push(lane(step.delivered, 'arrives'));
  if (step.dropped) lanes.push(lane(step.dropped, 'lost'));
  if (step.delayed) lanes.push(lane(step.delayed, 'waits'));
  for (const segment of step.sent) lanes.push(lane(segment, 'leaves'));
  if (lanes.length === 0) lanes.push('');
  lanes.forEach((l, i) => {
    const last = i === lanes.length - 1;
    const right = last ? step.states.B : '';
    // A label too long for the lane (10-digit numbers and a length) pushes B's state down a line.
    if (stringWidth(l) > LANE_W && right !== '') {
      lines.push(row(last ? step.states.A : '', l, ''), row('', '', right));
    } else lines.push(row(last ? step.states.A : '', l, right));
  });
  return lines;
}

export function renderTrace(trace: SimTrace, lang: Lang): string {
  const t = TEXT[lang];
  const visited = new Set(trace.visited);
  const changes = STATE_CHANGES.filter((r) => visited.has(r.id)).length;
  const same = SAME_STATE_RULES.filter((r) => visited.has(r.id)).length;
  const lines = [
    row(t.host('A'), '', t.host('B')),
    row('CLOSED', '', 'CLOSED'),
    ...trace.steps.flatMap((step) => stepLines(step, lang)),
    '',
    ...wrap(t.inFlight(trace.steps.at(-1)?.inFlight.length ?? 0), MAX_WIDTH),
    ...wrap(t.visited(changes, STATE_CHANGES.length, same, SAME_STATE_RULES.length), MAX_WIDTH),
  ];
  return lines.join('\n') + '\n';
}
