// Is the learner's response right? Typed answers are compared after normalisation;
// picks are compared as indices into the card's own (unshuffled) lists.
import type { Card } from '../content/types.js';
import { normalizeAnswer } from '../srs/grading.js';

export type Response = { readonly typed: string; readonly picked: readonly number[] };

export function checkResponse(card: Card, response: Response): boolean {
  switch (card.type) {
    case 'typed': {
      const given = normalizeAnswer(stripCode(response.typed));
      return given !== '' && card.accept.some((a) => normalizeAnswer(stripCode(a)) === given);
    }
    case 'choice':
      return response.picked.length === 1 && card.options[response.picked[0]!]?.correct === true;
    case 'drill':
      return response.picked.length === 1 && card.options[response.picked[0]!] === card.answer;
    case 'order':
      return (
        response.picked.length === card.items.length && response.picked.every((v, i) => v === i)
      );
    default:
      return true;
  }
}

/** Authors may write an accepted answer as `code`; the learner types it bare. */
function stripCode(text: string): string {
  return text.replace(/^`(.*)`$/, '$1');
}
