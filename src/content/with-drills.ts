// The built-in bank: authored decks plus the drills generated from the TCP model.
import { FSM_DECK_ID, drillDecks, generateDrills } from '../tcp/drills.js';
import { LANGS } from './types.js';
import type { Bank, Lang } from './types.js';

/**
 * `bank` plus the generated drill decks and cards for every language the bank has decks in
 * (English alone when it has none, so a fresh install still has something to train). A language
 * that already has the drills is left alone, so applying this twice changes nothing.
 */
export function withDrills(bank: Bank): Bank {
  const present = new Set<Lang>(bank.decks.map((deck) => deck.lang));
  const wanted = present.size === 0 ? (['en'] as const) : LANGS.filter((lang) => present.has(lang));
  const langs = wanted.filter(
    (lang) => !bank.decks.some((deck) => deck.id === FSM_DECK_ID && deck.lang === lang),
  );
  return {
    decks: [...bank.decks, ...langs.flatMap((lang) => drillDecks(lang))],
    cards: [...bank.cards, ...langs.flatMap((lang) => generateDrills(lang))],
  };
}
