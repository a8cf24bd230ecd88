// The options of a state-machine drill: each names a next state and the segment sent, so a
// learner answers both halves of the row. The four options are a 2×2 grid, {right state, a
// tempting wrong one} × {right segment, a tempting wrong one}: every state and every segment
// is offered twice, so neither half, nor how often it repeats, points at the answer.
import type { Lang } from '../content/types.js';
import { hashId } from './distractors.js';
import type { Transition } from './transitions.js';

/** How an option says the `send` column; a value not listed is shown as written. */
const SENDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {
    '-': 'sends nothing',
    'ACK (challenge)': 'sends a challenge ACK',
    data: 'sends the data',
    retransmit: 'retransmits',
  },
  zh: {
    '-': '不发送',
    'ACK (challenge)': '发送挑战 ACK',
    data: '发送数据',
    retransmit: '重传',
  },
};

/** `sends SYN,ACK`, `sends nothing`: the control bits exactly as the model's send column. */
export function sendLabel(send: string, lang: Lang): string {
  return SENDS[lang][send] ?? (lang === 'zh' ? `发送 ${send}` : `sends ${send}`);
}

/** One option's text: `ESTABLISHED · sends ACK`. */
export function pairText(state: string, send: string, lang: Lang): string {
  return `${state} · ${sendLabel(send, lang)}`;
}

/** The segment learners put in place of each one when they have not got the rule. */
const NEAR_MISS: Readonly<Record<string, readonly string[]>> = {
  '-': ['ACK', 'RST'],
  SYN: ['SYN,ACK', '-'],
  'SYN,ACK': ['ACK', 'SYN'],
  ACK: ['-', 'FIN'],
  FIN: ['-', 'ACK'],
  RST: ['-', 'FIN'],
  'ACK (challenge)': ['RST', '-'],
  data: ['-', 'RST'],
  retransmit: ['-', 'RST'],
};

/**
 * Where Linux sends a segment the RFC row does not (the notes in words.en.md): offering it
 * as a wrong segment would mark a true Linux fact wrong.
 */
export const LINUX_ALSO_SENDS: Readonly<Record<string, readonly string[]>> = {
  E06: ['RST'], // tcp_check_req answers the SYN with a reset
  E07: ['ACK'], // Linux also ACKs the SYN,ACK of a simultaneous open
  S19: ['SYN,ACK'], // a retransmitted SYN gets the SYN,ACK again
};

/** The trap the event itself sets: answering an RST or an ABORT with a reset, a CLOSE with a FIN. */
function eventTraps(row: Transition): string[] {
  const { event, send } = row;
  if (send === '-') {
    if (event === 'ABORT' || event.startsWith('rcv RST') || event.startsWith('timeout'))
      return ['RST'];
    if (event === 'CLOSE') return ['FIN'];
    if (event === 'SEND') return ['data'];
    if (event === 'OPEN(passive)') return ['SYN'];
  }
  return [];
}

/** The most tempting segment that is wrong for `row`, on the RFC and on Linux alike. */
export function wrongSend(row: Transition): string {
  const linux = LINUX_ALSO_SENDS[row.id] ?? [];
  const candidates = [...eventTraps(row), ...(NEAR_MISS[row.send] ?? []), '-', 'ACK', 'RST'];
  // The fallbacks hold two distinct segments, so one of them always differs from the row's.
  return candidates.find((s) => s !== row.send && !linux.includes(s)) ?? '-';
}

/**
 * The grid of options for `answer` (state and segment), with `wrongState` and `wrongSegment`.
 * The seed orders the states and the segments, so the answer takes every position.
 */
export function pairOptions(
  answer: { readonly state: string; readonly send: string },
  wrong: { readonly state: string; readonly send: string },
  seed: string,
  lang: Lang,
): { readonly text: string; readonly correct: boolean }[] {
  const hash = hashId(seed);
  const flip = <T>(pair: readonly [T, T], bit: number): T[] =>
    (hash >>> bit) & 1 ? [pair[1], pair[0]] : [pair[0], pair[1]];
  const states = flip([answer.state, wrong.state], 8);
  const sends = flip([answer.send, wrong.send], 9);
  return states.flatMap((state) =>
    sends.map((send) => ({
      text: pairText(state, send, lang),
      correct: state === answer.state && send === answer.send,
    })),
  );
}
