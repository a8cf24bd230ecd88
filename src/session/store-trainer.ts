// The trainer the app runs with: the bank in one language, scheduled by FSRS, graded into
// a progress store. Pure apart from the store it is given; the clock is injected.
import type { Bank, Card, Lang } from '../content/types.js';
import { dayStart } from '../srs/day.js';
import {
  buildQueue,
  comesBackSoon,
  counts,
  emptyReason,
  nextDue,
  studyKind,
  studyNow,
  tally,
  type QueueInput,
} from '../srs/queue.js';
import type { ReviewBy } from '../srs/review-log.js';
import { LEARNING, RELEARNING, intervalLabel, preview, type Rating } from '../srs/scheduler.js';
import { summarize } from '../srs/session-summary.js';
import { extraNewToday } from '../srs/today.js';
import { cardRows } from '../srs/card-rows.js';
import { computeStats } from '../srs/stats.js';
import { dailyReviewEstimate } from '../srs/workload.js';
import { practiceCards } from './practice.js';
import type { ProgressStore } from '../store/progress-store.js';
import type { Graded, Mode, Preview, Trainer } from './trainer.js';

export function storeTrainer(
  bank: Bank,
  lang: Lang,
  store: ProgressStore,
  notices: readonly string[],
  now: () => number = Date.now,
): Trainer {
  const cards = bank.cards.filter((c) => c.lang === lang);
  const input = (): QueueInput => ({
    cards,
    states: store.states(),
    reviews: store.reviews(),
    settings: store.settings,
    now: now(),
    suspended: store.suspended(),
    extraNewToday: extraNewToday(store.extraNew(), now()),
  });

  const record = (
    card: Card,
    rating: Rating,
    answerMs: number,
    by: ReviewBy,
    p: Preview,
  ): Graded => {
    if (p.card !== card.id) throw new Error(`grade of ${card.id} with the preview of ${p.card}`);
    // Recorded at the preview's time: the fold then reproduces the preview, fuzz and all.
    const review = store.record({ card: card.id, rating, at: p.at, ms: Math.round(answerMs), by });
    const state = store.states().get(card.id);
    return {
      card: card.id,
      review: review.id,
      rating,
      by,
      due: state?.due ?? p.outcomes[rating].due,
      requeue: comesBackSoon(state, now()),
      preview: p,
    };
  };

  return {
    lang,
    decks: bank.decks.filter((d) => d.lang === lang),
    notices,
    cardsIn: (deckId) => cards.filter((c) => c.deck === deckId).length,
    counts: () => counts(input()),
    tally: (list) => tally(list, store.states()),
    queue: (mode: Mode, deckId?: string): Card[] =>
      mode === 'deck' ? cards.filter((c) => c.deck === deckId) : buildQueue({ ...input(), mode }),
    browse: (deckId) => cards.filter((c) => c.deck === deckId && !isReversedTwin(c)),
    emptyReason: (mode) => emptyReason(input(), mode),
    preview: (card) => {
      const at = now();
      const state = store.states().get(card.id);
      const p = preview(state, at, {
        requestRetention: store.settings.requestRetention,
      });
      const outcome = (r: Rating) => ({
        label: intervalLabel(p[r].state.due - at, lang),
        due: p[r].state.due,
      });
      return {
        card: card.id,
        at,
        kind: studyKind(state),
        outcomes: { 1: outcome(1), 2: outcome(2), 3: outcome(3), 4: outcome(4) },
      };
    },
    grade: record,
    regrade: (previous, rating, answerMs) => {
      const taken = store.undo(now());
      // The store's undo stack and the screen's must agree: anything else is a bug.
      if (taken?.id !== previous.review)
        throw new Error(
          `override of ${previous.card}: the store took back ${taken?.card ?? 'nothing'}`,
        );
      const card = cards.find((c) => c.id === previous.card);
      if (!card) throw new Error(`override of unknown card ${previous.card}`);
      return record(card, rating, answerMs, 'self', previous.preview);
    },
    studyNow: (deckId) => studyNow({ ...input(), cards: cards.filter((c) => c.deck === deckId) }),
    undo: () => store.undo(now())?.card,
    earlyBy: (card) => {
      const s = store.states().get(card.id);
      if (!s || (s.state !== LEARNING && s.state !== RELEARNING)) return 0;
      return Math.max(0, s.due - now());
    },
    nextDue: () => nextDue(input()),
    summary: (since) => summarize(store.reviews(), since),
    reviewsToday: () => {
      const start = dayStart(now());
      const ids = new Set(cards.map((c) => c.id));
      return store.reviews().filter((r) => r.at >= start && ids.has(r.card)).length;
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
    practise: (card, rating, answerMs, by, p) => {
      const entry = store.recordPractice({
        card: card.id,
        rating,
        at: now(),
        ms: Math.round(answerMs),
        by,
      });
      // Shaped like a grade for the review screen; the card's schedule is untouched.
      return {
        card: card.id,
        review: entry.practice,
        rating,
        by,
        due: store.states().get(card.id)?.due ?? p.outcomes[rating].due,
        requeue: false,
        preview: p,
      };
    },
    practiceSummary: (since) =>
      summarize(
        store.practice().map(({ practice, ...rest }) => ({ id: practice, ...rest })),
        since,
      ),
    refresh: () => store.refresh(),
    visited: () => store.visited(),
    markVisited: (ids) => store.markVisited(ids),
    close: () => store.close(),
  };
}

/** The back → front side of an `R:` pair: browsing shows the pair once. */
function isReversedTwin(card: Card): boolean {
  return card.type === 'reversed' && card.id.endsWith(':r');
}
