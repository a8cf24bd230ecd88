import { describe, expect, it } from 'vitest';
import type { Bank, Card, ChoiceCard, Deck, Lang } from '../../src/content/types.js';
import { withDrills } from '../../src/content/with-drills.js';
import { drillDecks, generateDrills as generateChoiceCards } from '../../src/tcp/drills.js';
import { SCENARIOS } from '../../src/tcp/scenarios.js';
import { TCP_STATES } from '../../src/tcp/states.js';
import { RFC_ROWS, RFC_STATE_CHANGES } from './rfc-table.js';

const LANGS: readonly Lang[] = ['en', 'zh'];

/** A drill read as its option texts and its one right answer. */
type Drill = Omit<ChoiceCard, 'options'> & { options: string[]; answer: string };
const asDrill = (card: ChoiceCard): Drill => ({
  ...card,
  options: card.options.map((o) => o.text),
  answer: card.options.find((o) => o.correct)?.text ?? '',
});
const generateDrills = (lang: Lang): Drill[] => generateChoiceCards(lang).map(asDrill);
const fsmAll = (lang: Lang) => generateDrills(lang).filter((card) => card.deck === 'fsm-drills');
/** The drills of the 46 state changes; the 20 same-state rules are `fsm-s01`…`fsm-s20`. */
const fsm = (lang: Lang) => fsmAll(lang).filter((card) => !/^fsm-s\d\d$/.test(card.id));
const rules = (lang: Lang) => fsmAll(lang).filter((card) => /^fsm-s\d\d$/.test(card.id));
const seq = (lang: Lang) => generateDrills(lang).filter((card) => card.deck === 'sequence-drills');

/** How an option names the segment sent, written out here rather than taken from the code. */
const SENT: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {
    '-': 'sends nothing',
    SYN: 'sends SYN',
    'SYN,ACK': 'sends SYN,ACK',
    ACK: 'sends ACK',
    FIN: 'sends FIN',
    RST: 'sends RST',
    'ACK (challenge)': 'sends a challenge ACK',
    data: 'sends the data',
    retransmit: 'retransmits',
  },
  zh: {
    '-': '不发送',
    SYN: '发送 SYN',
    'SYN,ACK': '发送 SYN,ACK',
    ACK: '发送 ACK',
    FIN: '发送 FIN',
    RST: '发送 RST',
    'ACK (challenge)': '发送挑战 ACK',
    data: '发送数据',
    retransmit: '重传',
  },
};
/** How the explanation says the segments that are not plain control bits. */
const EXPLAINED: Readonly<Record<string, RegExp>> = {
  '-': /Nothing is sent|不发送任何报文段/,
  'ACK (challenge)': /challenge ACK|挑战 ACK/,
  data: /data|数据/,
  retransmit: /retransmits|重传/,
};
/** An fsm option split into its two halves: `ESTABLISHED · sends ACK`. */
const halves = (option: string) => {
  const [state = '', sent = ''] = option.split(' · ');
  return { state, sent };
};
const statesOf = (card: Drill | undefined) => card?.options.map((o) => halves(o).state) ?? [];

describe.each(LANGS)('generateDrills (%s)', (lang) => {
  const cards = generateDrills(lang);

  it('gives every card the common fields, and ids that are unique', () => {
    for (const card of cards) {
      expect(card).toMatchObject({
        type: 'choice',
        lang,
        topic: 'states',
        file: '(generated)',
        line: 0,
      });
      expect(['fsm-drills', 'sequence-drills']).toContain(card.deck);
      for (const field of [
        'id',
        'note',
        'section',
        'source',
        'prompt',
        'answer',
        'explain',
      ] as const) {
        expect(card[field], `${card.id}.${field}`).toBeTruthy();
      }
      expect(card.source).toMatch(/^RFC 9293 §/);
      // The source line is printed under the card; the explanation does not repeat it.
      expect(card.explain).not.toContain(card.source);
    }
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });

  it('has one drill per same-state rule, answered by staying, with no internal id shown', () => {
    const drills = rules(lang);
    expect(drills.map((c) => c.id)).toEqual(
      Array.from({ length: 20 }, (_, i) => `fsm-s${String(i + 1).padStart(2, '0')}`),
    );
    const timeWait = drills.find((c) => c.id === 'fsm-s18')!;
    expect(timeWait.answer).toBe(`TIME-WAIT · ${SENT[lang].ACK}`);
    expect(timeWait.prompt).toContain('TIME-WAIT');
    expect(new Set(timeWait.options).size).toBe(timeWait.options.length);
    for (const card of fsmAll(lang)) {
      expect(card.options).toContain(card.answer);
      expect(`${card.prompt} ${card.explain}`).not.toMatch(/\b[FNES]\d\d\b/);
    }
  });

  it('has one state-machine drill per state change, answered as the RFC table says', () => {
    const drills = fsm(lang);
    expect(drills.map((c) => c.id)).toEqual(
      RFC_STATE_CHANGES.map((row) => `fsm-${row.id.toLowerCase()}`),
    );
    for (const card of drills) {
      // Looked up in the hand-written copy of the table, not in the model the card came from.
      const row = RFC_STATE_CHANGES.find((r) => `fsm-${r.id.toLowerCase()}` === card.id);
      expect(card.answer, card.id).toBe(`${row?.to} · ${SENT[lang][row?.send ?? '']}`);
      expect(card.note).toBe(card.id);
      if (row?.from !== 'any') expect(card.prompt).toContain(row?.from);
      expect(card.section).toBe(
        row?.from === 'any' ? (lang === 'zh' ? '任意状态' : 'Any state') : row?.from,
      );
    }
  });

  it('asks every same-state rule for the state kept and the segment the RFC sends', () => {
    for (const card of rules(lang)) {
      const row = RFC_ROWS.find((r) => `fsm-${r.id.toLowerCase()}` === card.id);
      const kept = row?.from === 'any' ? 'ESTABLISHED' : row?.from;
      expect(card.answer, card.id).toBe(`${kept} · ${SENT[lang][row?.send ?? '']}`);
    }
  });

  it('asks for the state and the segment on every fsm card, and the grid gives neither away', () => {
    const question = lang === 'zh' ? '下一个状态是什么？发送什么报文段？' : 'what does it send?';
    for (const card of fsmAll(lang)) {
      expect(card.prompt, card.id).toContain(question);
      const parts = card.options.map(halves);
      for (const { state, sent } of parts) {
        expect(TCP_STATES as readonly string[], card.id).toContain(state);
        expect(Object.values(SENT[lang]), card.id).toContain(sent);
      }
      // Two states times two segments: each half is offered exactly twice, so neither which
      // states and segments appear nor how often points at the answer.
      for (const half of ['state', 'sent'] as const) {
        const counts = new Map<string, number>();
        for (const p of parts) counts.set(p[half], (counts.get(p[half]) ?? 0) + 1);
        expect([...counts.values()], `${card.id} ${half}`).toEqual([2, 2]);
      }
      // The explanation says what is sent, as the RFC table has it.
      const send = RFC_ROWS.find((r) => `fsm-${r.id.toLowerCase()}` === card.id)?.send ?? '';
      expect(card.explain, card.id).toMatch(EXPLAINED[send] ?? new RegExp(`\\b${send}\\b`));
    }
  });

  it('are choice cards with exactly one right option', () => {
    for (const card of generateChoiceCards(lang)) {
      expect(card.type).toBe('choice');
      expect(
        card.options.filter((o) => o.correct),
        card.id,
      ).toHaveLength(1);
    }
  });

  it('offers four distinct options with the answer exactly once', () => {
    for (const card of cards) {
      expect(card.options, card.id).toHaveLength(4);
      expect(new Set(card.options).size, card.id).toBe(4);
      expect(
        card.options.filter((o) => o === card.answer),
        card.id,
      ).toHaveLength(1);
    }
  });

  it('does not always put the answer in the same place', () => {
    const positions = new Set(cards.map((card) => card.options.indexOf(card.answer)));
    expect(positions.size).toBe(4);
  });

  it('makes fill-the-blank cards from every scenario, one blank per figure', () => {
    const drills = seq(lang);
    for (const card of drills) {
      const m = /^seq-(.+)-(\d+)-(segment|flags|seq|ack|clientState|serverState)$/.exec(card.id);
      expect(m, card.id).not.toBeNull();
      const scenario = SCENARIOS.find((s) => s.id === m?.[1]);
      expect(scenario, card.id).toBeDefined();
      expect(card.note).toBe(`seq-${scenario?.id}`);
      expect(card.figure?.split('[ ? ]')).toHaveLength(2);
      const step = scenario?.steps[Number(m?.[2]) - 1];
      const label = step?.send ? `${step.send.segment.flags} seq=${step.send.segment.seq}` : '';
      if (m?.[3] === 'segment') expect(card.answer.startsWith(label)).toBe(true);
      if (m?.[3] === 'clientState') expect(card.answer).toBe(step?.client);
      if (m?.[3] === 'serverState') expect(card.answer).toBe(step?.server);
      if (m?.[3] === 'flags') expect(card.answer).toBe(step?.send?.segment.flags);
      if (m?.[3] === 'ack') expect(card.answer).toBe(`ack=${step?.send?.segment.ack}`);
      if (m?.[3] === 'seq') expect(card.answer).toBe(`seq=${step?.send?.segment.seq}`);
    }
    expect(new Set(drills.map((c) => c.note))).toEqual(
      new Set(SCENARIOS.map((s) => `seq-${s.id}`)),
    );
  });
});

describe('drill stability', () => {
  it('generates the same cards every time (no randomness)', () => {
    expect(generateDrills('en')).toEqual(generateDrills('en'));
    expect(generateDrills('zh').map((c) => c.id)).toEqual(generateDrills('en').map((c) => c.id));
  });

  it('keeps known ids, prompts and answers', () => {
    const byId = new Map(generateDrills('en').map((c) => [c.id, c]));
    const f12 = byId.get('fsm-f12')!;
    expect(f12.prompt).toBe(
      'In ESTABLISHED, the application calls CLOSE — even with data still queued (the FIN follows that data). Which state comes next, and what does it send?',
    );
    expect(f12.answer).toBe('FIN-WAIT-1 · sends FIN');
    expect(f12.explain).toContain('FIN,ACK on the wire');
    expect(f12.source).toBe('RFC 9293 §3.3.2 Fig.5; §3.10.4');
    expect(byId.get('fsm-f09')?.prompt).toContain('from LISTEN (passive OPEN)');
    expect(byId.get('fsm-e05')?.prompt).toContain('from SYN-SENT (active OPEN)');
    expect(byId.get('fsm-n01')?.answer).toBe('TIME-WAIT · sends ACK');
    // The same event under the other condition is always the wrong state offered.
    expect(statesOf(byId.get('fsm-f09'))).toContain('CLOSED');
    expect(statesOf(byId.get('fsm-e05'))).toContain('LISTEN');
    expect(statesOf(byId.get('fsm-f15'))).toContain('TIME-WAIT');
    expect(statesOf(byId.get('fsm-n01'))).toContain('CLOSING');
    expect(statesOf(byId.get('fsm-s09'))).toContain('CLOSED');
    expect(statesOf(byId.get('fsm-s19'))).toContain('LISTEN');
    expect(byId.get('fsm-e25')?.answer).toBe('CLOSED · sends nothing');
    expect(byId.get('fsm-s20')?.answer).toBe('ESTABLISHED · retransmits');
    // The segment traps: an ACK for an ACK, a reset for an ABORT that sends none, a second FIN.
    expect(byId.get('fsm-f10')?.options).toContain('ESTABLISHED · sends ACK');
    expect(byId.get('fsm-e19')?.options).toContain('CLOSED · sends RST');
    expect(byId.get('fsm-e11')?.options).toContain('CLOSED · sends nothing');
    expect(byId.get('fsm-s14')?.options).toContain('FIN-WAIT-2 · sends FIN');
    expect(byId.get('fsm-s09')?.options).toContain('ESTABLISHED · sends RST');
    expect(byId.get('seq-handshake-1-segment')?.answer).toBe('SYN seq=x');
    expect(byId.get('seq-handshake-1-serverState')?.answer).toBe('SYN-RECEIVED');
    // On Linux the listener really stays in LISTEN: never offer it as a wrong answer there.
    for (const id of ['fsm-f04', 'fsm-f05', 'fsm-e01'])
      expect(statesOf(byId.get(id)), id).not.toContain('LISTEN');
    expect(byId.get('seq-handshake-1-serverState')?.options).not.toContain('LISTEN');
    expect(byId.get('fsm-f04')?.options).toHaveLength(4);
    // Nor a segment Linux sends where the RFC row sends none (or another).
    const sendsOf = (id: string) => byId.get(id)?.options.map((o) => halves(o).sent);
    expect(sendsOf('fsm-e06')).not.toContain('sends RST');
    expect(sendsOf('fsm-e07')).not.toContain('sends ACK');
    expect(sendsOf('fsm-s19')).not.toContain('sends SYN,ACK');
    expect(byId.get('seq-lost-final-ack-2-clientState')?.answer).toBe('FIN-WAIT-2');
    expect(byId.get('seq-simultaneous-close-3-segment')?.answer).toBe('ACK seq=u+1 ack=v+1');
    // Giveaways are no blanks: the mirror step shows the other CLOSING, row 3 the same LAST-ACK.
    expect(byId.has('seq-simultaneous-close-3-clientState')).toBe(false);
    expect(byId.has('seq-lost-final-ack-5-serverState')).toBe(false);
    const zh = generateDrills('zh').find((c) => c.id === 'fsm-f12');
    expect(zh?.prompt).toBe(
      '处于 ESTABLISHED 时，应用调用 CLOSE；条件：即使还有数据在排队（FIN 跟在这些数据之后发出）。下一个状态是什么？发送什么报文段？',
    );
    expect(zh?.answer).toBe('FIN-WAIT-1 · 发送 FIN');
  });

  it('offers near misses for segments: off-by-one numbers and wrong flags', () => {
    const card = generateDrills('en').find((c) => c.id === 'seq-handshake-2-segment');
    expect(card?.answer).toBe('SYN,ACK seq=y ack=x+1');
    expect(
      card?.options.filter((o) => o !== card.answer).some((o) => /ack=x$|seq=y\+1|^ACK /.test(o)),
    ).toBe(true);
  });
});

describe('drillDecks', () => {
  it.each(LANGS)('describes the two generated decks (%s)', (lang) => {
    const decks = drillDecks(lang);
    expect(decks.map((d) => d.id)).toEqual(['fsm-drills', 'sequence-drills']);
    for (const deck of decks) {
      expect(deck).toMatchObject({ lang, topic: 'states', file: '(generated)' });
      expect(deck.title).toBeTruthy();
      expect(deck.intro).toBeTruthy();
    }
  });
});

describe('withDrills', () => {
  const deck = (lang: Lang): Deck => ({
    id: 'handshake',
    order: 10,
    title: 'Handshake',
    topic: 'handshake',
    lang,
    source: 'RFC 9293 §3.5',
    intro: '',
    file: `content/${lang}/handshake.md`,
  });
  const card: Card = {
    type: 'basic',
    id: 'h1',
    note: 'h1',
    deck: 'handshake',
    lang: 'en',
    topic: 'handshake',
    section: '',
    source: 'RFC 9293 §3.5',
    file: 'content/en/handshake.md',
    line: 3,
    prompt: 'Why three segments?',
    answer: 'To reject old duplicate SYNs.',
  };
  const langsOf = (bank: Bank) => [
    ...new Set(bank.cards.filter((c) => c.file === '(generated)').map((c) => c.lang)),
  ];

  it('keeps the authored decks and cards first', () => {
    const bank = withDrills({ decks: [deck('en')], cards: [card] });
    expect(bank.decks[0]).toEqual(deck('en'));
    expect(bank.cards[0]).toEqual(card);
  });

  it('adds drills for each language the bank has', () => {
    expect(langsOf(withDrills({ decks: [deck('en')], cards: [card] }))).toEqual(['en']);
    expect(langsOf(withDrills({ decks: [deck('zh')], cards: [] }))).toEqual(['zh']);
    const both = withDrills({ decks: [deck('zh'), deck('en')], cards: [card] });
    expect(langsOf(both)).toEqual(['en', 'zh']);
    expect(both.decks.filter((d) => d.file === '(generated)')).toHaveLength(4);
    expect(both.cards).toHaveLength(1 + 2 * generateDrills('en').length);
  });

  it('adds English drills to an empty bank', () => {
    const bank = withDrills({ decks: [], cards: [] });
    expect(bank.decks.map((d) => `${d.lang}:${d.id}`)).toEqual([
      'en:fsm-drills',
      'en:sequence-drills',
    ]);
    expect(langsOf(bank)).toEqual(['en']);
  });

  it('does not add the drills twice', () => {
    const once = withDrills({ decks: [deck('en')], cards: [card] });
    expect(withDrills(once)).toEqual(once);
  });
});
