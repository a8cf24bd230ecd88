// The trainer the app runs with: the bank in one language, scheduled by FSRS, graded into
// a progress store. Pure apart from the store it is given; the clock is injected.
import type { Bank, Card, Lang } from '../content/types.js';
import { buildQueue, counts } from '../srs/queue.js';
import { extraNewToday } from '../srs/today.js';
import { cardRows } from '../srs/card-rows.js';
import { computeStats } from '../srs/stats.js';
import { dailyReviewEstimate } from '../srs/workload.js';
import { practiceCards } from './practice.js';
import { LEARNING, RELEARNING, preview } from '../srs/scheduler.js';
import type { ProgressStore } from '../store/progress-store.js';
import type { Rating } from './review.js';
import type { Mode, Trainer } from './trainer.js';

/** A learning step due within this window comes back in the same session (Anki: 20 min). */
const LEARN_AHEAD_MS = 20 * 60 * 1000;

export function storeTrainer(
  bank: Bank,
  lang: Lang,
  store: ProgressStore,
  notices: readonly string[],
  now: () => number = Date.now,
): Trainer {
  const cards = bank.cards.filter((c) => c.lang === lang);
  const input = () => ({
    cards,
    states: store.states(),
    reviews: store.reviews(),
    settings: store.settings,
    now: now(),
    suspended: store.suspended(),
    extraNew: extraNewToday(store.extraNew(), now()),
  });
  // The review log keeps this session's grades in order; undo walks back through them.
  const session: string[] = [];
  return {
    lang,
    decks: bank.decks.filter((d) => d.lang === lang),
    notices,
    cardsIn: (deckId) => cards.filter((c) => c.deck === deckId).length,
    counts: () => counts(input()),
    queue: (mode: Mode, deckId?: string): Card[] =>
      mode === 'deck' ? cards.filter((c) => c.deck === deckId) : buildQueue({ ...input(), mode }),
    intervals: (card) => {
      const p = preview(store.states().get(card.id), now(), {
        requestRetention: store.settings.requestRetention,
      });
      return {
        1: p[1].intervalLabel,
        2: p[2].intervalLabel,
        3: p[3].intervalLabel,
        4: p[4].intervalLabel,
      };
    },
    grade: (card, rating: Rating, answerMs, by) => {
      const at = now();
      store.record({ card: card.id, rating, at, ms: Math.round(answerMs), by });
      session.push(card.id);
      const state = store.states().get(card.id);
      const learning =
        state !== undefined && (state.state === LEARNING || state.state === RELEARNING);
      return { requeue: learning && state.due - at <= LEARN_AHEAD_MS };
    },
    undo: () => {
      if (session.length === 0) return undefined;
      const undone = store.undo(now());
      if (undone) session.pop();
      return undone?.card;
    },
    stats: () =>
      computeStats({
        cards,
        states: store.states(),
        reviews: store.reviews(),
        settings: store.settings,
        now: now(),
        practice: store.practice(),
        suspended: store.suspended(),
        extraNew: store.extraNew(),
      }),
    settings: () => store.settings,
    updateSettings: (patch) => store.updateSettings(patch),
    learnMore: (count) => store.learnMore(count, now()),
    workload: (retention) =>
      dailyReviewEstimate(
        cards.flatMap((c) => store.states().get(c.id) ?? []),
        retention,
        store.settings.newPerDay,
      ),
    cardRows: () => cardRows(cards, store.states(), store.suspended()),
    setSuspended: (cardId, suspended) => store.setSuspended(cardId, suspended, now()),
    practiceCards: (choice) =>
      practiceCards(choice, {
        cards,
        states: store.states(),
        answers: [...store.reviews(), ...store.practice()],
        suspended: store.suspended(),
        now: now(),
      }),
    practise: (card, rating, answerMs, by) => {
      store.recordPractice({ card: card.id, rating, at: now(), ms: Math.round(answerMs), by });
      session.push(card.id);
    },
    refresh: () => store.refresh(),
    close: () => store.close(),
  };
}
