// A practice session runs the ordinary review screen on a trainer that serves the chosen
// cards and logs each grade as practice: the answers are graded and shown as usual, but no
// schedule, daily count or queue changes (Anki's filtered decks without rescheduling).
import type { Card } from '../content/types.js';
import type { Preview, Trainer } from './trainer.js';

export function practiceTrainer(base: Trainer, cards: readonly Card[]): Trainer {
  return {
    ...base,
    queue: () => [...cards],
    // Practice schedules nothing, so the grade bar shows no interval (it would not be true).
    preview: (card) => withoutIntervals(base.preview(card)),
    grade: (card, rating, answerMs, by, preview) =>
      base.practise(card, rating, answerMs, by, preview),
    regrade: (previous, rating, answerMs) => {
      // The learner overrides the automatic grade: take the practice answer back, log theirs.
      base.undo();
      const card = cards.find((c) => c.id === previous.card);
      if (!card) throw new Error(`override of a card not in this practice: ${previous.card}`);
      return base.practise(card, rating, answerMs, 'self', previous.preview);
    },
    // Practice ignores due dates: a learning card is not "shown early" here.
    earlyBy: () => 0,
    summary: (since) => base.practiceSummary(since),
  };
}

function withoutIntervals(preview: Preview): Preview {
  const blank = (r: 1 | 2 | 3 | 4) => ({ ...preview.outcomes[r], label: '' });
  return { ...preview, outcomes: { 1: blank(1), 2: blank(2), 3: blank(3), 4: blank(4) } };
}
