import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/content/types.js';
import {
  answerMode,
  checkResponse,
  choices,
  figureOf,
  isChecked,
  isRightChoice,
  responseVerdict,
} from '../../src/session/card-kind.js';
import { stepOf, gradedBy, reviewReducer, startReview } from '../../src/session/review.js';
import { generateDrills } from '../../src/tcp/drills.js';
import { CARD_FIELDS } from '../helpers/card-fields.js';

const common = CARD_FIELDS;
const cards: Record<string, Card> = {
  basic: { ...common, id: 'b', type: 'basic', prompt: 'p', answer: 'a' },
  reversed: { ...common, id: 'r', type: 'reversed', prompt: 'p', answer: 'a' },
  cloze: { ...common, id: 'c', type: 'cloze', text: 'x {{c1::y}}', index: 1 },
  typed: { ...common, id: 't', type: 'typed', prompt: 'p', accept: ['ESTABLISHED'] },
  choice: {
    ...common,
    id: 'm',
    type: 'choice',
    prompt: 'p',
    options: [
      { text: 'x', correct: false },
      { text: 'y', correct: true },
    ],
  },
  order: { ...common, id: 'o', type: 'order', prompt: 'p', items: ['1', '2', '3'] },
};

describe('answerMode', () => {
  it('is decided by the card alone, once', () => {
    expect(Object.fromEntries(Object.entries(cards).map(([k, c]) => [k, answerMode(c)]))).toEqual({
      basic: 'reveal',
      reversed: 'reveal',
      cloze: 'reveal',
      typed: 'type',
      choice: 'pick-one',
      order: 'pick-order',
    });
    expect(isChecked(cards.basic!)).toBe(false);
    expect(isChecked(cards.order!)).toBe(true);
  });

  it('makes every drill a pick-one card, a sequence drill with its diagram', () => {
    for (const drill of generateDrills('en')) {
      expect(answerMode(drill)).toBe('pick-one');
      expect(choices(drill).filter((_, i) => isRightChoice(drill, i))).toHaveLength(1);
      if (drill.deck === 'sequence-drills') expect(figureOf(drill)).toContain('[ ? ]');
      else expect(figureOf(drill)).toBeUndefined();
    }
  });
});

describe('checking a response', () => {
  it('checks picks against the card and typed text through the grading rules', () => {
    expect(checkResponse(cards.choice!, { typed: '', picked: [1] })).toBe(true);
    expect(checkResponse(cards.choice!, { typed: '', picked: [0] })).toBe(false);
    expect(checkResponse(cards.order!, { typed: '', picked: [0, 1, 2] })).toBe(true);
    expect(checkResponse(cards.order!, { typed: '', picked: [1, 0, 2] })).toBe(false);
    expect(responseVerdict(cards.typed!, { typed: 'established', picked: [] })).toBe('right');
    expect(responseVerdict(cards.typed!, { typed: 'ESTABLISHD', picked: [] })).toBe('near');
    expect(responseVerdict(cards.typed!, { typed: 'CLOSED', picked: [] })).toBe('wrong');
  });
});

describe('the step a review is at (its key scope) and who grades', () => {
  it('follows the answer mode, then the answer, then the end', () => {
    const at = (card: Card) => stepOf(startReview([card], 0));
    expect(at(cards.basic!)).toBe('question');
    expect(at(cards.typed!)).toBe('typing');
    expect(at(cards.choice!)).toBe('picking');
    // Only an ordering has picks to take back: its own scope.
    expect(at(cards.order!)).toBe('ordering');
    expect(stepOf(startReview([], 0))).toBe('empty');
    const shown = reviewReducer(startReview([cards.basic!], 0), { type: 'reveal', now: 1 });
    expect(stepOf(shown)).toBe('answer');
    expect(stepOf(reviewReducer(shown, { type: 'graded', requeue: false, due: 0, now: 2 }))).toBe(
      'done',
    );
  });

  it('logs a digit that overrides the check as the learner’s own grade', () => {
    const checked = reviewReducer(startReview([cards.choice!], 0, 's'), {
      type: 'pick',
      position: 0,
      now: 1,
    });
    expect(gradedBy(checked, checked.rating)).toBe('auto');
    expect(gradedBy(checked, checked.rating === 3 ? 1 : 3)).toBe('self');
    const self = reviewReducer(startReview([cards.basic!], 0), { type: 'reveal', now: 1 });
    expect(gradedBy(self, 3)).toBe('self');
    expect(gradedBy(self, self.rating)).toBe('self');
    // A near miss is the trainer's Hard; a give-up is the learner's, whatever the digit.
    const typed = startReview([cards.typed!], 0);
    const near = reviewReducer(reviewReducer(typed, { type: 'type', text: 'ESTABLISHD' }), {
      type: 'reveal',
      now: 1,
    });
    expect([near.rating, gradedBy(near, near.rating)]).toEqual([2, 'auto']);
    const gaveUp = reviewReducer(typed, { type: 'reveal', now: 1 });
    expect(gaveUp.verdict?.gaveUp).toBe(true);
    expect(gradedBy(gaveUp, gaveUp.rating)).toBe('self');
    expect(gradedBy(gaveUp, 3)).toBe('self');
  });
});
