// The playground's reducer, without rendering: keys become script lines, the trace is the
// simulator's, a step back replays the script minus its last line, and every one of the 46
// state changes can be reached by keys (the scripts of test/fixtures/sim/reach/, key by key).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_PLAYGROUND,
  playgroundReducer,
  playgroundScript,
  playgroundTrace,
  visitedChanges,
} from '../../src/session/playground.js';
import type { PlayAction, Playground } from '../../src/session/playground.js';
import { parseScript } from '../../src/tcp/sim/script.js';
import { simulate } from '../../src/tcp/sim/simulator.js';
import { STATE_CHANGES } from '../../src/tcp/transitions.js';

const REACH = new URL('../fixtures/sim/reach/', import.meta.url);

function play(actions: readonly PlayAction[], from: Playground = EMPTY_PLAYGROUND): Playground {
  return actions.reduce(playgroundReducer, from);
}

/** The keys for one script line: a dedicated key where there is one, else the typed line. */
function keysFor(text: string, before: Playground): PlayAction[] {
  const call = /^([AB]) (listen|connect|close|abort|send 10)$/.exec(text);
  if (call) {
    const name = call[2] === 'send 10' ? 'send' : call[2];
    return [
      { type: 'host', host: call[1] as 'A' | 'B' },
      { type: 'call', call: name as 'listen' | 'connect' | 'close' | 'abort' | 'send' },
    ];
  }
  if (/^(deliver|drop|dup|delay)$/.test(text))
    return [{ type: 'network', op: text as 'deliver' | 'drop' | 'dup' | 'delay' }];
  const rst = /^to ([AB]): RST$/.exec(text);
  if (rst) return [{ type: 'host', host: rst[1] as 'A' | 'B' }, { type: 'rst' }];
  if (text.startsWith('wait ')) {
    const timer = playgroundReducer(before, { type: 'next-timer' });
    if (timer.lines.at(-1) === text) return [{ type: 'next-timer' }];
    const msl = playgroundReducer(before, { type: 'two-msl' });
    if (msl.lines.at(-1) === text) return [{ type: 'two-msl' }];
  }
  return [{ type: 'line', text }];
}

function playFixture(id: string): Playground {
  const source = readFileSync(new URL(`${id.toLowerCase()}.sim`, REACH), 'utf8');
  let p = EMPTY_PLAYGROUND;
  for (const raw of source.split('\n')) {
    const text = raw.replace(/#.*$/, '').trim();
    if (text !== '') p = play(keysFor(text, p), p);
  }
  return p;
}

describe('playground reducer', () => {
  it('turns keys into sim script lines on the chosen host', () => {
    const p = play([
      { type: 'host', host: 'B' },
      { type: 'call', call: 'listen' },
      { type: 'host', host: 'A' },
      { type: 'call', call: 'connect' },
      { type: 'network', op: 'deliver' },
      { type: 'network', op: 'drop' },
      { type: 'call', call: 'send' },
      { type: 'rst' },
    ]);
    expect(p.lines).toEqual(['B listen', 'A connect', 'deliver', 'drop', 'A send 10', 'to A: RST']);
    const steps = playgroundTrace(p).steps;
    expect(steps[2]?.states).toEqual({ A: 'SYN-SENT', B: 'SYN-RECEIVED' });
  });

  it('waits until the next timer: what was lost is retransmitted after the RTO', () => {
    let p = play([
      { type: 'host', host: 'B' },
      { type: 'call', call: 'listen' },
      { type: 'host', host: 'A' },
      { type: 'call', call: 'connect' },
      { type: 'network', op: 'deliver' },
      { type: 'network', op: 'drop' },
      { type: 'next-timer' },
    ]);
    expect(p.lines.at(-1)).toBe('wait 1');
    const last = playgroundTrace(p).steps.at(-1);
    // Both RTOs (A's SYN, B's SYN,ACK) fall due at 1 s.
    expect(last?.sent.map((s) => s.flags.join(','))).toEqual(['SYN', 'SYN,ACK']);
    p = playgroundReducer(p, { type: 'back' });
    expect(p.lines.at(-1)).toBe('drop');
  });

  it('says so when no timer runs, and waits 2MSL out of TIME-WAIT', () => {
    expect(playgroundReducer(EMPTY_PLAYGROUND, { type: 'next-timer' }).problem).toEqual({
      kind: 'no-timer',
    });
    expect(playgroundReducer(EMPTY_PLAYGROUND, { type: 'two-msl' }).lines).toEqual(['wait 240']);
    const p = play([{ type: 'line', text: 'msl 30' }, { type: 'two-msl' }]);
    expect(p.lines).toEqual(['msl 30', 'wait 60']);
  });

  it('takes a typed line only if the script reads it, and says why not', () => {
    const bad = playgroundReducer(EMPTY_PLAYGROUND, { type: 'line', text: 'to C: RST' });
    expect(bad.lines).toEqual([]);
    expect(bad.problem).toMatchObject({ kind: 'bad-line', text: 'to C: RST' });
    const good = playgroundReducer(bad, { type: 'line', text: 'to B: SYN seq=150' });
    expect(good.lines).toEqual(['to B: SYN seq=150']);
    expect(good.problem).toBeUndefined();
  });

  it('steps back by replaying the script minus its last line', () => {
    const p = play([
      { type: 'host', host: 'B' },
      { type: 'call', call: 'listen' },
      { type: 'host', host: 'A' },
      { type: 'call', call: 'connect' },
      { type: 'network', op: 'deliver' },
      { type: 'back' },
    ]);
    expect(playgroundTrace(p).steps.at(-1)?.states).toEqual({ A: 'SYN-SENT', B: 'LISTEN' });
    expect(play([{ type: 'back' }]).lines).toEqual([]);
  });

  it('saves a script that sim replays to the same trace', () => {
    const p = playFixture('N01');
    const script = parseScript(playgroundScript(p));
    expect(script.problems).toEqual([]);
    expect(simulate(script.actions, script.config)).toEqual(playgroundTrace(p));
  });

  it('numbers each step by its line in the saved file, the header comment counted', () => {
    const p = playFixture('F16');
    const saved = playgroundScript(p, 'A tcp-drill playground run.\nReplay it with sim');
    const lines = saved.split('\n');
    // One header line, even when the header text has a line break of its own.
    expect(lines[0]).toBe('# A tcp-drill playground run. Replay it with sim');
    expect(lines.slice(1, -1)).toEqual(p.lines);
    const steps = playgroundTrace(p).steps;
    expect(steps.length).toBeGreaterThan(5);
    for (const step of steps) expect(lines[step.line - 1], `line ${step.line}`).toBe(step.do);
    // What sim reads from the saved file numbers the steps the same way.
    const replayed = parseScript(saved);
    expect(simulate(replayed.actions, replayed.config).steps.map((s) => s.line)).toEqual(
      steps.map((s) => s.line),
    );
    expect(steps[0]?.line).toBe(2);
  });

  it('counts the state changes visited and names one not visited', () => {
    expect(visitedChanges([])).toMatchObject({ count: 0, total: 46, next: { id: 'F01' } });
    const some = visitedChanges(['F01', 'F02', 'S01']);
    expect(some.count).toBe(2);
    expect(some.next?.id).toBe('F03');
    expect(visitedChanges(STATE_CHANGES.map((r) => r.id)).next).toBeUndefined();
  });
});

describe('every state change is reachable from the playground', () => {
  it.each(STATE_CHANGES.map((r) => r.id))('%s, key by key', (id) => {
    const p = playFixture(id);
    expect(p.problem).toBeUndefined();
    expect(playgroundTrace(p).steps.at(-1)?.rows).toContain(id);
  });
});
