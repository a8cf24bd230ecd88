// The RFC's own figures and three classic failures, as sim scripts. Each `# =>` comment in a
// fixture is the expected result of its line: the states of A and B, then the segments sent.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/tcp/sim/script.js';
import { segmentText } from '../../../src/tcp/sim/segment.js';
import { simulate } from '../../../src/tcp/sim/simulator.js';
import type { SimStep } from '../../../src/tcp/sim/simulator.js';

const DIR = new URL('../../fixtures/sim/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.sim'));

function run(file: string) {
  const text = readFileSync(new URL(file, DIR), 'utf8');
  const script = parseScript(text);
  const expected = new Map<number, string>();
  text.split('\n').forEach((line, i) => {
    const match = /^[^#]+#\s*=>(.*)$/.exec(line);
    if (match) expected.set(i + 1, (match[1] ?? '').trim().replace(/\s+/g, ' '));
  });
  return { script, expected, trace: simulate(script.actions, script.config) };
}

function observed(step: SimStep): string {
  const sent = step.sent.map((s) => `${s.from}>${s.to} ${segmentText(s)}`).join('; ');
  return `${step.states.A} ${step.states.B} |${sent === '' ? '' : ` ${sent}`}`;
}

describe('sim fixtures', () => {
  it('include the figures and cases the brief asks for', () => {
    for (const name of [
      'figure-6',
      'figure-7',
      'figure-8',
      'figure-12',
      'figure-13',
      'lost-final-ack',
      'retransmitted-syn',
      'rst-in-syn-received',
    ])
      expect(FILES).toContain(`${name}.sim`);
  });

  it.each(FILES)('%s gives the expected trace, line by line', (file) => {
    const { script, expected, trace } = run(file);
    expect(script.problems).toEqual([]);
    // Every action carries an expectation, so no step goes unchecked.
    expect([...expected.keys()]).toEqual(script.actions.map((a) => a.line));
    for (const step of trace.steps)
      expect(`${step.line}: ${observed(step)}`).toBe(`${step.line}: ${expected.get(step.line)}`);
  });
});

describe('what the figures teach', () => {
  it('Figure 8: the old duplicate SYN is refused and B returns to LISTEN (Note 1)', () => {
    const { trace } = run('figure-8.sim');
    expect(trace.steps.map((s) => s.rows).flat()).toEqual([
      'F01',
      'F02',
      'F04',
      'S05',
      'F09',
      'F04',
      'F08',
      'F10',
    ]);
  });

  it('lost final ACK: the retransmitted FIN is ACKed from TIME-WAIT and restarts 2MSL', () => {
    const { trace } = run('lost-final-ack.sim');
    const rows = trace.steps.flatMap((s) => s.rows);
    expect(rows).toContain('S20');
    expect(rows).toContain('S18');
    // TIME-WAIT was entered at t=0 and would end at t=240 s; the restart at t=1 s moves it to 241 s.
    const at240 = trace.steps.find((s) => s.time === 240_000);
    expect(at240?.states.A).toBe('TIME-WAIT');
    expect(trace.steps.at(-1)?.time).toBe(241_000);
    expect(trace.steps.at(-1)?.rows).toEqual(['F20']);
  });

  it('Figure 13: both sides pass through CLOSING and both wait out 2MSL', () => {
    const { trace } = run('figure-13.sim');
    expect(trace.visited).toEqual(expect.arrayContaining(['F15', 'F17', 'F20']));
    expect(trace.steps.at(-1)?.rows).toEqual(['F20', 'F20']);
  });
});
