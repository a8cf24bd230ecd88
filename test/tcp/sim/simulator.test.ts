// The simulator's mechanics beyond the figures: the network actions, the timers, crafted
// segments and the RFC 5961 checks, each against the row it should take.
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/tcp/sim/script.js';
import { segmentText } from '../../../src/tcp/sim/segment.js';
import { simulate } from '../../../src/tcp/sim/simulator.js';

const OPEN = 'B listen\nA connect\ndeliver\ndeliver\ndeliver\n';

function run(source: string) {
  const script = parseScript(source);
  expect(script.problems).toEqual([]);
  return simulate(script.actions, script.config).steps;
}
const wire = (segments: readonly Parameters<typeof segmentText>[0][]) =>
  segments.map((s) => `${s.from}>${s.to} ${segmentText(s)}`);

describe('network actions', () => {
  it('dup delivers the oldest and leaves its copy at the front, ahead of the reply', () => {
    const [, , dup] = run('B listen\nA connect\ndup\n');
    expect(wire(dup!.inFlight)).toEqual(['A>B SYN seq=100', 'B>A SYN,ACK seq=300 ack=101']);
    expect(dup!.rows).toEqual(['F04']);
  });

  it('delay moves the oldest to the back; drop loses it', () => {
    const steps = run('A connect\nB connect\ndelay\ndrop\n');
    expect(wire(steps[2]!.inFlight)).toEqual(['B>A SYN seq=300', 'A>B SYN seq=100']);
    expect(wire(steps[3]!.inFlight)).toEqual(['A>B SYN seq=100']);
    expect(steps[3]!.delivered).toBeNull();
  });

  it('with nothing in flight, says so and changes nothing', () => {
    const steps = run('deliver\ndrop\ndup\ndelay\n');
    for (const step of steps) expect(step.events).toEqual(['nothing in flight']);
  });
});

describe('timers', () => {
  it('retransmits the oldest unacknowledged segment after 1 s, then 2 s, 4 s', () => {
    const steps = run('A connect\ndrop\nwait 1\nwait 1.999\nwait 0.001\nwait 3.999\nwait 0.001\n');
    expect(steps.map((s) => s.sent.length)).toEqual([1, 0, 1, 0, 1, 0, 1]);
    expect(steps.map((s) => s.rows)).toEqual([['F02'], [], ['S20'], [], ['S20'], [], ['S20']]);
  });

  it('one wait fires every timer due in it, in time order', () => {
    const [, , wait] = run('A connect\ndrop\nwait 7\n');
    expect(wait!.rows).toEqual(['S20', 'S20', 'S20']);
  });

  it('msl sets the TIME-WAIT length to twice its value', () => {
    const close = 'A close\ndeliver\ndeliver\nB close\ndeliver\ndeliver\n';
    const steps = run(`msl 30\n${OPEN}${close}wait 59.999\nwait 0.001\n`);
    expect(steps.at(-2)?.states.A).toBe('TIME-WAIT');
    expect(steps.at(-1)?.states.A).toBe('CLOSED');
    expect(steps.at(-1)?.rows).toEqual(['F20']);
  });

  it('an ACK of new data stops the retransmission timer', () => {
    const steps = run(`${OPEN}A send 5\ndeliver\ndeliver\nwait 600\n`);
    expect(steps.at(-1)?.sent).toEqual([]);
    expect(steps.at(-1)?.rows).toEqual([]);
  });

  it('the user timeout (5 min) ends a connection whose segment is never acknowledged', () => {
    const steps = run(`${OPEN}A send 5\ndrop\nwait 299.999\nwait 0.001\n`);
    expect(steps.at(-2)?.states.A).toBe('ESTABLISHED');
    expect(steps.at(-1)?.rows).toEqual(['E25']);
    expect(steps.at(-1)?.events).toEqual(['connection aborted due to user timeout']);
  });
});

describe('segments in a synchronized state (§3.10.7.4)', () => {
  it('a crafted segment without numbers is one the receiver expects: a valid RST resets', () => {
    const last = run(`${OPEN}to A: RST\n`).at(-1)!;
    expect(last.delivered).toMatchObject({ from: 'B', to: 'A', flags: ['RST'], seq: 301 });
    expect(last.rows).toEqual(['E10']);
    expect(last.events).toEqual(['connection reset']);
  });

  it('an RST in the window but not at RCV.NXT draws a challenge ACK (RFC 5961)', () => {
    const last = run(`${OPEN}to A: RST seq=302\n`).at(-1)!;
    expect(last.states.A).toBe('ESTABLISHED');
    expect(wire(last.sent)).toEqual(['A>B ACK seq=101 ack=301']);
    expect(last.rows).toEqual(['S09']);
  });

  it('an RST outside the window is dropped silently', () => {
    const last = run(`${OPEN}to A: RST seq=200\n`).at(-1)!;
    expect(last.sent).toEqual([]);
    expect(last.rows).toEqual([]);
    expect(last.states.A).toBe('ESTABLISHED');
  });

  it('a SYN on an open connection draws a challenge ACK', () => {
    const last = run(`${OPEN}to B: SYN seq=101\n`).at(-1)!;
    expect(wire(last.sent)).toEqual(['B>A ACK seq=301 ack=101']);
    expect(last.rows).toEqual(['S10']);
  });

  it('an ACK of data never sent is answered with an ACK and dropped', () => {
    const last = run(`${OPEN}to B: ACK ack=999 len=5\n`).at(-1)!;
    expect(wire(last.sent)).toEqual(['B>A ACK seq=301 ack=101']);
  });

  it('a duplicate data segment is ACKed again, not delivered twice', () => {
    const steps = run(`${OPEN}A send 10\ndup\ndeliver\n`);
    expect(wire(steps.at(-2)!.sent)).toEqual(['B>A ACK seq=301 ack=111']);
    expect(wire(steps.at(-1)!.sent)).toEqual(['B>A ACK seq=301 ack=111']);
  });

  it('data or a FIN beyond RCV.NXT is not taken: it is dropped and RCV.NXT acknowledged', () => {
    const steps = run(`${OPEN}to A: FIN,ACK seq=400 ack=101\nto A: ACK seq=350 ack=101 len=5\n`);
    for (const step of steps.slice(-2)) {
      expect(step.states.A).toBe('ESTABLISHED');
      expect(wire(step.sent)).toEqual(['A>B ACK seq=101 ack=301']);
      expect(step.rows).toEqual([]);
    }
  });

  it('half-close: data still flows from CLOSE-WAIT to FIN-WAIT-2', () => {
    const steps = run(`${OPEN}A close\ndeliver\ndeliver\nB send 20\ndeliver\n`);
    expect(steps.at(-2)!.rows).toEqual(['S12']);
    expect(wire(steps.at(-2)!.sent)).toEqual(['B>A ACK seq=301 ack=102 len=20']);
    expect(wire(steps.at(-1)!.sent)).toEqual(['A>B ACK seq=102 ack=321']);
    expect(steps.at(-1)!.states).toEqual({ A: 'FIN-WAIT-2', B: 'CLOSE-WAIT' });
  });

  it('a FIN that also ACKs ours takes FIN-WAIT-1 straight to TIME-WAIT (Note 2)', () => {
    const steps = run(`${OPEN}A close\ndeliver\ndrop\nB close\ndeliver\n`);
    expect(steps.at(-1)!.rows).toEqual(['N01']);
    expect(steps.at(-1)!.states.A).toBe('TIME-WAIT');
  });
});

describe('opening', () => {
  it('SEND in SYN-SENT is queued and rides on the ACK that completes the handshake', () => {
    const steps = run('B listen\nA connect\nA send 10\ndeliver\ndeliver\n');
    expect(steps[2]!.rows).toEqual(['S07']);
    expect(steps[2]!.sent).toEqual([]);
    expect(wire(steps[4]!.sent)).toEqual(['A>B ACK seq=101 ack=301 len=10']);
  });

  it('an ACK to a listener is answered <SEQ=SEG.ACK><CTL=RST>', () => {
    const last = run('A listen\nto A: ACK seq=5 ack=77\n').at(-1)!;
    expect(wire(last.sent)).toEqual(['A>B RST seq=77']);
    expect(last.rows).toEqual(['S04']);
  });

  it('a host connects again with a larger ISN', () => {
    const steps = run(`${OPEN}A abort\ndeliver\nA connect\n`);
    expect(steps[5]!.rows).toEqual(['E11']);
    expect(steps[6]!.rows).toEqual(['E10']);
    expect(wire(steps[7]!.sent)).toEqual(['A>B SYN seq=200']);
  });
});
