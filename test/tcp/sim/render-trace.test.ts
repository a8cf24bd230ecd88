import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderTrace } from '../../../src/tcp/sim/render-trace.js';
import { parseScript } from '../../../src/tcp/sim/script.js';
import { simulate } from '../../../src/tcp/sim/simulator.js';

function draw(source: string, lang: 'en' | 'zh' = 'en'): string[] {
  const script = parseScript(source);
  return renderTrace(simulate(script.actions, script.config), lang).trimEnd().split('\n');
}

describe('renderTrace', () => {
  const lines = draw('A connect\ndrop\nwait 1\ndup\nA send 5\n');

  it('marks a segment leaving, lost, and arriving, with the states after each step', () => {
    expect(lines[3]).toMatch(/^ {5}SYN-SENT +--> SYN seq=100 +\.\.\. CLOSED$/);
    expect(lines[5]).toMatch(/^ {5}SYN-SENT +\.\.\. SYN seq=100 +X {2}CLOSED$/);
    expect(lines[9]).toMatch(/^ {18}\.\.\. SYN seq=100 +-->$/);
    expect(lines[10]).toMatch(/^ {5}SYN-SENT +\.\.\. RST,ACK seq=0 ack=101 +<-- CLOSED$/);
  });

  it('heads each step with its line, the action, the clock after a wait, and the rows taken', () => {
    expect(lines[2]).toMatch(/^ {2}1 {2}A connect +F02$/);
    expect(lines[6]).toMatch(/^ {2}3 {2}wait 1 {2}\(t=1 s\) +S20$/);
    expect(lines.every((line) => stringWidth(line) <= 80)).toBe(true);
  });

  it('prints the answer to a call as an event under its step, in either language', () => {
    expect(draw('A send 5\n')[3]).toBe('     (connection does not exist)');
    expect(draw('A send 5\n', 'zh')[3]).toBe('     （连接不存在）');
  });

  it('ends with what is still in flight and the coverage of the model', () => {
    expect(lines.slice(-2)).toEqual([
      'Still in flight at the end: 2.',
      'Visited 1 of the 46 state changes and 3 of the 20 rules that keep the state.',
    ]);
  });
});
