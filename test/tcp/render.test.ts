import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/content/types.js';
import { renderSequence } from '../../src/tcp/render-sequence.js';
import { renderStateDiagram } from '../../src/tcp/render-state-diagram.js';
import { SCENARIOS, blankAnswer, blankableParts, segmentLabel } from '../../src/tcp/scenarios.js';
import type { Scenario } from '../../src/tcp/scenarios.js';

const HANDSHAKE = SCENARIOS.find((s) => s.id === 'handshake') as Scenario;
import { TCP_STATES } from '../../src/tcp/states.js';
import type { TcpState } from '../../src/tcp/states.js';
import { STATE_CHANGES } from '../../src/tcp/transitions.js';

const LANGS: readonly Lang[] = ['en', 'zh'];
const cases = SCENARIOS.flatMap((scenario) =>
  LANGS.map((lang) => ({ id: scenario.id, scenario, lang })),
);

// Column layout of a step row: ' 1. ' | client state (14) | arrow lane (40) | 2 spaces | server state.
const cols = (line: string) => ({
  client: line.slice(4, 18).trim(),
  lane: line.slice(18, 58),
  server: line.slice(60).trim(),
});

function stepLine(text: string, step: number): string {
  const line = text.split('\n').find((l) => l.startsWith(`${`${step}.`.padStart(3)} `));
  if (line === undefined) throw new Error(`no row for step ${step}`);
  return line;
}

describe('renderSequence', () => {
  it('draws the handshake exactly (en)', () => {
    expect(renderSequence(HANDSHAKE, { lang: 'en' })).toBe(
      [
        'Three-way handshake — RFC 9293 §3.5 Fig.6',
        '',
        '    Client                                                  Server',
        '    CLOSED                                                  LISTEN',
        '                  (client calls connect(): an active OPEN)',
        ' 1. SYN-SENT      -------------- SYN seq=x -------------->  SYN-RECEIVED',
        ' 2. ESTABLISHED   <-------- SYN,ACK seq=y ack=x+1 --------',
        ' 3.               --------- ACK seq=x+1 ack=y+1 --------->  ESTABLISHED',
        '',
        'SYN and SYN,ACK each use one sequence number, hence ack=x+1 and ack=y+1; the',
        'bare ACK uses none. The client is ESTABLISHED when the SYN,ACK arrives, the',
        'server only when the final ACK does.',
      ].join('\n'),
    );
  });

  it('draws the handshake exactly (zh), Chinese headers in the same columns', () => {
    expect(renderSequence(HANDSHAKE, { lang: 'zh' })).toBe(
      [
        '三次握手 — RFC 9293 §3.5 图 6',
        '',
        '    客户端                                                  服务端',
        '    CLOSED                                                  LISTEN',
        '                  （客户端调用 connect()：主动打开）',
        ' 1. SYN-SENT      -------------- SYN seq=x -------------->  SYN-RECEIVED',
        ' 2. ESTABLISHED   <-------- SYN,ACK seq=y ack=x+1 --------',
        ' 3.               --------- ACK seq=x+1 ack=y+1 --------->  ESTABLISHED',
        '',
        'SYN 和 SYN,ACK 各占一个序列号，所以是 ack=x+1 和 ack=y+1；纯 ACK 不占序列号。',
        '客户端收到 SYN,ACK 即进入 ESTABLISHED，服务端要等最后的 ACK 到达才进入。',
      ].join('\n'),
    );
  });

  it.each(cases)(
    '$id ($lang) stays within 80 columns, no trailing spaces',
    ({ scenario, lang }) => {
      for (const line of renderSequence(scenario, { lang }).split('\n')) {
        expect(stringWidth(line), line).toBeLessThanOrEqual(80);
        expect(line).toBe(line.trimEnd());
      }
    },
  );

  it.each(cases)('$id ($lang) puts each label and state on its own row', ({ scenario, lang }) => {
    const text = renderSequence(scenario, { lang });
    scenario.steps.forEach((step, i) => {
      const row = cols(stepLine(text, i + 1));
      expect(row.client).toBe(step.client ?? '');
      expect(row.server).toBe(step.server ?? '');
      if (step.send) {
        expect(row.lane).toContain(` ${segmentLabel(step.send.segment)} `);
        const head = step.send.lost ? 'X' : step.send.from === 'client' ? '>' : '<';
        expect(
          step.send.from === 'client'
            ? row.lane.trimEnd().endsWith(head)
            : row.lane.trimStart().startsWith(head),
        ).toBe(true);
      } else {
        expect(row.lane.trim()).toBe('');
      }
    });
  });

  it('shows the textbook labels on the textbook rows', () => {
    const close = SCENARIOS.find((s) => s.id === 'close-client-first') as Scenario;
    const text = renderSequence(close, { lang: 'en' });
    expect(stepLine(text, 1)).toMatch(/^ 1\. FIN-WAIT-1 +-+ FIN,ACK seq=u ack=v -+>  CLOSE-WAIT$/);
    expect(stepLine(text, 2)).toMatch(/^ 2\. FIN-WAIT-2 +<-+ ACK seq=v ack=u\+1 -+$/);
    expect(stepLine(text, 3)).toMatch(/^ 3\. TIME-WAIT +<-+ FIN,ACK seq=v ack=u\+1 -+  LAST-ACK$/);
    expect(stepLine(text, 4)).toMatch(/^ 4\. +-+ ACK seq=u\+1 ack=v\+1 -+>  CLOSED$/);
    expect(stepLine(text, 5)).toBe(' 5. CLOSED');

    const simultaneous = renderSequence(
      SCENARIOS.find((s) => s.id === 'simultaneous-close') as Scenario,
      { lang: 'en' },
    );
    expect(cols(stepLine(simultaneous, 3)).client).toBe('CLOSING');
    expect(cols(stepLine(simultaneous, 4)).server).toBe('CLOSING');
    expect(cols(stepLine(simultaneous, 5))).toMatchObject({
      client: 'TIME-WAIT',
      server: 'TIME-WAIT',
    });

    const lost = renderSequence(SCENARIOS.find((s) => s.id === 'lost-final-ack') as Scenario, {
      lang: 'en',
    });
    expect(stepLine(lost, 4)).toMatch(/ACK seq=u\+1 ack=v\+1 -+X$/);
    expect(stepLine(lost, 5)).toMatch(/^ 5\. TIME-WAIT +<-+ FIN,ACK seq=v ack=u\+1 -+  LAST-ACK$/);

    const refused = renderSequence(SCENARIOS.find((s) => s.id === 'syn-closed-port') as Scenario, {
      lang: 'en',
    });
    // The server's state is drawn on the SYN that arrives at it, as every arrival is.
    expect(stepLine(refused, 1)).toMatch(/^ 1\. SYN-SENT +-+ SYN seq=x -+>  CLOSED$/);
    expect(stepLine(refused, 2)).toMatch(/^ 2\. CLOSED +<-+ RST,ACK seq=0 ack=x\+1 -+$/);

    const note2 = renderSequence(SCENARIOS.find((s) => s.id === 'fin-carries-ack') as Scenario, {
      lang: 'en',
    });
    expect(stepLine(note2, 2)).toMatch(/ACK seq=v ack=u\+1 -+$/);
    expect(cols(stepLine(note2, 3))).toMatchObject({ client: 'TIME-WAIT', server: 'LAST-ACK' });

    const abort = renderSequence(SCENARIOS.find((s) => s.id === 'abortive-close') as Scenario, {
      lang: 'en',
    });
    expect(abort).not.toContain('TIME-WAIT  ');
    expect(cols(stepLine(abort, 1))).toMatchObject({ client: 'CLOSED', server: 'CLOSED' });
  });

  it.each(cases)('$id ($lang): a blank hides exactly the chosen part', ({ scenario, lang }) => {
    const plain = renderSequence(scenario, { lang }).split('\n');
    for (const blank of blankableParts(scenario)) {
      const lines = renderSequence(scenario, { lang, blank }).split('\n');
      expect(lines).toHaveLength(plain.length);
      const changed = lines.flatMap((line, i) => (line === plain[i] ? [] : [i]));
      expect(changed).toHaveLength(1);
      const at = changed[0] ?? -1;
      const before = cols(plain[at] ?? '');
      const after = cols(lines[at] ?? '');
      expect((lines[at] ?? '').split('[ ? ]')).toHaveLength(2);
      expect(stepLine(lines.join('\n'), blank.step)).toBe(lines[at]);
      if (blank.part === 'segment') {
        expect(after).toMatchObject({ client: before.client, server: before.server });
        expect(after.lane).toContain(' [ ? ] ');
        expect(after.lane).toHaveLength(before.lane.length);
      } else if (blank.part === 'flags' || blank.part === 'seq' || blank.part === 'ack') {
        // One field of the label hidden, the others still there, the arrow as long.
        expect(after).toMatchObject({ client: before.client, server: before.server });
        const answer = blankAnswer(scenario, blank)!;
        expect(before.lane).toContain(answer);
        expect(after.lane.replace('[ ? ]', answer).replace(/-+/g, '-')).toBe(
          before.lane.replace(/-+/g, '-'),
        );
        expect(after.lane).toHaveLength(before.lane.length);
      } else if (blank.part === 'clientState') {
        expect(after).toEqual({ ...before, client: '[ ? ]' });
      } else {
        expect(after).toEqual({ ...before, server: '[ ? ]' });
      }
    }
  });

  it('can leave the summary out (drills do, it may give the answer away)', () => {
    const text = renderSequence(HANDSHAKE, { lang: 'en', summary: false });
    expect(text.split('\n').at(-1)).toMatch(/^ 3\. /);
  });
});

describe('renderStateDiagram', () => {
  it.each(LANGS)('draws every state exactly once as a box, within 80 columns (%s)', (lang) => {
    const { text, highlight } = renderStateDiagram({ lang });
    expect(highlight).toBeUndefined();
    expect(text).not.toContain('[*');
    for (const state of TCP_STATES) expect(text.split(`[ ${state} ]`), state).toHaveLength(2);
    for (const line of text.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
  });

  it.each(TCP_STATES.flatMap((state) => LANGS.map((lang) => ({ state, lang }))))(
    'marks $state without colour and says where ($lang)',
    ({ state, lang }) => {
      const plain = renderStateDiagram({ lang }).text.split('\n');
      const { text, highlight } = renderStateDiagram({ highlight: state, lang });
      const lines = text.split('\n');
      expect(highlight).toBeDefined();
      if (!highlight) return;
      const line = lines[highlight.line] ?? '';
      expect(line.slice(highlight.start, highlight.end)).toBe(`[*${state}*]`);
      expect(plain[highlight.line]).toBe(line.replace(`[*${state}*]`, `[ ${state} ]`));
      expect(text.split(`[*${state}*]`).length).toBeGreaterThanOrEqual(2);
      expect(text).not.toContain(`[ ${state} ]`);
      // Only the marked line and the closing "marks the current state" line differ.
      expect(lines.slice(0, plain.length).filter((l, i) => l !== plain[i])).toEqual([line]);
      expect(lines).toHaveLength(plain.length + 1);
    },
  );

  const arcs = STATE_CHANGES.map((row) => ({
    id: row.id,
    from: row.from === 'any' ? ('ESTABLISHED' as const) : row.from,
    to: row.to,
  }));
  it.each(arcs.flatMap((arc) => LANGS.map((lang) => ({ ...arc, lang }))))(
    '$id: marks $from and $to apart, in the same columns ($lang)',
    ({ from, to, lang }) => {
      const plain = renderStateDiagram({ lang }).text.split('\n');
      const { text, highlight, target } = renderStateDiagram({ highlight: from, target: to, lang });
      const lines = text.split('\n');
      expect(highlight && target).toBeDefined();
      if (!highlight || !target) return;
      expect(lines[highlight.line]?.slice(highlight.start, highlight.end)).toBe(`[*${from}*]`);
      expect(lines[target.line]?.slice(target.start, target.end)).toBe(`[=${to}=]`);
      // Unmarked, the diagram is the plain one: no column moved.
      const unmarked = lines
        .slice(0, plain.length)
        .map((l) => l.replace(`[*${from}*]`, `[ ${from} ]`).replace(`[=${to}=]`, `[ ${to} ]`));
      expect(unmarked).toEqual(plain);
      expect(lines).toHaveLength(plain.length + 1);
      expect(lines.at(-1)).toContain(`[=${to}=]`);
      for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(80);
    },
  );

  it.each(TCP_STATES.flatMap((state) => LANGS.map((lang) => ({ state, lang }))))(
    'masks the labels of the arcs out of $state while a question is open, and nothing else moves ($lang)',
    ({ state, lang }) => {
      const open = renderStateDiagram({ highlight: state, lang }).text.split('\n');
      const masked = renderStateDiagram({ highlight: state, lang, masked: true }).text.split('\n');
      const changed = masked.filter((l, i) => l !== open[i]);
      // Some label went, only `~` came in its place, and every column stayed where it was.
      expect(changed.length).toBeGreaterThan(1);
      for (const [i, l] of masked.entries()) {
        const was = open[i] ?? '';
        if (i >= 30) continue; // the legend is another text
        expect(stringWidth(l)).toBe(stringWidth(was));
        [...l].forEach((ch, k) => {
          if (ch !== [...was][k]) expect(ch).toBe('~');
        });
      }
      // The notes under the diagram name outcomes (ABORT leads to CLOSED …): not while asking.
      expect(masked.join('\n')).not.toMatch(/Not drawn|图中未画出/);
    },
  );

  it('masks the events that a question about the state would name', () => {
    const masked = (state: TcpState) =>
      renderStateDiagram({ highlight: state, lang: 'en', masked: true }).text;
    expect(masked('CLOSED')).not.toMatch(/ {4}passive OPEN|active OPEN/);
    expect(masked('LISTEN')).not.toContain('SEND / snd SYN');
    expect(masked('LISTEN')).toContain('rcv SYN / snd SYN,ACK'); // SYN-SENT's arc stays
    expect(masked('ESTABLISHED')).not.toMatch(/\| rcv FIN\n|CLOSE {2}\| {7}\|/);
    expect(masked('FIN-WAIT-1')).not.toMatch(/rcv FIN \+|ACK of FIN|\(Note 2\)/);
    expect(masked('TIME-WAIT')).not.toContain('timeout 2MSL');
    expect(masked('SYN-RECEIVED')).not.toMatch(/rcv RST|Note 1|rcv ACK of SYN/);
  });

  it('marks a state that stays only once, as the current one', () => {
    const once = renderStateDiagram({ highlight: 'TIME-WAIT', lang: 'en' });
    const same = renderStateDiagram({ highlight: 'TIME-WAIT', target: 'TIME-WAIT', lang: 'en' });
    expect(same).toEqual(once);
    expect(same.text).not.toContain('[=');
  });

  it('draws the arcs of Figure 5 with their labels', () => {
    const { text } = renderStateDiagram({ lang: 'en' });
    for (const label of [
      'passive OPEN',
      'active OPEN',
      'rcv SYN',
      'snd SYN,ACK',
      'rcv ACK of SYN',
      'rcv FIN',
      'timeout 2MSL',
      'Note 2',
    ]) {
      expect(text).toContain(label);
    }
  });
});
