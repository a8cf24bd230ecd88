import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStateMachine, eventKindOf } from '../../src/tcp/compile-state-machine.js';
import {
  STATE_MACHINE_FILE,
  WORDS_FILES,
  checkStateMachine,
} from '../../src/tcp/check-state-machine.js';
import { TRANSITIONS } from '../../src/tcp/transitions.js';
import { ROOT, runCli, tempHome } from '../helpers/cli.js';

const MODEL = readFileSync(join(ROOT, 'content', STATE_MACHINE_FILE), 'utf8');
const FILE = 'model.md';
const EN = readFileSync(join(ROOT, 'content', WORDS_FILES.en), 'utf8');
const ZH = readFileSync(join(ROOT, 'content', WORDS_FILES.zh), 'utf8');
/** The authored words, or an edited copy of one language's file. */
const words = (edit: { en?: string | undefined; zh?: string | undefined } = {}) => ({
  en: { file: 'words.en.md', text: 'en' in edit ? edit.en : EN },
  zh: { file: 'words.zh.md', text: 'zh' in edit ? edit.zh : ZH },
});

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
    expect(checkStateMachine(MODEL, FILE, words()).diagnostics).toEqual([]);
  });

  it('reports a row without words, and a broken machine, at the row', () => {
    // CLOSING is entered only by F15 (simultaneous close).
    const withoutF15 = checkStateMachine(MODEL.replace(/^\| F15 \|.*\n/m, ''), FILE, words());
    expect(withoutF15.diagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual([
      'words.en.md: F15 has words here but no row in the state machine',
      'words.zh.md: F15 has words here but no row in the state machine',
      'model.md: CLOSING: not reachable from CLOSED',
    ]);
    const line = MODEL.split('\n').findIndex((l) => l.startsWith('| F12 ')) + 1;
    const loop = checkStateMachine(
      MODEL.replace(/^(\| F12 \|.*\| )FIN-WAIT-1( \|)/m, '$1ESTABLISHED$2'),
      FILE,
      words(),
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

describe('the words of the state machine (content/model/words.*.md)', () => {
  const lineOf = (text: string, id: string) =>
    text.split('\n').findIndex((l) => l.startsWith(`| ${id} `)) + 1;

  it('are embedded as written, cell by cell', () => {
    const e06 = TRANSITIONS.find((t) => t.id === 'E06');
    expect(e06?.linux?.en).toContain('<SEQ=0><ACK=SEG.SEQ+1><CTL=RST,ACK> (tcp_check_req)');
    const f01 = TRANSITIONS.find((t) => t.id === 'F01');
    expect(f01?.zh).toEqual({ event: '应用执行被动打开 OPEN（listen()）', condition: '' });
    expect(f01?.linux).toBeUndefined();
    const piped = EN.replace(/^\| F01 \| [^|]*\|/m, '| F01 | listen() \\| accept() |');
    const model = checkStateMachine(MODEL, FILE, words({ en: piped }));
    expect(model.words.find((w) => w.id === 'F01')?.en.event).toBe('listen() | accept()');
  });

  it('report a row without words in one language at the row, and words without a row at the words', () => {
    const noF03 = checkStateMachine(MODEL, FILE, words({ zh: ZH.replace(/^\| F03 \|.*\n/m, '') }));
    expect(noF03.diagnostics).toEqual([
      {
        file: FILE,
        line: lineOf(MODEL, 'F03'),
        column: 1,
        message: 'F03 has no words in words.zh.md',
      },
    ]);
    const extra = EN.replace(/^(\| S20 \|.*\n)/m, '$1| S21 | something | | |\n');
    expect(checkStateMachine(MODEL, FILE, words({ en: extra })).diagnostics).toEqual([
      {
        file: 'words.en.md',
        line: lineOf(extra, 'S21'),
        column: 1,
        message: 'S21 has words here but no row in the state machine',
      },
    ]);
  });

  it('report a Linux note without its twin, a duplicate, bad columns and a missing file', () => {
    const lonely = ZH.replace(/^(\| F01 \|[^|]*\|[^|]*\|)[^|]*\|/m, '$1 只有中文 |');
    expect(checkStateMachine(MODEL, FILE, words({ zh: lonely })).diagnostics).toEqual([
      {
        file: 'words.en.md',
        line: lineOf(EN, 'F01'),
        column: 1,
        message: 'F01: a Linux note in one language needs its twin in the other',
      },
    ]);
    const twice = EN.replace(/^(\| F02 \|.*\n)/m, '$1$1');
    expect(
      checkStateMachine(MODEL, FILE, words({ en: twice })).diagnostics.map((d) => d.message),
    ).toEqual([`duplicate id F02 (first on line ${lineOf(EN, 'F02')})`]);
    const columns = EN.replace(
      '| id | event | condition | linux |',
      '| id | event | cond | linux |',
    );
    expect(
      checkStateMachine(MODEL, FILE, words({ en: columns })).diagnostics.map((d) => d.message),
    ).toContain(
      'table columns must be: id | event | condition | linux (found: id | event | cond | linux)',
    );
    expect(
      checkStateMachine(MODEL, FILE, words({ zh: undefined })).diagnostics.map((d) => d.message),
    ).toEqual(['missing: the zh words of the state machine (| id | event | condition | linux |)']);
  });

  it('lint reports a words file problem as FILE:LINE:COL', () => {
    const dir = tempHome('tcp-drill-words-');
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const path = join(dir, WORDS_FILES.zh);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/^\| E25 \|/m, '| E99 |'));
    const run = runCli(['lint', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${WORDS_FILES.zh}:${lineOf(text, 'E25')}:1: E99 has words here but no row`,
    );
    expect(run.stderr).toContain(
      `${STATE_MACHINE_FILE}:${lineOf(MODEL, 'E25')}:1: E25 has no words in`,
    );
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
    expect(run.stderr).toMatch(/\n1 problem in /);
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
