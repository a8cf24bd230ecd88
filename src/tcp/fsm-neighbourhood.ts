// The part of Figure 5 around one state, for a terminal too short for the whole diagram: the
// arcs into it and out of it, one line each, and which one a row takes. Pure text.
import type { Lang } from '../content/types.js';
import type { TcpState } from './states.js';
import { STATE_CHANGES, TRANSITIONS } from './transitions.js';
import type { StateChange, Transition } from './transitions.js';

export type Arc = {
  readonly row: StateChange;
  readonly direction: 'in' | 'out';
};

/** The state changes into and out of `state` (an `any` row counts as out of every state). */
export function arcsAround(state: TcpState): Arc[] {
  const into = STATE_CHANGES.filter((r) => r.to === state && r.from !== state && r.from !== 'any');
  const out = STATE_CHANGES.filter((r) => r.from === state || r.from === 'any');
  return [
    ...into.map((row) => ({ row, direction: 'in' as const })),
    ...out.map((row) => ({ row, direction: 'out' as const })),
  ];
}

/** The model row behind an fsm drill card (`fsm-f02` → F02). */
export function rowOfCard(cardId: string): Transition | undefined {
  const id = /^fsm-([a-z]\d\d)$/.exec(cardId)?.[1]?.toUpperCase();
  return TRANSITIONS.find((r) => r.id === id);
}

/** The marker of the current state: it does not rely on colour. */
export function markState(state: string): string {
  return `>[ ${state} ]<`;
}

/** `LISTEN  -- a SYN arrives / SYN,ACK -->  SYN-RECEIVED`, in the learner's language. */
export function arcText(arc: Arc, lang: Lang, hideEvent: boolean): string {
  const { row } = arc;
  const sent = row.send === '-' ? '' : ` / ${row.send}`;
  const event = hideEvent ? '?' : `${row[lang].event}${sent}`;
  const from = row.from === 'any' ? (lang === 'zh' ? '任意状态' : 'any state') : row.from;
  return `${from} -- ${event} --> ${row.to}`;
}
