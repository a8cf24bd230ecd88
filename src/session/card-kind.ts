// How a card is answered, decided in one place. Everything that differs between card types
// on screen (the keys, the options, the check) asks this module instead of `card.type`.
import type { Card } from '../content/types.js';
import { distinctAnswers, gradeChoice, gradeOrder, gradeTypedAnswer } from '../srs/grading.js';
import type { Verdict } from '../srs/grading.js';

/**
 * `reveal`: think, show the answer, grade yourself (flashcards, clozes). `type`: type the
 * answer. `pick-one`: press the number of one option (multiple choice, drills).
 * `pick-order`: press the numbers of the items in order.
 */
export type AnswerMode = 'reveal' | 'type' | 'pick-one' | 'pick-order';

export function answerMode(card: Card): AnswerMode {
  switch (card.type) {
    case 'basic':
    case 'reversed':
    case 'cloze':
      return 'reveal';
    case 'typed':
      return 'type';
    case 'choice':
      return 'pick-one';
    case 'order':
      return 'pick-order';
  }
}

/** Whether the trainer checks the answer (and so suggests the grade) itself. */
export function isChecked(card: Card): boolean {
  return answerMode(card) !== 'reveal';
}

/** The options of a pick-one card or the items of a pick-order card, in the card's order. */
export function choices(card: Card): readonly string[] {
  if (card.type === 'choice') return card.options.map((o) => o.text);
  if (card.type === 'order') return card.items;
  return [];
}

/** Whether option `index` (in the card's order) is a right answer of a pick-one card. */
export function isRightChoice(card: Card, index: number): boolean {
  return card.type === 'choice' && card.options[index]?.correct === true;
}

/** The diagram drawn above the prompt, if the card has one. */
export function figureOf(card: Card): string | undefined {
  return card.type === 'choice' ? card.figure : undefined;
}

/** What the learner did: text typed, or positions picked as indices into `choices(card)`. */
export type Response = { readonly typed: string; readonly picked: readonly number[] };

/**
 * Right, wrong, or (typed answers only) a near miss: one slip of the keyboard away. The
 * matching rules themselves live in srs/grading.ts.
 */
export function responseVerdict(card: Card, response: Response): Verdict {
  switch (card.type) {
    case 'typed':
      return gradeTypedAnswer(stripCode(response.typed), card.accept.map(stripCode)).verdict;
    case 'choice':
      return gradeChoice(card.options, response.picked).correct ? 'right' : 'wrong';
    case 'order':
      return gradeOrder(response.picked, card.items.length).correct ? 'right' : 'wrong';
    default:
      return 'right';
  }
}

/** Is the response right? */
export function checkResponse(card: Card, response: Response): boolean {
  return responseVerdict(card, response) === 'right';
}

/** The accepted spellings of a typed card worth showing (one per normalized form). */
export function acceptedAnswers(card: Card): string[] {
  return card.type === 'typed' ? distinctAnswers(card.accept) : [];
}

/** Authors may write an accepted answer as `code`; the learner types it bare. */
function stripCode(text: string): string {
  return text.replace(/^`(.*)`$/, '$1');
}
