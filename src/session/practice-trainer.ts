// A practice session runs the ordinary review screen on a trainer that serves the chosen
// cards and logs each grade as practice: the answers are graded and shown as usual, but no
// schedule, daily count or queue changes (Anki's filtered decks without rescheduling).
import type { Card } from '../content/types.js';
import type { Trainer } from './trainer.js';

export function practiceTrainer(base: Trainer, cards: readonly Card[]): Trainer {
  return {
    ...base,
    queue: () => [...cards],
    grade: (card, rating, answerMs, by) => {
      base.practise(card, rating, answerMs, by);
      // A practised card is not scheduled, so it never comes back within the session.
      return { requeue: false };
    },
  };
}
