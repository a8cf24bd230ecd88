// The RFC 9293 connection state machine: the rows of content/model/state-machine.md joined
// with the words each row is drilled with (content/model/words.*.md), both compiled and
// embedded at build time.
// F = arc drawn in Figure 5 (§3.3.2), N = a Figure 5 note, E = a state change spelled out only in the
// §3.10 event processing, S = a §3.10 rule that keeps the state (drills use it as a trap).
// Drills, the `states` command and the diagrams all read this table; nothing else encodes the FSM.
import machineRows from 'virtual:state-machine';
import rowWords from 'virtual:row-words';
import type { MachineRow } from './compile-state-machine.js';
import { joinRows } from './join-rows.js';
import type { Transition } from './join-rows.js';
import type { RowWords } from './row-words.js';
import type { TcpState } from './states.js';

export type { EventKind, RowKind } from './compile-state-machine.js';
export type { Transition } from './join-rows.js';
export type { RowText } from './row-words.js';

export type StateChange = Transition & {
  readonly kind: 'figure' | 'note' | 'event';
  readonly to: TcpState;
};

export const TRANSITIONS: readonly Transition[] = joinRows(
  machineRows as readonly MachineRow[],
  rowWords as readonly RowWords[],
);

export function isStateChange(row: Transition): row is StateChange {
  return row.kind !== 'same-state' && row.to !== 'same';
}

/** The 46 rows that change state (F01–F20, N01, E01–E25), in table order. */
export const STATE_CHANGES: readonly StateChange[] = TRANSITIONS.filter(isStateChange);

/** The 20 rules that keep the state (S01–S20). */
export const SAME_STATE_RULES: readonly Transition[] = TRANSITIONS.filter(
  (row) => !isStateChange(row),
);

/** Rows that apply in `state`, including the 'any' rows. */
export function rowsFrom(state: TcpState, rows: readonly Transition[] = TRANSITIONS): Transition[] {
  return rows.filter((row) => row.from === state || row.from === 'any');
}

// The checker lives next door (it takes loosely typed rows); exported here too so the table and its
// check are found together.
export { validateTransitions } from './validate-transitions.js';
