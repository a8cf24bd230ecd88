// Sanity checks for a transition table. Rows are taken loosely typed on purpose: the table may come
// from data (a compiled Markdown table, a test's deliberately broken copy), where state names are
// just strings and the compiler cannot vouch for them.
import { TCP_STATES, isTcpState } from './states.js';
import type { TcpState } from './states.js';
import type { RowText } from './row-words.js';

export type LooseRow = {
  readonly id: string;
  readonly kind: string;
  readonly from: string;
  readonly event: string;
  readonly eventKind: string;
  readonly condition: string;
  readonly send: string;
  readonly to: string;
  readonly source: string;
  readonly en: RowText;
  readonly zh: RowText;
};

export type TableProblem = { readonly id: string; readonly message: string };

const KIND_BY_PREFIX: Readonly<Record<string, string>> = {
  F: 'figure',
  N: 'note',
  E: 'event',
  S: 'same-state',
};

/** The machine event form says who triggers it: `rcv …` a segment, `timeout …` a timer, else the user. */
function expectedEventKind(event: string): string {
  if (event.startsWith('rcv ')) return 'segment';
  if (event.startsWith('timeout ')) return 'timeout';
  return 'user';
}

function checkRow(row: LooseRow): string[] {
  const out: string[] = [];
  const changes = row.kind !== 'same-state';
  const expectedKind = KIND_BY_PREFIX[row.id.charAt(0)];
  if (!/^[FNES]\d\d$/.test(row.id)) out.push(`id '${row.id}' is not F/N/E/S plus two digits`);
  else if (expectedKind !== row.kind)
    out.push(`kind '${row.kind}' does not match id prefix (${expectedKind})`);
  if (row.from !== 'any' && !isTcpState(row.from)) out.push(`unknown from-state '${row.from}'`);
  const toOk = isTcpState(row.to) || (!changes && row.to === 'same' && row.from === 'any');
  if (!toOk) out.push(`unknown to-state '${row.to}'`);
  if (changes && row.from === row.to)
    out.push(`state-changing row goes from ${row.from} to itself`);
  if (!changes && row.to !== row.from && row.to !== 'same') {
    out.push(`same-state row goes from ${row.from} to ${row.to}`);
  }
  if (row.eventKind !== expectedEventKind(row.event)) {
    out.push(
      `event '${row.event}' should be of kind ${expectedEventKind(row.event)}, not ${row.eventKind}`,
    );
  }
  if (row.event.trim() === '' || row.send.trim() === '')
    out.push('event and send must not be empty');
  if (!row.source.startsWith('RFC 9293 §'))
    out.push(`source '${row.source}' does not cite RFC 9293 §…`);
  for (const lang of ['en', 'zh'] as const) {
    if (row[lang].event.trim() === '') out.push(`no ${lang} event text`);
    if (row.condition !== '' && row[lang].condition.trim() === '')
      out.push(`no ${lang} condition text`);
  }
  return out;
}

/** States reachable from `start` over state-changing rows ('any' rows leave every state). */
function reachable(rows: readonly LooseRow[], start: TcpState, useAny: boolean): Set<string> {
  const seen = new Set<string>([start]);
  const queue: string[] = [start];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const row of rows) {
      if (row.kind === 'same-state') continue;
      if (row.from !== state && !(useAny && row.from === 'any')) continue;
      if (!seen.has(row.to)) {
        seen.add(row.to);
        queue.push(row.to);
      }
    }
  }
  return seen;
}

/** Every problem found in the table, or [] when it is sound. */
export function validateTransitions(rows: readonly LooseRow[]): TableProblem[] {
  const problems: TableProblem[] = [];
  const ids = new Set<string>();
  const keys = new Map<string, string>();
  for (const row of rows) {
    if (ids.has(row.id)) problems.push({ id: row.id, message: 'duplicate id' });
    ids.add(row.id);
    const key = `${row.from} | ${row.event} | ${row.condition}`;
    const twin = keys.get(key);
    if (twin !== undefined)
      problems.push({ id: row.id, message: `same from/event/condition as ${twin}` });
    keys.set(key, row.id);
    for (const message of checkRow(row)) problems.push({ id: row.id, message });
  }

  const fromClosed = reachable(rows, 'CLOSED', true);
  for (const state of TCP_STATES) {
    if (!fromClosed.has(state)) problems.push({ id: state, message: 'not reachable from CLOSED' });
  }
  // Without the wildcard user timeout (E25) every state must still have a way back to CLOSED
  // (RFC 9293 §3.10.5: ABORT works everywhere), or the table has lost rows.
  for (const state of TCP_STATES) {
    if (state !== 'CLOSED' && !reachable(rows, state, false).has('CLOSED')) {
      problems.push({ id: state, message: 'no way back to CLOSED' });
    }
  }
  return problems;
}
