// For component tests: a trainer without scheduling or storage; every card is new and
// grades are kept in memory.
import type { Bank, Card, Lang } from '../../src/content/types.js';
import type { Rating } from '../../src/srs/scheduler.js';
import type { Graded, Mode, Preview, Trainer } from '../../src/session/trainer.js';
import { storeTrainer } from '../../src/session/store-trainer.js';
import { createMemoryStore } from '../../src/store/memory-store.js';

export function plainTrainer(bank: Bank, lang: Lang): Trainer {
  // Stats, settings, the card list and practice come from a real trainer on an empty
  // memory store: these tests are about the review mechanics, not those screens.
  const backing = storeTrainer(bank, lang, createMemoryStore(), [], () => 0);
  const cards = bank.cards.filter((c) => c.lang === lang);
  const graded: Graded[] = [];
  const seen = () => new Set(graded.map((g) => g.card));
  const none = { label: '', due: 0 };
  const visited = new Set<string>();
  const record = (card: Card, rating: Rating, by: Graded['by'], preview: Preview): Graded => {
    const g = { card: card.id, review: `r${graded.length}`, rating, by, due: 0, requeue: false };
    graded.push({ ...g, preview });
    return graded.at(-1)!;
  };
  return {
    ...backing,
    lang,
    decks: bank.decks.filter((d) => d.lang === lang),
    notices: [],
    cardsIn: (deckId) => cards.filter((c) => c.deck === deckId).length,
    counts: () => {
      const fresh = cards.filter((c) => !seen().has(c.id)).length;
      return { due: 0, new: fresh, learning: 0, review: 0 };
    },
    tally: (list) => ({ new: list.length, learning: 0, review: 0 }),
    queue: (mode: Mode, deckId?: string) =>
      mode === 'deck'
        ? cards.filter((c) => c.deck === deckId)
        : mode === 'new'
          ? cards.filter((c) => !seen().has(c.id))
          : [],
    browse: (deckId) => cards.filter((c) => c.deck === deckId),
    emptyReason: (mode) =>
      mode === 'new' ? { kind: 'no-new', due: 0 } : { kind: 'nothing-due', new: 0 },
    preview: (card) => ({
      card: card.id,
      at: 0,
      kind: 'new',
      outcomes: { 1: none, 2: none, 3: none, 4: none },
    }),
    grade: (card, rating, _ms, by, preview) => record(card, rating, by, preview),
    regrade: (previous, rating) => {
      graded.pop();
      const card = cards.find((c) => c.id === previous.card)!;
      return record(card, rating, 'self', previous.preview);
    },
    undo: () => graded.pop()?.card,
    earlyBy: () => 0,
    nextDue: () => undefined,
    summary: () => ({
      cards: seen().size,
      reviews: graded.length,
      ratings: { 1: 0, 2: 0, 3: 0, 4: 0 },
      accuracy: null,
      ms: 0,
    }),
    reviewsToday: () => graded.length,
    refresh: () => {},
    visited: () => [...visited].sort(),
    markVisited: (ids) => ids.forEach((id) => visited.add(id)),
    close: () => {},
  };
}
