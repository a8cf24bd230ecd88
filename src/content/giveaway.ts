// A card must not print its own answer: a cloze whose hidden text is visible elsewhere on
// the question side (another deletion, a hint, the rest of the line; a duration in any
// unit), a typed card or a short flashcard answer printed in its question, a choice whose
// right option is quoted in the prompt. Pure.
import { findClozes, renderCloze } from './cloze.js';
import { durationsIn, parseDuration } from '../text/duration.js';
import type { Card, Diagnostic } from './types.js';

/** Put this comment on its own line inside a card to allow a deliberate repeat. */
export const GIVEAWAY_OK = /<!--\s*giveaway-ok\b[^]*?-->/;

/** Lowercased, width-folded, without code backticks: how a learner reads the text. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/`/g, '');
}

const WORD = /[\p{L}\p{N}_]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Whether `needle` occurs in `hay` as a whole token: not inside a longer word, so "m" is not
 * found in "timer" but "iss" is found in "iss+1". Chinese has no word breaks, so a needle
 * that starts or ends with a Han character is matched anywhere.
 */
export function containsToken(hay: string, needle: string): boolean {
  const h = fold(hay);
  const n = fold(needle).trim();
  if (n === '') return false;
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    const end = at + n.length;
    const openStart =
      HAN.test(n.charAt(0)) || !(WORD.test(h.charAt(at - 1)) || inNumber(h, at - 1, -1));
    const openEnd = HAN.test(n.slice(-1)) || !(WORD.test(h.charAt(end)) || inNumber(h, end, 1));
    if (openStart && openEnd) return true;
  }
  return false;
}

/** A `.` between digits joins them (127.0.0.1, 2.5), so "1" is not a token there. */
function inNumber(text: string, at: number, step: 1 | -1): boolean {
  const digit = /\p{N}/u;
  return (
    text.charAt(at) === '.' &&
    digit.test(text.charAt(at + step)) &&
    digit.test(text.charAt(at - step))
  );
}

/** One file's giveaways, reported where the hidden answer or the card is written. */
export function findGiveaways(cards: readonly Card[], source: string): Diagnostic[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const ownLines = spans(cards, lines.length);
  const out: Diagnostic[] = [];
  const marked = (span: { from: number; to: number }) =>
    GIVEAWAY_OK.test(lines.slice(span.from - 1, span.to).join('\n'));
  const anyMarks = GIVEAWAY_OK.test(source);
  for (const card of cards) {
    const span = ownLines.get(card.note) ?? { from: card.line, to: card.line };
    if (anyMarks && marked(span)) continue;
    const report = (answer: string, where: string, needle = answer) => {
      const at = locate(lines, span, needle);
      out.push({
        file: card.file,
        line: at.line,
        column: at.column,
        message: `card '${card.id}' gives its answer away: '${answer}' is visible in ${where} (reword it, or mark a deliberate repeat with <!-- giveaway-ok: why -->)`,
      });
    };
    switch (card.type) {
      case 'cloze': {
        const visible = renderCloze(card.text, card.index, false);
        const hidden = findClozes(card.text).filter((c) => c.index === card.index);
        // A duration counts in any unit: "{{c1::1 second}} (default 1000 ms)" gives it away.
        const shown = durationsIn(visible);
        const sameDuration = (answer: string) => {
          const seconds = parseDuration(answer);
          return seconds !== undefined && shown.some((s) => Math.abs(s - seconds) < 1e-9);
        };
        const hit = hidden.find((c) => containsToken(visible, c.answer));
        const unit = hit ? undefined : hidden.find((c) => sameDuration(c.answer));
        if (hit) report(hit.answer, 'the question side', `{{c${hit.index}::${hit.answer}`);
        else if (unit)
          report(
            unit.answer,
            'the question side in another unit',
            `{{c${unit.index}::${unit.answer}`,
          );
        break;
      }
      case 'typed': {
        const hit = card.accept.find((a) =>
          containsToken(card.prompt, a.replace(/^`(.*)`$/, '$1')),
        );
        if (hit !== undefined) report(hit, 'the question');
        break;
      }
      case 'choice': {
        // Naming every option in the question is fair ("TIME-WAIT or CLOSE-WAIT?"); quoting
        // only the right one is not.
        const right = card.options.find((o) => o.correct);
        const named = card.options.filter((o) => containsToken(card.prompt, o.text));
        if (right && named.length === 1 && named[0] === right) report(right.text, 'the question');
        break;
      }
      case 'basic':
      case 'reversed': {
        // Only a short answer (a term, a value) can be printed in its question; prose cannot.
        const answer = card.answer.replace(/^`(.*)`$/, '$1');
        const short = answer.length <= 40 && answer.split(/\s+/).length <= 4;
        if (short && containsToken(card.prompt, answer)) report(card.answer, 'the question');
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** Each note's lines in the file: from its first line up to the next note's. */
function spans(
  cards: readonly Card[],
  lineCount: number,
): Map<string, { from: number; to: number }> {
  const starts = [...new Map(cards.map((c) => [c.note, c.line])).entries()].sort(
    (a, b) => a[1] - b[1],
  );
  return new Map(
    starts.map(([note, from], i) => [
      note,
      { from, to: (starts[i + 1]?.[1] ?? lineCount + 1) - 1 },
    ]),
  );
}

/** Where `needle` is first written inside the card, else the card's own line. */
function locate(
  lines: readonly string[],
  span: { from: number; to: number },
  needle: string,
): { line: number; column: number } {
  for (let n = span.from; n <= span.to; n++) {
    const column = (lines[n - 1] ?? '').indexOf(needle);
    if (column >= 0) return { line: n, column: column + 1 };
  }
  return { line: span.from, column: 1 };
}
