// For component tests: a trainer without scheduling or storage; every card is new and
// grades are kept in memory.
import type { Bank, Card, Lang } from '../../src/content/types.js';
import type { Rating } from '../../src/session/review.js';
import type { Mode, Trainer } from '../../src/session/trainer.js';
import { storeTrainer } from '../../src/session/store-trainer.js';
import { createMemoryStore } from '../../src/store/memory-store.js';

export function plainTrainer(bank: Bank, lang: Lang): Trainer {
  // Stats, settings, the card list and practice come from a real trainer on an empty
  // memory store: these tests are about the review mechanics, not those screens.
  const backing = storeTrainer(bank, lang, createMemoryStore(), [], () => 0);
  const cards = bank.cards.filter((c) => c.lang === lang);
  const graded: { card: Card; rating: Rating }[] = [];
  const seen = () => new Set(graded.map((g) => g.card.id));
  return {
    ...backing,
    lang,
    decks: bank.decks.filter((d) => d.lang === lang),
    notices: [],
    cardsIn: (deckId) => cards.filter((c) => c.deck === deckId).length,
    counts: () => ({ due: 0, new: cards.filter((c) => !seen().has(c.id)).length }),
    queue: (mode: Mode, deckId?: string) =>
      mode === 'deck'
        ? cards.filter((c) => c.deck === deckId)
        : mode === 'new'
          ? cards.filter((c) => !seen().has(c.id))
          : [],
    intervals: () => ({ 1: '', 2: '', 3: '', 4: '' }),
    grade: (card, rating) => {
      graded.push({ card, rating });
      return { requeue: false };
    },
    undo: () => graded.pop()?.card.id,
    refresh: () => {},
    close: () => {},
  };
}
