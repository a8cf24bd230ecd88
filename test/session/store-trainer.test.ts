import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/content/compile-deck.js';
import { storeTrainer } from '../../src/session/store-trainer.js';
import { openStore } from '../../src/store/file-store.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { tempDir } from '../store/temp-dir.js';

const deck = compileDeck(
  `---\nid: d\ntitle: D\ntopic: teardown\nlang: en\nsource: RFC 9293\n---\n\nQ: one <!-- id: one -->\nA: 1\n\nQ: two <!-- id: two -->\nA: 2\n\nR: three <!-- id: three -->\nA: 3\n`,
  'd.md',
);
const bank = { decks: deck.deck ? [deck.deck] : [], cards: deck.cards };
const NOW = Date.UTC(2026, 10, 23, 12);

function setup() {
  let now = NOW;
  const store = createMemoryStore();
  const trainer = storeTrainer(bank, 'en', store, [], () => now);
  return { store, trainer, tick: (ms: number) => (now += ms) };
}

describe('storeTrainer', () => {
  it('serves new cards with siblings buried, and shows the intervals each grade would give', () => {
    const { trainer } = setup();
    // `three` and `three:r` are siblings: only one is new today.
    expect(trainer.queue('new').map((c) => c.id)).toEqual(['one', 'two', 'three']);
    expect(trainer.counts()).toEqual({ due: 0, new: 3 });
    const labels = trainer.intervals(bank.cards[0]!);
    expect(labels[1]).toBe('1m');
    expect(labels[3]).toBe('10m');
  });

  it('records a grade in the store and requeues a learning card', () => {
    const { store, trainer } = setup();
    const card = bank.cards[0]!;
    expect(trainer.grade(card, 3, 1500, 'self')).toEqual({ requeue: true });
    expect(store.reviews()).toMatchObject([{ card: 'one', rating: 3, ms: 1500, by: 'self' }]);
    expect(trainer.counts().new).toBe(2);
  });

  it('does not requeue a card scheduled for another day', () => {
    const { trainer } = setup();
    expect(trainer.grade(bank.cards[1]!, 4, 800, 'self')).toEqual({ requeue: false });
  });

  it('undoes this session’s grades, newest first, and nothing more', () => {
    const { store, trainer, tick } = setup();
    trainer.grade(bank.cards[0]!, 3, 1, 'self');
    tick(1000);
    trainer.grade(bank.cards[1]!, 1, 1, 'auto');
    expect(trainer.undo()).toBe('two');
    expect(trainer.undo()).toBe('one');
    expect(trainer.undo()).toBeUndefined();
    expect(store.reviews()).toEqual([]);
  });

  it('browses a whole deck in order', () => {
    const { trainer } = setup();
    expect(trainer.queue('deck', 'd').map((c) => c.id)).toEqual(['one', 'two', 'three', 'three:r']);
    expect(trainer.cardsIn('d')).toBe(4);
  });
});

describe('a running trainer', () => {
  it('picks up a settings change made from the command line when it refreshes', () => {
    const dir = tempDir();
    const opened = openStore({ dir });
    const trainer = storeTrainer(bank, 'en', opened.store, [], () => NOW);
    expect(trainer.counts().new).toBe(3);
    // `tcp-drill settings new-per-day=1` in another process
    const cli = openStore({ dir }).store;
    cli.updateSettings({ newPerDay: 1 });
    cli.close();
    expect(trainer.counts().new).toBe(3);
    trainer.refresh();
    expect(trainer.counts().new).toBe(1);
    trainer.close();
  });
});

describe('practice, suspension and learning more', () => {
  it('practises without touching schedules or daily counts, and undo takes it back', () => {
    const { store, trainer } = setup();
    trainer.grade(bank.cards[0]!, 3, 1000, 'self');
    const before = { counts: trainer.counts(), states: JSON.stringify([...store.states()]) };
    trainer.practise(bank.cards[0]!, 1, 900, 'auto');
    trainer.practise(bank.cards[1]!, 3, 900, 'self');
    expect(trainer.counts()).toEqual(before.counts);
    expect(JSON.stringify([...store.states()])).toBe(before.states);
    expect(trainer.stats().practice).toMatchObject({ total: 2, today: 2 });
    expect(trainer.stats().totalReviews).toBe(1);
    expect(trainer.practiceCards({ kind: 'failed' }).map((c) => c.id)).toEqual(['one']);
    expect(trainer.undo()).toBe('two');
    expect(trainer.stats().practice.total).toBe(1);
  });

  it('never schedules a suspended card until it is restored', () => {
    const { trainer } = setup();
    trainer.setSuspended('one', true);
    expect(trainer.queue('new').map((c) => c.id)).toEqual(['two', 'three']);
    expect(trainer.cardRows().find((r) => r.card.id === 'one')?.status).toBe('suspended');
    trainer.setSuspended('one', false);
    expect(trainer.queue('new').map((c) => c.id)).toEqual(['one', 'two', 'three']);
  });

  it('learns more new cards today without changing the daily setting', () => {
    const { trainer } = setup();
    trainer.updateSettings({ newPerDay: 1 });
    expect(trainer.counts().new).toBe(1);
    trainer.learnMore(1);
    expect(trainer.counts().new).toBe(2);
    expect(trainer.settings().newPerDay).toBe(1);
  });
});
