import { describe, expect, it } from 'vitest';
import type { Bank, Card, ChoiceCard, Deck, Lang } from '../../src/content/types.js';
import { withDrills } from '../../src/content/with-drills.js';
import { drillDecks, generateDrills as generateChoiceCards } from '../../src/tcp/drills.js';
import { SCENARIOS } from '../../src/tcp/scenarios.js';
import { TCP_STATES } from '../../src/tcp/states.js';
import { RFC_STATE_CHANGES } from './rfc-table.js';

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
    expect(timeWait.answer).toBe('TIME-WAIT');
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
      expect(card.answer, card.id).toBe(row?.to);
      expect(card.note).toBe(card.id);
      if (row?.from !== 'any') expect(card.prompt).toContain(row?.from);
      expect(card.section).toBe(
        row?.from === 'any' ? (lang === 'zh' ? '任意状态' : 'Any state') : row?.from,
      );
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
    for (const card of fsm(lang)) {
      for (const option of card.options) expect(TCP_STATES as readonly string[]).toContain(option);
    }
  });

  it('does not always put the answer in the same place', () => {
    const positions = new Set(cards.map((card) => card.options.indexOf(card.answer)));
    expect(positions.size).toBe(4);
  });

  it('makes fill-the-blank cards from every scenario, one blank per figure', () => {
    const drills = seq(lang);
    for (const card of drills) {
      const m = /^seq-(.+)-(\d+)-(segment|clientState|serverState)$/.exec(card.id);
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
      'In ESTABLISHED, the application calls CLOSE — even with data still queued (the FIN follows that data). Which state comes next?',
    );
    expect(f12.answer).toBe('FIN-WAIT-1');
    expect(f12.explain).toContain('FIN,ACK on the wire');
    expect(f12.source).toBe('RFC 9293 §3.3.2 Fig.5; §3.10.4');
    expect(byId.get('fsm-f09')?.prompt).toContain('from LISTEN (passive OPEN)');
    expect(byId.get('fsm-e05')?.prompt).toContain('from SYN-SENT (active OPEN)');
    expect(byId.get('fsm-n01')?.answer).toBe('TIME-WAIT');
    // The same event under the other condition is always among the wrong options.
    expect(byId.get('fsm-f09')?.options).toContain('CLOSED');
    expect(byId.get('fsm-e05')?.options).toContain('LISTEN');
    expect(byId.get('fsm-f15')?.options).toContain('TIME-WAIT');
    expect(byId.get('fsm-n01')?.options).toContain('CLOSING');
    expect(byId.get('fsm-e25')?.answer).toBe('CLOSED');
    expect(byId.get('seq-handshake-1-segment')?.answer).toBe('SYN seq=x');
    expect(byId.get('seq-handshake-1-serverState')?.answer).toBe('SYN-RECEIVED');
    // On Linux the listener really stays in LISTEN: never offer it as a wrong answer there.
    for (const id of ['fsm-f04', 'fsm-f05', 'fsm-e01', 'seq-handshake-1-serverState'])
      expect(byId.get(id)?.options, id).not.toContain('LISTEN');
    expect(byId.get('fsm-f04')?.options).toHaveLength(4);
    expect(byId.get('seq-lost-final-ack-2-clientState')?.answer).toBe('FIN-WAIT-2');
    expect(byId.get('seq-simultaneous-close-3-segment')?.answer).toBe('ACK seq=u+1 ack=v+1');
    // Giveaways are no blanks: the mirror step shows the other CLOSING, row 3 the same LAST-ACK.
    expect(byId.has('seq-simultaneous-close-3-clientState')).toBe(false);
    expect(byId.has('seq-lost-final-ack-5-serverState')).toBe(false);
    const zh = generateDrills('zh').find((c) => c.id === 'fsm-f12');
    expect(zh?.prompt).toBe(
      '处于 ESTABLISHED 时，应用调用 CLOSE；条件：即使还有数据在排队（FIN 跟在这些数据之后发出）。下一个状态是？',
    );
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
