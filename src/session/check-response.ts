// Is the learner's response right? The rules live in srs/grading.ts; this maps a card and
// what was typed or picked (indices into the card's own, unshuffled lists) onto them.
import type { Card } from '../content/types.js';
import { gradeChoice, gradeOrder, gradeTypedAnswer } from '../srs/grading.js';
import type { Verdict } from '../srs/grading.js';

export type Response = { readonly typed: string; readonly picked: readonly number[] };

/** Right, wrong, or (typed answers only) a near miss: one slip of the keyboard away. */
export function responseVerdict(card: Card, response: Response): Verdict {
  if (card.type === 'typed')
    return gradeTypedAnswer(stripCode(response.typed), card.accept.map(stripCode)).verdict;
  return checkResponse(card, response) ? 'right' : 'wrong';
}

export function checkResponse(card: Card, response: Response): boolean {
  switch (card.type) {
    case 'typed':
      return responseVerdict(card, response) === 'right';
    case 'choice':
      return gradeChoice(card.options, response.picked).correct;
    case 'drill':
      return gradeChoice(
        card.options.map((o) => ({ correct: o === card.answer })),
        response.picked,
      ).correct;
    case 'order':
      return gradeOrder(response.picked, card.items.length).correct;
    default:
      return true;
  }
}

/** Authors may write an accepted answer as `code`; the learner types it bare. */
function stripCode(text: string): string {
  return text.replace(/^`(.*)`$/, '$1');
}
