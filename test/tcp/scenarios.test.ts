import { describe, expect, it } from 'vitest';
import { SCENARIOS, blankAnswer, blankableParts, segmentLabel } from '../../src/tcp/scenarios.js';
import type { Scenario, Side } from '../../src/tcp/scenarios.js';
import { TRANSITIONS } from '../../src/tcp/transitions.js';

const scenario = (id: string): Scenario => {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};
const byScenario = SCENARIOS.map((s) => ({ id: s.id, scenario: s }));

// Written out by hand from RFC 9293 Figures 6, 7, 12, 13, §3.10.5 and §3.10.7.1: direction and label.
// The simulator draws the scenarios; these are what it must draw.
const EXPECTED: Record<string, string[]> = {
  handshake: ['> SYN seq=x', '< SYN,ACK seq=y ack=x+1', '> ACK seq=x+1 ack=y+1'],
  'close-client-first': [
    '> FIN,ACK seq=u ack=v',
    '< ACK seq=v ack=u+1',
    '< FIN,ACK seq=v ack=u+1',
    '> ACK seq=u+1 ack=v+1',
  ],
  'close-server-first': [
    '< FIN,ACK seq=u ack=v',
    '> ACK seq=v ack=u+1',
    '> FIN,ACK seq=v ack=u+1',
    '< ACK seq=u+1 ack=v+1',
  ],
  'simultaneous-close': [
    '> FIN,ACK seq=u ack=v',
    '< FIN,ACK seq=v ack=u',
    '> ACK seq=u+1 ack=v+1',
    '< ACK seq=v+1 ack=u+1',
  ],
  'fin-carries-ack': [
    '> FIN,ACK seq=u ack=v',
    '< ACK seq=v ack=u+1 (lost)',
    '< FIN,ACK seq=v ack=u+1',
    '> ACK seq=u+1 ack=v+1',
  ],
  'lost-final-ack': [
    '> FIN,ACK seq=u ack=v',
    '< ACK seq=v ack=u+1',
    '< FIN,ACK seq=v ack=u+1',
    '> ACK seq=u+1 ack=v+1 (lost)',
    '< FIN,ACK seq=v ack=u+1',
    '> ACK seq=u+1 ack=v+1',
  ],
  'syn-closed-port': ['> SYN seq=x', '< RST,ACK seq=0 ack=x+1'],
  'abortive-close': ['> RST seq=u'],
  'simultaneous-open': [
    '> SYN seq=x',
    '< SYN seq=y',
    '> SYN,ACK seq=x ack=y+1',
    '< SYN,ACK seq=y ack=x+1',
  ],
  'lost-syn': [
    '> SYN seq=x (lost)',
    '> SYN seq=x',
    '< SYN,ACK seq=y ack=x+1',
    '> ACK seq=x+1 ack=y+1',
  ],
  'lost-syn-ack': [
    '> SYN seq=x',
    '< SYN,ACK seq=y ack=x+1 (lost)',
    '> SYN seq=x',
    '< SYN,ACK seq=y ack=x+1',
    // §3.10.7.4 first step: the repeated SYN is outside the window, so an empty ACK answers it.
    '< ACK seq=y+1 ack=x+1',
    '> ACK seq=x+1 ack=y+1',
  ],
  'lost-fin': [
    '> FIN,ACK seq=u ack=v (lost)',
    '> FIN,ACK seq=u ack=v',
    '< ACK seq=v ack=u+1',
    '< FIN,ACK seq=v ack=u+1',
    '> ACK seq=u+1 ack=v+1',
  ],
  'half-close': [
    '> FIN,ACK seq=u ack=v',
    '< ACK seq=v ack=u+1',
    '< ACK seq=v ack=u+1 len=100',
    '> ACK seq=u+1 ack=v+100',
    '< FIN,ACK seq=v+100 ack=u+1',
    '> ACK seq=u+1 ack=v+101',
  ],
  // RFC 9293 Figure 8, lines 2 to 8.
  'old-duplicate-syn': [
    '> SYN seq=100',
    '> SYN seq=90',
    '< SYN,ACK seq=300 ack=91',
    '> RST seq=91',
    '< SYN,ACK seq=400 ack=101',
    '> ACK seq=101 ack=401',
  ],
  'syn-in-time-wait': ['> SYN seq=200', '< SYN,ACK seq=400 ack=201', '> ACK seq=201 ack=401'],
};

describe('scenarios', () => {
  it('cover the cases of the issue, in order', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual(Object.keys(EXPECTED));
  });

  it.each(byScenario)('$id sends the textbook segments', ({ scenario: s }) => {
    const drawn = s.steps.flatMap((step) =>
      step.send
        ? [
            `${step.send.from === 'client' ? '>' : '<'} ${segmentLabel(step.send.segment)}${step.send.lost ? ' (lost)' : ''}`,
          ]
        : [],
    );
    expect(drawn).toEqual(EXPECTED[s.id]);
  });

  // Each state shown must be allowed by the model from the side's previous state, and the row the
  // step cites must be exactly that move.
  it.each(byScenario)('$id moves each side only along the transition table', ({ scenario: s }) => {
    const now: Record<Side, string> = { ...s.start };
    s.steps.forEach((step, i) => {
      for (const side of ['client', 'server'] as const) {
        const next = step[side];
        if (next === undefined) continue;
        const id = step.rows?.[side];
        const row = TRANSITIONS.find((r) => r.id === id);
        const where = `${s.id} step ${i + 1} ${side}: ${now[side]} -> ${next} (${id})`;
        expect(row, where).toBeDefined();
        expect([now[side], 'any'], where).toContain(row?.from);
        expect(row?.to === 'same' ? now[side] : row?.to, where).toBe(next);
        now[side] = next;
      }
    });
  });

  it('put TIME-WAIT on the active closer only, and nowhere after an abort', () => {
    const timeWait = (s: Scenario, side: Side) =>
      s.steps.some((step) => step[side] === 'TIME-WAIT');
    expect([
      timeWait(scenario('close-client-first'), 'client'),
      timeWait(scenario('close-client-first'), 'server'),
    ]).toEqual([true, false]);
    expect([
      timeWait(scenario('close-server-first'), 'client'),
      timeWait(scenario('close-server-first'), 'server'),
    ]).toEqual([false, true]);
    expect([
      timeWait(scenario('simultaneous-close'), 'client'),
      timeWait(scenario('simultaneous-close'), 'server'),
    ]).toEqual([true, true]);
    expect([
      timeWait(scenario('abortive-close'), 'client'),
      timeWait(scenario('abortive-close'), 'server'),
    ]).toEqual([false, false]);
  });

  it('have blanks only where there is something to hide', () => {
    for (const s of SCENARIOS) {
      for (const blank of blankableParts(s)) expect(blankAnswer(s, blank)).toBeTruthy();
    }
    expect(blankAnswer(scenario('handshake'), { step: 1, part: 'segment' })).toBe('SYN seq=x');
    expect(blankAnswer(scenario('handshake'), { step: 2, part: 'serverState' })).toBeUndefined();
    expect(blankAnswer(scenario('handshake'), { step: 9, part: 'segment' })).toBeUndefined();
  });
});

describe('scenario sequence numbers', () => {
  type Num = { base: string; off: number };
  const parse = (v: string): Num => {
    const m = /^([a-z0-9]+)(?:\+(\d+))?$/.exec(v);
    if (!m) throw new Error(`bad number ${v}`);
    return { base: m[1] ?? '', off: Number(m[2] ?? 0) };
  };
  const show = (n: Num) => (n.off === 0 ? n.base : `${n.base}+${n.off}`);

  // SYN and FIN occupy one sequence number, data its length, a bare ACK none (RFC 9293 §3.4); a
  // repeated SYN or FIN keeps its first sequence number; nobody acknowledges a number the peer has
  // not used yet. Scenarios written in plain numbers (an old duplicate, a second incarnation) are
  // checked by their expected segments above instead.
  const symbolic = SCENARIOS.filter((s) =>
    s.steps.some((step) => step.send && /^[a-z]/.test(step.send.segment.seq)),
  );
  it.each(symbolic.map((s) => ({ id: s.id, scenario: s })))(
    '$id follows the arithmetic',
    ({ scenario }) => {
      const next: Record<string, Num | undefined> = {};
      const synSeq: Record<string, string | undefined> = {};
      const finSeq: Record<string, string | undefined> = {};
      const lastAck: Record<string, number> = {};
      for (const step of scenario.steps) {
        if (!step.send) continue;
        const { from, segment } = step.send;
        const to = from === 'client' ? 'server' : 'client';
        const flags = segment.flags.split(',');
        const seq = parse(segment.seq);
        const noTcb = flags.includes('RST') && segment.seq === '0';
        if (!noTcb) {
          const repeatSyn = flags.includes('SYN') && synSeq[from] !== undefined;
          const repeatFin = flags.includes('FIN') && finSeq[from] !== undefined;
          if (repeatSyn) expect(segment.seq).toBe(synSeq[from]);
          else if (repeatFin) expect(segment.seq).toBe(finSeq[from]);
          else if (next[from] !== undefined) expect(segment.seq).toBe(show(next[from]));
          if (flags.includes('SYN')) synSeq[from] ??= segment.seq;
          if (flags.includes('FIN')) finSeq[from] ??= segment.seq;
          if (!repeatSyn && !repeatFin) {
            next[from] = {
              ...seq,
              off:
                seq.off +
                (segment.len ?? 0) +
                (flags.includes('SYN') ? 1 : 0) +
                (flags.includes('FIN') ? 1 : 0),
            };
          }
        }
        if (segment.ack !== undefined) {
          expect(flags).toContain('ACK');
          const ack = parse(segment.ack);
          // Between synchronized peers the first ACK number tells where the peer's sequence stands.
          if (next[to] === undefined && scenario.start[to] === 'ESTABLISHED') next[to] = ack;
          const peer = next[to];
          expect(peer, `${segment.flags} acks before the peer sent anything`).toBeDefined();
          expect(ack.base).toBe(peer?.base);
          expect(ack.off).toBeLessThanOrEqual(peer?.off ?? -1);
          expect(ack.off).toBeGreaterThanOrEqual(lastAck[from] ?? 0);
          lastAck[from] = ack.off;
        }
      }
    },
  );

  it('gives the passive closer’s FIN the seq of its earlier ACK (no data in between)', () => {
    const close = SCENARIOS.find((s) => s.id === 'close-client-first') as Scenario;
    const [, ack, fin] = close.steps;
    expect(ack?.send?.segment.seq).toBe('v');
    expect(fin?.send?.segment.seq).toBe('v');
  });
});
