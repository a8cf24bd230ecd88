// The state machine is authored as Markdown tables in content/model/state-machine.md, the
// way RFC readers expect to see it. This pure module turns that text into typed rows plus
// diagnostics with file and line; the build embeds the rows, so nothing parses at run time.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Nodes, Table } from 'mdast';
import type { Diagnostic } from '../content/types.js';
import { isTcpState } from './states.js';
import type { TcpState } from './states.js';

export type EventKind = 'user' | 'segment' | 'timeout';
export type RowKind = 'figure' | 'note' | 'event' | 'same-state';

/** One row of the table, language-neutral, as the RFC writes it. */
export type MachineRow = {
  readonly id: string;
  readonly kind: RowKind;
  /** 'any' only for the timeouts that apply in every state with a TCB (E25, S20). */
  readonly from: TcpState | 'any';
  /** Stable machine form, as in the RFC table: 'OPEN(passive)', 'rcv SYN', 'timeout 2MSL', … */
  readonly event: string;
  readonly eventKind: EventKind;
  readonly condition: string;
  /** Segment sent, by its control bits; '-' when nothing is sent. */
  readonly send: string;
  /** 'same' only for the rule whose from is 'any'. */
  readonly to: TcpState | 'same';
  readonly source: string;
};

export type MachineResult = {
  readonly rows: readonly MachineRow[];
  /** Where each row is written, for diagnostics found later (by id). */
  readonly lineOf: Readonly<Record<string, number>>;
  readonly diagnostics: readonly Diagnostic[];
};

export const COLUMNS = ['id', 'from', 'event', 'condition', 'send', 'to', 'source'] as const;

const KIND_BY_PREFIX: Readonly<Record<string, RowKind>> = {
  F: 'figure',
  N: 'note',
  E: 'event',
  S: 'same-state',
};
const USER_CALLS = /^(OPEN\((active|passive)\)|SEND|RECEIVE|CLOSE|ABORT|STATUS)$/;
const SENDS = new Set([
  '-',
  'SYN',
  'SYN,ACK',
  'ACK',
  'ACK (challenge)',
  'FIN',
  'RST',
  'data',
  'retransmit',
]);

/** The event kind follows from how the RFC writes the event. */
export function eventKindOf(event: string): EventKind | undefined {
  if (event.startsWith('rcv ')) return 'segment';
  if (event.startsWith('timeout ')) return 'timeout';
  return USER_CALLS.test(event) ? 'user' : undefined;
}

/** Text of a cell: code spans keep their text, and `<SEQ=…>`-like raw HTML is text too. */
function cellText(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child) => cellText(child)).join('');
  return '';
}

export function compileStateMachine(text: string, file: string): MachineResult {
  const diagnostics: Diagnostic[] = [];
  const problem = (line: number, column: number, message: string) =>
    diagnostics.push({ file, line, column, message });
  const root = fromMarkdown(text, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
  const tables = root.children.filter((node): node is Table => node.type === 'table');
  if (tables.length === 0) problem(1, 1, 'no table found: the model is a Markdown table');

  const rows: MachineRow[] = [];
  const seen = new Map<string, number>();
  const lineOf: Record<string, number> = {};
  for (const table of tables) {
    const [header, ...body] = table.children;
    const names = header?.children.map((cell) => cellText(cell).trim().toLowerCase()) ?? [];
    const line = table.position?.start.line ?? 1;
    if (names.join('|') !== COLUMNS.join('|')) {
      problem(
        line,
        1,
        `table columns must be: ${COLUMNS.join(' | ')} (found: ${names.join(' | ')})`,
      );
      continue;
    }
    for (const tableRow of body) {
      const at = tableRow.position?.start.line ?? line;
      const cells = tableRow.children.map((cell) => cellText(cell).trim());
      const [id = '', from = '', event = '', condition = '', send = '', to = '', source = ''] =
        cells;
      const kind = KIND_BY_PREFIX[id.charAt(0)];
      if (!/^[FNES]\d\d$/.test(id) || kind === undefined) {
        problem(at, 1, `bad id '${id}': F, N, E or S and two digits (F01, S20)`);
        continue;
      }
      const first = seen.get(id);
      if (first !== undefined) problem(at, 1, `duplicate id ${id} (first on line ${first})`);
      seen.set(id, at);
      lineOf[id] ??= at;
      const eventKind = eventKindOf(event);
      const fromOk = isTcpState(from) || from === 'any';
      const toOk = isTcpState(to) || to === 'same';
      if (!fromOk) problem(at, 1, `${id}: unknown state '${from}' in column from`);
      if (!toOk) problem(at, 1, `${id}: unknown state '${to}' in column to`);
      if (eventKind === undefined)
        problem(at, 1, `${id}: unknown event '${event}' (a user call, rcv …, or timeout …)`);
      if (!SENDS.has(send)) problem(at, 1, `${id}: unknown segment '${send}' in column send`);
      if (source === '') problem(at, 1, `${id}: no source`);
      if (!fromOk || !toOk || eventKind === undefined) continue;
      rows.push({
        id,
        kind,
        from: from as MachineRow['from'],
        event,
        eventKind,
        condition,
        send,
        to: to as MachineRow['to'],
        source,
      });
    }
  }
  return { rows, lineOf, diagnostics };
}
