// `tcp-drill sim` on the built bundle, as a user runs it: files, stdin, errors, JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const FIG = 'test/fixtures/sim';
const dir = mkdtempSync(join(tmpdir(), 'tcp-drill-sim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Seg = {
  from: string;
  to: string;
  flags: string[];
  seq: number;
  ack: number | null;
  len: number;
};
type Step = {
  line: number;
  do: string;
  states: { A: string; B: string };
  sent: Seg[];
  delivered: Seg | null;
  inFlight: Seg[];
  rows: string[];
  events: string[];
};

function json(args: string[], input?: string): { steps: Step[]; visited: string[] } {
  const run = runCli(['sim', ...args, '--json'], input === undefined ? {} : { input });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as { steps: Step[]; visited: string[] };
}

describe('tcp-drill sim --json', () => {
  it('prints Figure 6 in the contract shape', () => {
    const out = json([`${FIG}/figure-6.sim`]);
    expect(Object.keys(out)).toEqual(['steps', 'visited']);
    const [listen, connect, synArrives] = out.steps;
    expect(Object.keys(listen!)).toEqual([
      'line',
      'do',
      'states',
      'sent',
      'delivered',
      'inFlight',
      'rows',
      'events',
    ]);
    expect(listen).toEqual({
      line: 3,
      do: 'B listen',
      states: { A: 'CLOSED', B: 'LISTEN' },
      sent: [],
      delivered: null,
      inFlight: [],
      rows: ['F01'],
      events: [],
    });
    const syn = { from: 'A', to: 'B', flags: ['SYN'], seq: 100, ack: null, len: 0 };
    expect(connect).toMatchObject({ line: 4, sent: [syn], inFlight: [syn], rows: ['F02'] });
    const synAck = { from: 'B', to: 'A', flags: ['SYN', 'ACK'], seq: 300, ack: 101, len: 0 };
    expect(synArrives).toMatchObject({
      states: { A: 'SYN-SENT', B: 'SYN-RECEIVED' },
      delivered: syn,
      sent: [synAck],
      inFlight: [synAck],
    });
    expect(out.visited).toEqual(['F01', 'F02', 'F04', 'F08', 'F10']);
  });

  it('reads the script from stdin, with - or without a FILE', () => {
    const script = 'A connect\ndeliver\ndeliver\n';
    for (const args of [['-'], []]) {
      const out = json(args, script);
      expect(out.steps.map((s) => s.states)).toEqual([
        { A: 'SYN-SENT', B: 'CLOSED' },
        { A: 'SYN-SENT', B: 'CLOSED' },
        { A: 'CLOSED', B: 'CLOSED' },
      ]);
      // No listener: RST,ACK <SEQ=0><ACK=SEG.SEQ+SEG.LEN> (§3.10.7.1), and A is reset.
      expect(out.steps[1]?.sent).toEqual([
        { from: 'B', to: 'A', flags: ['RST', 'ACK'], seq: 0, ack: 101, len: 0 },
      ]);
      expect(out.steps[2]?.events).toEqual(['connection reset']);
    }
  });

  it('answers calls the state does not allow with the RFC words, as events', () => {
    const calls = 'A close\nA listen\nA listen\nB send 5\nB listen\nA connect\n';
    const open = 'deliver\ndeliver\ndeliver\nA close\nA send 1\nA connect\n';
    const out = json(['-'], calls + open);
    expect(out.steps.map((s) => s.events)).toEqual([
      ['connection does not exist'],
      [],
      ['connection already exists'],
      ['connection does not exist'],
      [],
      [],
      [],
      [],
      [],
      [],
      ['connection closing'],
      ['connection already exists'],
    ]);
    expect(out.steps.map((s) => s.rows).flat()).toEqual([
      'F01',
      'F01',
      'E01',
      'F04',
      'F08',
      'F10',
      'F12',
      'S13',
    ]);
  });

  it('keeps comments and blank lines out of the steps but counts them in line numbers', () => {
    const out = json(['-'], '# a comment\n\nA listen   # passive open\n');
    expect(out.steps).toHaveLength(1);
    expect(out.steps[0]).toMatchObject({ line: 3, do: 'A listen' });
  });
});

describe('tcp-drill sim (text)', () => {
  it('draws Figure 13 within 80 columns, with both states after each step', () => {
    const run = runCli(['sim', `${FIG}/figure-13.sim`]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(run.stdout).toContain('--> FIN,ACK seq=100 ack=300');
    expect(run.stdout).toMatch(/CLOSING +--> ACK seq=101 ack=301 +\.\.\. CLOSING/);
    expect(run.stdout).toMatch(/TIME-WAIT +\.\.\. ACK seq=101 ack=301 +--> TIME-WAIT/);
    expect(lines.at(-1)).toMatch(/^Visited 9 of the 46 state changes/);
  });

  it('speaks Chinese with --lang zh', () => {
    const run = runCli(['sim', '-', '--lang', 'zh'], { input: 'A close\n' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('主机 A');
    expect(run.stdout).toContain('（连接不存在）');
  });
});

describe('tcp-drill sim errors', () => {
  it('reports every unreadable line as FILE:LINE: message and runs nothing', () => {
    const file = join(dir, 'bad.sim');
    writeFileSync(file, 'A listen\nA fly\n\nwait soon\nto C: SYN\nA listen\nisn A 5\n');
    const run = runCli(['sim', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf(': ')))).toEqual([
      `${file}:2`,
      `${file}:4`,
      `${file}:5`,
      `${file}:7`,
    ]);
    expect(lines[3]).toContain('before the first action');
  });

  it('names stdin -', () => {
    const run = runCli(['sim', '-'], { input: 'deliver\nto A: PSH\n' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^-:2: unknown flag 'PSH'/);
  });

  it('a missing file is one line and exit 1', () => {
    const run = runCli(['sim', join(dir, 'missing.sim')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('missing.sim: no such file');
  });

  it.each([[['sim', 'a', 'b']], [['sim', '--frob']], [['sim', '--lang', 'fr', '-']]])(
    'usage error %j exits 2',
    (args) => {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^tcp-drill: .*\nUsage: tcp-drill sim/);
    },
  );
});
