import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/content/types.js';
import {
  currentCard,
  displayOrder,
  gradedBy,
  needsSaving,
  isFinished,
  reviewReducer,
  startReview,
} from '../../src/session/review.js';
import type { ReviewState } from '../../src/session/review.js';
import { permutation } from '../../src/session/shuffle.js';
import { CARD_FIELDS } from '../helpers/card-fields.js';

const common = CARD_FIELDS;
const basic: Card = { ...common, id: 'b', type: 'basic', prompt: 'p', answer: 'a' };
const typed: Card = {
  ...common,
  id: 't',
  type: 'typed',
  prompt: 'p',
  accept: ['TIME-WAIT', 'TIME_WAIT'],
};
const choice: Card = {
  ...common,
  id: 'c',
  type: 'choice',
  prompt: 'p',
  options: [
    { text: 'x', correct: false },
    { text: 'y', correct: true },
    { text: 'z', correct: false },
  ],
};
const order: Card = { ...common, id: 'o', type: 'order', prompt: 'p', items: ['1', '2', '3'] };

const none = { label: '', due: 0 };
const run = (state: ReviewState, ...actions: Parameters<typeof reviewReducer>[1][]) =>
  actions.reduce(reviewReducer, state);

describe('reviewReducer', () => {
  it('reveals a flashcard and suggests Good', () => {
    const s = run(startReview([basic], 0), { type: 'reveal', now: 1 });
    expect(s.phase).toBe('answer');
    expect(s.rating).toBe(3);
    expect(s.verdict).toBeUndefined();
  });

  it('grades a near miss Hard and marks it, and a command or duration by its meaning', () => {
    const card = (accept: string[]): Card => ({ ...typed, accept });
    const answer = (c: Card, text: string) =>
      run(startReview([c], 0), { type: 'type', text }, { type: 'reveal', now: 1 });
    const slip = answer(card(['ESTABLISHED']), 'ESTABLISHD');
    expect(slip.verdict).toEqual({ correct: false, near: true });
    expect(slip.rating).toBe(2);
    expect(answer(card(['ss -tan state time-wait']), 'ss -nat state time-wait').verdict).toEqual({
      correct: true,
    });
    expect(answer(card(['60 s']), '1 min').rating).toBe(3);
    expect(answer(card(['60 s']), '70 s').rating).toBe(1);
  });

  it('grades typed answers after normalisation', () => {
    const right = run(
      startReview([typed], 0),
      { type: 'type', text: 'time wait' },
      { type: 'reveal', now: 1 },
    );
    expect(right.verdict).toEqual({ correct: true });
    expect(right.rating).toBe(3);
    const wrong = run(
      startReview([typed], 0),
      { type: 'type', text: 'close wait' },
      { type: 'reveal', now: 1 },
    );
    expect(wrong.verdict).toEqual({ correct: false });
    expect(wrong.rating).toBe(1);
    const erased = run(
      startReview([typed], 0),
      { type: 'type', text: 'ab' },
      { type: 'backspace' },
    );
    expect(erased.typed).toBe('a');
  });

  it('grades a pick by the option, not by its shuffled position', () => {
    const s0 = startReview([choice], 0, 'seed');
    const order = displayOrder(s0, choice);
    const rightPosition = order.indexOf(1);
    expect(run(s0, { type: 'pick', position: rightPosition, now: 1 }).verdict).toEqual({
      correct: true,
    });
    expect(run(s0, { type: 'pick', position: (rightPosition + 1) % 3, now: 1 }).verdict).toEqual({
      correct: false,
    });
  });

  it('does not reveal a choice card without a pick', () => {
    expect(run(startReview([choice], 0), { type: 'reveal', now: 1 }).phase).toBe('question');
  });

  it('reveals an ordering card once every item is placed', () => {
    const s0 = startReview([order], 0, 'seed');
    const shown = displayOrder(s0, order);
    const positions = [0, 1, 2].map((item) => shown.indexOf(item));
    const partial = run(s0, { type: 'pick', position: positions[0]!, now: 1 });
    expect(partial.phase).toBe('question');
    const done = run(
      partial,
      { type: 'pick', position: positions[1]!, now: 1 },
      { type: 'pick', position: positions[2]!, now: 1 },
    );
    expect(done.verdict).toEqual({ correct: true });
    const wrong = run(
      s0,
      ...[2, 1, 0].map((item) => ({
        type: 'pick' as const,
        position: shown.indexOf(item),
        now: 1,
      })),
    );
    expect(wrong.verdict).toEqual({ correct: false });
  });

  it('moves on after a grade, requeues a learning card, and undoes several steps', () => {
    let s = startReview([basic, typed], 0);
    s = run(s, { type: 'reveal', now: 1 }, { type: 'graded', requeue: true, due: 0, now: 2 });
    expect(currentCard(s)?.id).toBe('t');
    expect(s.queue.map((c) => c.id)).toEqual(['b', 't', 'b']);
    s = run(
      s,
      { type: 'type', text: 'x' },
      { type: 'reveal', now: 3 },
      { type: 'graded', requeue: false, due: 0, now: 4 },
    );
    expect(currentCard(s)?.id).toBe('b');
    // The store says it took back `b`'s grade: not the one the screen would step back to.
    expect(run(s, { type: 'undone', card: 'b', now: 5 })).toBe(s);
    s = run(s, { type: 'undone', card: 't', now: 5 });
    expect(currentCard(s)?.id).toBe('t');
    expect(s.phase).toBe('question');
    expect(s.typed).toBe('');
    s = run(s, { type: 'undone', card: 'b', now: 6 });
    expect(currentCard(s)?.id).toBe('b');
    expect(s.queue.map((c) => c.id)).toEqual(['b', 't']);
    expect(run(s, { type: 'undone', card: 'b', now: 7 })).toBe(s);
  });

  it('gives up on any card type: the answer is shown and graded Again', () => {
    for (const card of [basic, typed, choice, order]) {
      const s = run(startReview([card], 0), { type: 'give-up', now: 1 });
      expect(s.phase).toBe('answer');
      expect(s.verdict).toEqual({ correct: false, gaveUp: true });
      expect(s.rating).toBe(1);
      expect(needsSaving(s)).toBe(true);
      expect(gradedBy(s, 1)).toBe('self');
    }
    // An empty Enter on a typed card does the same; a typed answer is checked.
    const empty = run(
      startReview([typed], 0),
      { type: 'type', text: '  ' },
      { type: 'reveal', now: 1 },
    );
    expect(empty.verdict).toEqual({ correct: false, gaveUp: true });
    const answered = run(
      startReview([typed], 0),
      { type: 'type', text: 'x' },
      { type: 'reveal', now: 1 },
    );
    expect(answered.verdict?.gaveUp).toBeUndefined();
  });

  it('keeps the grade saved at the check, and an undo of it asks the card again', () => {
    let s = run(startReview([choice, basic], 0), { type: 'pick', position: 0, now: 1 });
    expect(needsSaving(s)).toBe(true);
    const graded = {
      card: 'c',
      review: 'r1',
      rating: s.rating,
      by: 'auto' as const,
      due: 10,
      requeue: false,
      preview: {
        card: 'c',
        at: 1,
        kind: 'new' as const,
        outcomes: { 1: none, 2: none, 3: none, 4: none },
      },
    };
    // A save for another card is ignored.
    expect(run(s, { type: 'saved', graded: { ...graded, card: 'b' } })).toBe(s);
    s = run(s, { type: 'saved', graded });
    expect(needsSaving(s)).toBe(false);
    expect(s.saved).toBe(graded);
    const back = run(s, { type: 'undone', card: 'c', now: 2 });
    expect(back.phase).toBe('question');
    expect(back.saved).toBeUndefined();
    expect(back.picked).toEqual([]);
    const next = run(s, { type: 'graded', requeue: false, due: 0, now: 3 });
    expect(currentCard(next)?.id).toBe('b');
    expect(next.saved).toBeUndefined();
  });

  it('finishes when the queue is empty', () => {
    const s = run(
      startReview([basic], 0),
      { type: 'reveal', now: 1 },
      { type: 'graded', requeue: false, due: 0, now: 2 },
    );
    expect(isFinished(s)).toBe(true);
    expect(s.graded).toHaveLength(1);
  });
});

describe('cards put back in the session', () => {
  const other: Card = { ...basic, id: 'b2' };
  const grade = (s: ReviewState, requeue: boolean, due: number) =>
    run(s, { type: 'reveal', now: 1 }, { type: 'graded', requeue, due, now: 2 });

  it('come back soonest due first, after every card not yet shown', () => {
    let s = startReview([basic, other, typed], 0);
    s = grade(s, true, 600_000); // b: Good, 10 min
    s = grade(s, true, 60_000); // b2: Again, 1 min
    expect(s.queue.map((c) => c.id)).toEqual(['b', 'b2', 't', 'b2', 'b']);
    // Undo takes back the one put back last, wherever it went.
    s = run(s, { type: 'undone', card: 'b2', now: 3 });
    expect(s.queue.map((c) => c.id)).toEqual(['b', 'b2', 't', 'b']);
    expect(currentCard(s)?.id).toBe('b2');
    s = grade(s, true, 900_000);
    expect(s.queue.map((c) => c.id)).toEqual(['b', 'b2', 't', 'b', 'b2']);
  });

  it('are shuffled anew when they come back', () => {
    const long: Card = { ...order, items: ['1', '2', '3', '4', '5', '6', '7', '8'] };
    let s = startReview([long], 0, 'seed');
    const first = displayOrder(s, long);
    for (const i of first) s = run(s, { type: 'pick', position: first.indexOf(i), now: 1 });
    s = run(s, { type: 'graded', requeue: true, due: 0, now: 2 });
    expect(currentCard(s)?.id).toBe('o');
    expect(displayOrder(s, long)).not.toEqual(first);
  });
});

describe('permutation', () => {
  it('is deterministic, complete and never the identity', () => {
    for (const n of [2, 3, 4, 6]) {
      const p = permutation(n, `seed-${n}`);
      expect(p).toEqual(permutation(n, `seed-${n}`));
      expect([...p].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(p).not.toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });
});
