import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/tcp/sim/script.js';

describe('parseScript', () => {
  it('reads every action, ignoring case, comments and blank lines', () => {
    const script = parseScript(
      'isn A 7\nmsl 30\n\n# open\nb LISTEN\nA connect # go\nA send 3\nwait 0.25\nDeliver\ndrop\ndup\ndelay\nto a: ack,rst seq=1 ack=2 len=3\nA close\nB abort\n',
    );
    expect(script.problems).toEqual([]);
    expect(script.config).toEqual({ isn: { A: 7, B: 300 }, mslSeconds: 30 });
    expect(script.actions.map((a) => [a.line, a.text])).toEqual([
      [5, 'b LISTEN'],
      [6, 'A connect'],
      [7, 'A send 3'],
      [8, 'wait 0.25'],
      [9, 'Deliver'],
      [10, 'drop'],
      [11, 'dup'],
      [12, 'delay'],
      [13, 'to a: ack,rst seq=1 ack=2 len=3'],
      [14, 'A close'],
      [15, 'B abort'],
    ]);
    expect(script.actions[0]?.action).toEqual({
      kind: 'call',
      host: 'B',
      call: 'listen',
      bytes: 0,
    });
    expect(script.actions[3]?.action).toEqual({ kind: 'wait', ms: 250 });
    expect(script.actions[8]?.action).toEqual({
      kind: 'inject',
      segment: { to: 'A', flags: ['RST', 'ACK'], seq: 1, ack: 2, len: 3 },
    });
  });

  it.each([
    ['A jump', /unknown call 'jump'/],
    ['C listen', /unknown action 'C'/],
    ['A send', /send needs a number of bytes/],
    ['A send 0', /send needs a number of bytes/],
    ['A listen now', /unexpected 'now'/],
    ['deliver 2', /unexpected '2'/],
    ['wait -1', /wait needs a number of seconds/],
    ['wait 1.2345', /wait needs a number of seconds/],
    ['to B:', /needs its flags/],
    ['to B: SYN,PSH', /unknown flag 'PSH'/],
    ['to B: RST ack=5', /ack= needs the ACK flag/],
    ['to B: SYN seq=1 seq=2', /seq= is given twice/],
    ['to B: SYN win=5', /cannot read 'win=5'/],
    ['to B: SYN seq=4294967296', /too large/],
    ['to Q: SYN', /names no host/],
    ['isn C 5', /isn needs a host and a number/],
    ['msl 0', /msl needs a number of seconds above 0/],
  ])('%s is a problem on its line', (line, message) => {
    const script = parseScript(`A listen\n${line}\n`);
    expect(script.problems).toHaveLength(1);
    expect(script.problems[0]?.line).toBe(2);
    expect(script.problems[0]?.message).toMatch(message);
  });

  it('isn and msl only before the first action', () => {
    const script = parseScript('A listen\nisn B 5\nmsl 5\n');
    expect(script.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'isn must come before the first action'],
      [3, 'msl must come before the first action'],
    ]);
  });
});
