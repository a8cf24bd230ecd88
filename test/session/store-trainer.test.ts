import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/content/compile-deck.js';
import type { Bank } from '../../src/content/types.js';
import type { Rating } from '../../src/srs/scheduler.js';
import { storeTrainer } from '../../src/session/store-trainer.js';
import { openStore } from '../../src/store/file-store.js';
import { exportProgress } from '../../src/store/transfer.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { tempDir } from '../store/temp-dir.js';

const deck = compileDeck(
  `---\nid: d\ntitle: D\ntopic: teardown\nlang: en\nsource: RFC 9293\n---\n\nQ: one <!-- id: one -->\nA: 1\n\nQ: two <!-- id: two -->\nA: 2\n\nR: three <!-- id: three -->\nA: 3\n`,
  'd.md',
);
const bank = { decks: deck.deck ? [deck.deck] : [], cards: deck.cards };
const NOW = new Date(2026, 10, 23, 12).getTime();
const MIN = 60_000;

function setup(b: Bank = bank, settings = {}) {
  let now = NOW;
  const store = createMemoryStore({ settings });
  const trainer = storeTrainer(b, 'en', store, [], () => now);
  return { store, trainer, tick: (ms: number) => (now += ms), now: () => now };
}

/** A bank of `n` plain flashcards, each its own note. */
function flashcards(n: number): Bank {
  const body = Array.from({ length: n }, (_, i) => `Q: q${i} <!-- id: c${i} -->\nA: a${i}\n`);
  const d = compileDeck(
    `---\nid: f\ntitle: F\ntopic: states\nlang: en\nsource: RFC 9293\n---\n\n${body.join('\n')}`,
    'f.md',
  );
  return { decks: d.deck ? [d.deck] : [], cards: d.cards };
}

describe('storeTrainer', () => {
  it('serves new cards with siblings buried, and previews what each grade would give', () => {
    const { trainer } = setup();
    // `three` and `three:r` are siblings: only one is new today.
    expect(trainer.queue('new').map((c) => c.id)).toEqual(['one', 'two', 'three']);
    expect(trainer.counts()).toEqual({ due: 0, new: 3, learning: 0, review: 0 });
    const p = trainer.preview(bank.cards[0]!);
    expect(p.outcomes[1].label).toBe('1m');
    expect(p.outcomes[3].label).toBe('10m');
    expect(p.outcomes[3].due).toBe(NOW + 10 * MIN);
  });

  it('labels intervals in Chinese for a Chinese trainer', () => {
    const store = createMemoryStore();
    const zh = storeTrainer(bank, 'zh', store, [], () => NOW);
    const en = storeTrainer(bank, 'en', store, [], () => NOW);
    // The cards are English here; the preview only needs an id.
    const card = bank.cards[0]!;
    expect(zh.preview(card).outcomes[3].label).toBe('10分钟');
    expect(en.preview(card).outcomes[3].label).toBe('10m');
  });

  it('schedules every grade of 50 cards exactly as its preview showed, fuzz included', () => {
    const b = flashcards(50);
    const { store, trainer, tick } = setup(b, { newPerDay: 50 });
    const cards = trainer.queue('new');
    expect(cards).toHaveLength(50);
    // Take each card through a few rounds so the fuzzed day intervals come into play.
    for (let round = 0; round < 4; round++) {
      cards.forEach((card, i) => {
        const rating = (((i + round) % 4) + 1) as Rating;
        const shown = trainer.preview(card);
        // Time passes between showing the grades and pressing one (and redraws happen).
        tick(7_919 + i * 13);
        trainer.preview(card);
        const graded = trainer.grade(card, rating, 4000, 'self', shown);
        const due = store.states().get(card.id)!.due;
        expect(due).toBe(shown.outcomes[rating].due);
        expect(graded.due).toBe(due);
      });
      tick(40 * 24 * 60 * MIN);
    }
  });

  it('records a grade in the store and requeues a learning card', () => {
    const { store, trainer, tick } = setup();
    const card = bank.cards[0]!;
    const p = trainer.preview(card);
    tick(1500);
    expect(trainer.grade(card, 3, 1500, 'self', p)).toMatchObject({ requeue: true, rating: 3 });
    expect(store.reviews()).toMatchObject([{ card: 'one', rating: 3, ms: 1500, by: 'self' }]);
    expect(trainer.counts()).toMatchObject({ new: 2, learning: 0 });
    tick(10 * MIN);
    expect(trainer.counts()).toMatchObject({ new: 2, learning: 1, review: 0, due: 1 });
  });

  it('does not requeue a card scheduled for another day', () => {
    const { trainer } = setup();
    const card = bank.cards[1]!;
    expect(trainer.grade(card, 4, 800, 'self', trainer.preview(card)).requeue).toBe(false);
  });

  it('refuses a preview of another card', () => {
    const { trainer } = setup();
    const p = trainer.preview(bank.cards[0]!);
    expect(() => trainer.grade(bank.cards[1]!, 3, 1, 'self', p)).toThrow(/preview/);
  });

  it('logs an override as an undo of the automatic grade plus the learner’s own', () => {
    const { store, trainer, tick } = setup();
    const card = bank.cards[0]!;
    const p = trainer.preview(card);
    const auto = trainer.grade(card, 1, 2000, 'auto', p);
    tick(3000);
    const mine = trainer.regrade(auto, 3, 5000);
    expect(mine).toMatchObject({ rating: 3, by: 'self', due: p.outcomes[3].due });
    const log = store.entries();
    expect(log).toHaveLength(3);
    expect(log[0]).toMatchObject({ card: 'one', rating: 1, by: 'auto' });
    expect(log[1]).toEqual({ undo: auto.review, at: NOW + 3000 });
    expect(log[2]).toMatchObject({ card: 'one', rating: 3, by: 'self', ms: 5000 });
    expect(store.reviews()).toMatchObject([{ rating: 3, by: 'self' }]);
    expect(store.states().get('one')!.due).toBe(p.outcomes[3].due);
  });

  it('keeps an override when the log is imported elsewhere (the two reviews share a time)', () => {
    const { store, trainer } = setup();
    const card = bank.cards[0]!;
    trainer.regrade(trainer.grade(card, 1, 1, 'auto', trainer.preview(card)), 4, 1);
    const other = createMemoryStore();
    expect(other.merge(exportProgress(store).reviews).added).toBe(2);
    expect(other.reviews()).toMatchObject([{ rating: 4, by: 'self' }]);
    expect(other.states()).toEqual(store.states());
    // Importing again adds nothing.
    expect(other.merge(exportProgress(store).reviews).added).toBe(0);
  });

  it('undoes grades newest first through one stack, returning the card taken back', () => {
    const { store, trainer, tick } = setup();
    const [one, two] = bank.cards;
    trainer.grade(one!, 3, 1, 'self', trainer.preview(one!));
    tick(1000);
    const auto = trainer.grade(two!, 1, 1, 'auto', trainer.preview(two!));
    trainer.regrade(auto, 3, 1);
    expect(trainer.undo()).toBe('two');
    expect(trainer.undo()).toBe('one');
    expect(trainer.undo()).toBeUndefined();
    expect(store.reviews()).toEqual([]);
  });

  it('says how long before it is due a learning card is shown', () => {
    const { trainer, tick } = setup();
    const card = bank.cards[0]!;
    expect(trainer.earlyBy(card)).toBe(0);
    trainer.grade(card, 3, 1, 'self', trainer.preview(card));
    tick(2 * MIN);
    expect(trainer.earlyBy(card)).toBe(8 * MIN);
    tick(9 * MIN);
    expect(trainer.earlyBy(card)).toBe(0);
  });

  it('counts a session’s cards, grades, accuracy and time', () => {
    const { trainer, tick } = setup();
    const start = NOW;
    const [one, two] = bank.cards;
    trainer.grade(one!, 1, 4_000, 'auto', trainer.preview(one!));
    tick(60_000);
    trainer.grade(two!, 3, 7_000, 'self', trainer.preview(two!));
    // A break between two cards is not time spent.
    tick(5 * MIN);
    trainer.grade(one!, 3, 5_000, 'self', trainer.preview(one!));
    tick(30_000);
    expect(trainer.summary(start)).toEqual({
      cards: 2,
      reviews: 3,
      ratings: { 1: 1, 2: 0, 3: 2, 4: 0 },
      accuracy: 2 / 3,
      ms: 16_000,
    });
    // The same measure as stats: the answer times as logged.
    expect(trainer.summary(start).ms).toBe(trainer.stats().timeSpentMs);
    expect(trainer.summary(start).ms).toBe(trainer.stats().timeTodayMs);
    expect(trainer.reviewsToday()).toBe(3);
    // `two`'s 10-minute step, from its grade a minute in, comes round first.
    expect(trainer.nextDue()).toBe(NOW + 60_000 + 10 * MIN);
  });

  it('browses a deck with one side of each reversed pair', () => {
    const { trainer } = setup();
    expect(trainer.browse('d').map((c) => c.id)).toEqual(['one', 'two', 'three']);
    expect(trainer.cardsIn('d')).toBe(4);
  });
});

describe('due, counted one way', () => {
  it('counts due as r gives it, in stats as on home: a sibling of a card done today waits', () => {
    const { trainer, tick } = setup();
    const [three, reversed] = ['three', 'three:r'].map((id) =>
      bank.cards.find((c) => c.id === id)!,
    );
    for (const card of [three!, reversed!])
      trainer.grade(card, 4, 1000, 'self', trainer.preview(card));
    tick(60 * 24 * 60 * MIN);
    // Both sides are due by the clock; a session gives one side of a note.
    expect(trainer.counts().due).toBe(1);
    expect(trainer.stats().dueNow).toBe(1);
    trainer.grade(three!, 3, 1000, 'self', trainer.preview(three!));
    // The reversed side is due by the clock, but buried until tomorrow: r does not give it.
    expect(trainer.queue('due')).toEqual([]);
    expect(trainer.counts().due).toBe(0);
    expect(trainer.stats().dueNow).toBe(0);
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
    const [one, two] = [bank.cards[0]!, bank.cards[1]!];
    trainer.grade(one, 3, 1000, 'self', trainer.preview(one));
    const before = { counts: trainer.counts(), states: JSON.stringify([...store.states()]) };
    trainer.practise(one, 1, 900, 'auto', trainer.preview(one));
    trainer.practise(two, 3, 900, 'self', trainer.preview(two));
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
