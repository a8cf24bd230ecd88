// Sequence-diagram scenarios are sim scripts (content/model/scenarios/*.sim): this pure module
// runs one on the simulator and turns its trace into the rows of a diagram, so diagram, model
// and simulator cannot disagree. The header sits in comments, so every scenario file is also
// a script that `tcp-drill sim` replays:
//
//   # id: handshake                      # title.en: … / title.zh: …
//   # source: RFC 9293 §3.5 Fig.6        # client.en/zh, server.en/zh: the names of A and B
//   # numbers: A=x B=y                   # summary.en: … / summary.zh: …
//   # blanks: 1 segment, 2 client        (the parts a drill may hide; `all` for every part)
//   B listen
//   # diagram                            (actions above this line set the scene, undrawn)
//   A connect   # note: client calls connect() | 客户端调用 connect()
//
// One diagram row per segment, drawn when it is sent. A host's new state goes on the row of
// the segment that caused it if that arrived at once, else on the row of the segment it sent
// in reply, else on a row of its own (a timer, crossing segments). Sequence numbers
// are written against each host's start (`x`, `x+1`), as textbooks do.
import type { Diagnostic } from '../content/types.js';
import type { Blank, BlankPart, LocalText, Scenario, Segment, Side, Step } from './scenarios.js';
import { parseScript } from './sim/script.js';
import type { HostName, SimSegment } from './sim/segment.js';
import { Simulator } from './sim/simulator.js';
import type { TcpState } from './states.js';

export const SCENARIO_DIR = 'model/scenarios';

const SIDE: Readonly<Record<HostName, Side>> = { A: 'client', B: 'server' };
const PART: Readonly<Record<string, BlankPart>> = {
  client: 'clientState',
  server: 'serverState',
  segment: 'segment',
  flags: 'flags',
  seq: 'seq',
  ack: 'ack',
};
const REQUIRED = [
  'id',
  'title.en',
  'title.zh',
  'source',
  'client.en',
  'client.zh',
  'server.en',
  'server.zh',
  'summary.en',
  'summary.zh',
  'blanks',
] as const;

type Row = {
  send?: { from: Side; segment: Segment; lost?: boolean };
  client?: TcpState;
  server?: TcpState;
  rows: { client?: string; server?: string };
  note?: LocalText;
};

export type ScenarioResult = {
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Diagnostic[];
};

function localText(text: string): LocalText | undefined {
  const [en, zh] = text.split(' | ').map((part) => part.trim());
  return en && zh ? { en, zh } : undefined;
}

export function compileScenario(text: string, file: string): ScenarioResult {
  const diagnostics: Diagnostic[] = [];
  const problem = (line: number, message: string) =>
    diagnostics.push({ file, line, column: 1, message });
  const lines = text.split(/\r?\n/);
  const header: Record<string, string> = {};
  const notes = new Map<number, LocalText>();
  let diagramFrom: number | undefined;
  lines.forEach((raw, i) => {
    const meta = /^#\s*([a-z.]+):\s*(.*)$/.exec(raw.trim());
    if (meta && diagramFrom === undefined) header[meta[1] ?? ''] = (meta[2] ?? '').trim();
    if (raw.trim() === '# diagram') diagramFrom = i + 1;
    const note = /#\s*note:\s*(.*)$/.exec(raw);
    if (note && !raw.trim().startsWith('#')) {
      const words = localText(note[1] ?? '');
      if (words) notes.set(i + 1, words);
      else problem(i + 1, 'a note is written "English | 中文"');
    }
  });
  for (const key of REQUIRED) if (!header[key]) problem(1, `missing header "# ${key}: …"`);
  if (diagramFrom === undefined) problem(1, 'missing the "# diagram" line that starts the drawing');
  const script = parseScript(text);
  for (const p of script.problems) problem(p.line, p.message);
  if (diagnostics.length > 0 || diagramFrom === undefined) return { diagnostics };

  const letters: Partial<Record<HostName, string>> = {};
  for (const pair of (header.numbers ?? '').split(/\s+/).filter(Boolean)) {
    const m = /^([AB])=([a-z])$/.exec(pair);
    if (m) letters[m[1] as HostName] = m[2];
    else problem(1, `numbers: '${pair}' is not HOST=letter (A=x)`);
  }

  const sim = new Simulator(script.config);
  const setup = script.actions.filter((a) => a.line < (diagramFrom ?? 0));
  const drawn = script.actions.filter((a) => a.line > (diagramFrom ?? 0));
  for (const a of setup) sim.apply(a.action, a.line, a.text);
  const start = sim.states;
  const base = { A: sim.sequenceBase('A'), B: sim.sequenceBase('B') };
  const number = (n: number, space: HostName): string => {
    const letter = letters[space];
    if (letter === undefined || n < base[space]) return String(n);
    return n === base[space] ? letter : `${letter}+${n - base[space]}`;
  };
  const segmentOf = (s: SimSegment): Segment => ({
    flags: s.flags.join(','),
    seq: number(s.seq, s.from),
    ...(s.ack === null ? {} : { ack: number(s.ack, s.to) }),
    ...(s.len > 0 ? { len: s.len } : {}),
  });

  const rows: Row[] = [];
  const wire: Row[] = []; // mirrors the in-flight queue, one row per segment in it
  const madeAt = new Map<Row, number>(); // the action that drew each row
  let index = 0;
  const newRow = (row: Row = { rows: {} }): Row => {
    rows.push(row);
    madeAt.set(row, index);
    return row;
  };
  for (const action of drawn) {
    index += 1;
    const step = sim.apply(action.action, action.line, action.text);
    const before = rows.at(-1);
    const created: Row[] = [];
    let arrival: Row | undefined;
    const kind = action.action.kind;
    if (kind === 'deliver' || kind === 'drop') arrival = wire.shift();
    else if (kind === 'dup') arrival = wire[0];
    else if (kind === 'delay') {
      const front = wire.shift();
      if (front) wire.push(front);
    } else if (kind === 'inject' && step.delivered) {
      arrival = newRow({
        send: { from: SIDE[step.delivered.from], segment: segmentOf(step.delivered) },
        rows: {},
      });
      created.push(arrival);
    }
    if (kind === 'drop' && arrival?.send) arrival.send.lost = true;
    const sentRows = step.sent.map((s) => {
      const row = newRow({ send: { from: SIDE[s.from], segment: segmentOf(s) }, rows: {} });
      wire.push(row);
      created.push(row);
      return { host: s.from, row };
    });
    let own: Row | undefined; // the row a timer or call without a segment draws
    for (const host of ['A', 'B'] as const) {
      const taken = step.taken.filter((t) => t.host === host);
      const last = taken.at(-1);
      if (last === undefined) continue;
      const side = SIDE[host];
      const receiving = step.delivered?.to === host;
      const free = (row: Row | undefined) => row !== undefined && row[side] === undefined;
      let target: Row | undefined;
      // On the segment's own row when it arrives right after it was sent: nothing crossed it.
      const fresh = arrival !== undefined && madeAt.get(arrival) === index - 1;
      if (receiving && fresh && arrival === before && free(arrival)) target = arrival;
      if (!target) target = sentRows.find((r) => r.host === host && free(r.row))?.row;
      if (!target && receiving && before && !before.send && free(before)) target = before;
      if (!target) {
        own ??= newRow();
        created.push(own);
        target = own;
      }
      target[side] = step.states[host];
      target.rows[side] = last.id;
    }
    const note = notes.get(action.line);
    const noted = created[0] ?? arrival;
    if (note && noted) {
      // A row that already has a note (a lost segment's) keeps it, and gets this one after it.
      const had = noted.note;
      noted.note = had ? { en: `${had.en}; ${note.en}`, zh: `${had.zh}；${note.zh}` } : note;
    } else if (note) problem(action.line, 'this note has no row to go on');
  }

  const blanks = parseBlanks(header.blanks ?? '', rows, (m) => problem(1, m));
  if (diagnostics.length > 0) return { diagnostics };
  const steps: Step[] = rows.map(({ rows: ids, ...rest }) => ({
    ...rest,
    ...(ids.client || ids.server ? { rows: ids } : {}),
  }));
  return {
    scenario: {
      id: header.id ?? '',
      title: { en: header['title.en'] ?? '', zh: header['title.zh'] ?? '' },
      source: header.source ?? '',
      sides: {
        client: { en: header['client.en'] ?? '', zh: header['client.zh'] ?? '' },
        server: { en: header['server.en'] ?? '', zh: header['server.zh'] ?? '' },
      },
      start: { client: start.A, server: start.B },
      steps,
      summary: { en: header['summary.en'] ?? '', zh: header['summary.zh'] ?? '' },
      blanks,
    },
    diagnostics,
  };
}

/** `1 segment, 2 client, 4 server`, or `all`: every part of a row that shows something. */
function parseBlanks(spec: string, rows: readonly Row[], problem: (m: string) => void): Blank[] {
  const shows = (b: Blank): boolean => {
    const row = rows[b.step - 1];
    if (row === undefined) return false;
    if (b.part === 'segment' || b.part === 'flags' || b.part === 'seq')
      return row.send !== undefined;
    if (b.part === 'ack') return row.send?.segment.ack !== undefined;
    return (b.part === 'clientState' ? row.client : row.server) !== undefined;
  };
  if (spec.trim() === 'all') {
    return rows.flatMap((_, i) =>
      (['clientState', 'segment', 'serverState'] as const)
        .map((part) => ({ step: i + 1, part }))
        .filter(shows),
    );
  }
  const blanks: Blank[] = [];
  for (const item of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(\d+) (client|server|segment|flags|seq|ack)$/.exec(item);
    const blank = m ? { step: Number(m[1]), part: PART[m[2] ?? ''] ?? 'segment' } : undefined;
    if (blank === undefined)
      problem(`blanks: '${item}' is not "STEP client|server|segment|flags|seq|ack"`);
    else if (!shows(blank)) problem(`blanks: step ${item} shows nothing to hide`);
    else blanks.push(blank);
  }
  return blanks;
}

/** Every scenario file of the model folder, checked together: unique ids, in `order`. */
export function compileScenarios(files: readonly { path: string; text: string }[]): {
  scenarios: Scenario[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const compiled: { scenario: Scenario; order: number }[] = [];
  const seen = new Map<string, string>();
  for (const { path, text } of files) {
    const result = compileScenario(text, path);
    diagnostics.push(...result.diagnostics);
    const scenario = result.scenario;
    if (scenario === undefined) continue;
    const first = seen.get(scenario.id);
    if (first !== undefined) {
      diagnostics.push({
        file: path,
        line: 1,
        column: 1,
        message: `duplicate id ${scenario.id} (also in ${first})`,
      });
      continue;
    }
    seen.set(scenario.id, path);
    const order = Number(/^#\s*order:\s*(\d+)\s*$/m.exec(text)?.[1] ?? 100);
    compiled.push({ scenario, order });
  }
  compiled.sort((a, b) => a.order - b.order || a.scenario.id.localeCompare(b.scenario.id));
  return { scenarios: compiled.map((c) => c.scenario), diagnostics };
}
