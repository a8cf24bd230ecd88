import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStateMachine, eventKindOf } from '../../src/tcp/compile-state-machine.js';
import { STATE_MACHINE_FILE, checkStateMachine } from '../../src/tcp/check-state-machine.js';
import { TRANSITIONS } from '../../src/tcp/transitions.js';
import { ROOT, runCli, tempHome } from '../helpers/cli.js';

const MODEL = readFileSync(join(ROOT, 'content', STATE_MACHINE_FILE), 'utf8');
const FILE = 'model.md';

const table = (...rows: string[]) =>
  [
    '# Model',
    '',
    '| id | from | event | condition | send | to | source |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');

describe('compileStateMachine', () => {
  it('compiles the authored model into the rows the program uses', () => {
    const { rows, diagnostics } = compileStateMachine(MODEL, FILE);
    expect(diagnostics).toEqual([]);
    expect(rows).toHaveLength(66);
    // The embedded table is exactly this compilation, row for row.
    expect(TRANSITIONS.map(({ en: _en, zh: _zh, linux: _linux, ...machine }) => machine)).toEqual(
      rows,
    );
  });

  it('reads a row as the RFC writes it, kind and event kind included', () => {
    const { rows } = compileStateMachine(
      table(
        '| F08 | SYN-SENT | rcv SYN,ACK | SND.UNA < SEG.ACK =< SND.NXT | ACK | ESTABLISHED | RFC 9293 §3.10.7.3 |',
      ),
      FILE,
    );
    expect(rows).toEqual([
      {
        id: 'F08',
        kind: 'figure',
        from: 'SYN-SENT',
        event: 'rcv SYN,ACK',
        eventKind: 'segment',
        condition: 'SND.UNA < SEG.ACK =< SND.NXT',
        send: 'ACK',
        to: 'ESTABLISHED',
        source: 'RFC 9293 §3.10.7.3',
      },
    ]);
    expect(eventKindOf('timeout 2MSL')).toBe('timeout');
    expect(eventKindOf('OPEN(passive)')).toBe('user');
    expect(eventKindOf('wink')).toBeUndefined();
  });

  it('names the file and line of every problem, not just the first', () => {
    const { diagnostics } = compileStateMachine(
      table(
        '| F01 | CLOSED | OPEN(passive) |  | - | LISTEN | RFC 9293 §3.10.1 |',
        '| F01 | CLOSED | OPEN(passive) |  | - | LISTEN | RFC 9293 §3.10.1 |',
        '| F02 | CLOSED | OPEN(active) |  | SYN | SYN-SEND | RFC 9293 §3.10.1 |',
        '| X1 | CLOSED | CLOSE |  | - | CLOSED | RFC 9293 |',
        '| E02 | LISTEN | wink |  | FAX | CLOSED |  |',
      ),
      FILE,
    );
    expect(diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'model.md:6: duplicate id F01 (first on line 5)',
      "model.md:7: F02: unknown state 'SYN-SEND' in column to",
      "model.md:8: bad id 'X1': F, N, E or S and two digits (F01, S20)",
      "model.md:9: E02: unknown event 'wink' (a user call, rcv …, or timeout …)",
      "model.md:9: E02: unknown segment 'FAX' in column send",
      'model.md:9: E02: no source',
    ]);
  });

  it('insists on the columns and on a table', () => {
    const wrong = compileStateMachine('| id | from |\n|---|---|\n| F01 | CLOSED |\n', FILE);
    expect(wrong.diagnostics[0]?.message).toMatch(/^table columns must be: id \| from \| event/);
    expect(compileStateMachine('# Nothing here\n', FILE).diagnostics[0]?.message).toMatch(
      /no table found/,
    );
  });
});

describe('checkStateMachine', () => {
  it('passes the authored model', () => {
    expect(checkStateMachine(MODEL, FILE).diagnostics).toEqual([]);
  });

  it('reports a row without words, and a broken machine, at the row', () => {
    // CLOSING is entered only by F15 (simultaneous close).
    const withoutF15 = checkStateMachine(MODEL.replace(/^\| F15 \|.*\n/m, ''), FILE);
    expect(withoutF15.diagnostics.map((d) => d.message)).toEqual([
      'F15 has words in transition-text.ts but no row here',
      'CLOSING: not reachable from CLOSED',
    ]);
    const line = MODEL.split('\n').findIndex((l) => l.startsWith('| F12 ')) + 1;
    const loop = checkStateMachine(
      MODEL.replace(/^(\| F12 \|.*\| )FIN-WAIT-1( \|)/m, '$1ESTABLISHED$2'),
      FILE,
    );
    expect(loop.diagnostics).toEqual([
      {
        file: FILE,
        line,
        column: 1,
        message: 'F12: state-changing row goes from ESTABLISHED to itself',
      },
    ]);
  });
});

describe('tcp-drill lint on a content folder with a model', () => {
  it('reports a broken model as FILE:LINE:COL and exits 1', () => {
    const dir = tempHome('tcp-drill-model-');
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const path = join(dir, STATE_MACHINE_FILE);
    const text = readFileSync(path, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('| F04 ')) + 1;
    writeFileSync(path, text.replace(/^(\| F04 \|.*\| )SYN-RECEIVED( \|)/m, '$1SYN-RCVD$2'));
    const run = runCli(['lint', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr + run.stdout).toContain(
      `${STATE_MACHINE_FILE}:${line}:1: F04: unknown state 'SYN-RCVD' in column to`,
    );
    // One problem, one line: the rejected row is not also reported as missing.
    expect(run.stderr).toMatch(/\n1 problem\(s\) in /);
    // The model is not a deck: a clean model adds no deck and no card, so the copy lints
    // exactly like the built-in content, and the decks are the en/ and zh/ files alone.
    writeFileSync(path, text);
    const deckFiles = ['en', 'zh'].flatMap((lang) =>
      readdirSync(join(ROOT, 'content', lang)).filter((f) => f.endsWith('.md')),
    ).length;
    const clean = runCli(['lint', dir]).stdout;
    expect(clean).toBe(runCli(['lint', join(ROOT, 'content')]).stdout);
    expect(clean).toMatch(new RegExp(`^ok: ${deckFiles} decks, `));
  });
});
