// Anki-style cloze deletions: {{c1::hidden text}} or {{c1::hidden text::hint}}.

export type Cloze = {
  readonly index: number;
  readonly answer: string;
  readonly hint?: string;
  /** Offsets of the whole `{{…}}` marker in the text. */
  readonly start: number;
  readonly end: number;
};

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export function findClozes(text: string): Cloze[] {
  return [...text.matchAll(CLOZE)].map((m) => ({
    index: Number(m[1]),
    answer: m[2] ?? '',
    ...(m[3] !== undefined ? { hint: m[3] } : {}),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Renders cloze text for one group: the active deletion becomes `[…]` (or `[hint]`) until
 * revealed, and every other group shows its answer.
 */
export function renderCloze(text: string, active: number, revealed: boolean): string {
  return text.replace(CLOZE, (_m, n: string, answer: string, hint?: string) => {
    if (Number(n) !== active) return answer;
    if (revealed) return `[${answer}]`;
    return hint ? `[${hint}]` : '[…]';
  });
}

/** A malformed deletion: where it starts in the text, and what is wrong, for the author. */
export type ClozeProblem = { readonly offset: number; readonly message: string };

/** Something meant as a deletion: `{{`, then c or C, maybe a number, then a colon. */
const OPENER = /\{\{\s*([cC])\s*(\d*)\s*(:+)/y;
const EXACT = /\{\{c[1-9]\d*::/y;

/**
 * Every deletion the learner would see as raw braces: a wrong number or letter case, an
 * empty answer, one deletion inside another, or one that is never closed.
 */
export function clozeProblems(text: string): ClozeProblem[] {
  const problems: ClozeProblem[] = [];
  let open: { offset: number; body: number } | undefined;
  for (const token of text.matchAll(/\{\{|\}\}/g)) {
    const offset = token.index;
    if (token[0] === '}}') {
      if (!open) continue;
      const answer = text.slice(open.body, offset).split('::')[0] ?? '';
      if (answer.trim() === '')
        problems.push({
          offset: open.offset,
          message: 'empty cloze deletion: put the hidden text between :: and }}',
        });
      open = undefined;
      continue;
    }
    OPENER.lastIndex = offset;
    const m = OPENER.exec(text);
    if (!m) continue; // literal braces, such as a template in a code sample
    if (open) {
      problems.push({
        offset,
        message: 'a cloze deletion inside another: close the first with }} before the next',
      });
      continue;
    }
    open = { offset, body: offset + m[0].length };
    EXACT.lastIndex = offset;
    if (EXACT.test(text)) continue;
    const message =
      m[1] === 'C'
        ? `write the deletion in lower case: {{c${m[2] || 1}::…}}`
        : m[2] === ''
          ? 'a cloze deletion needs a number: {{c1::…}}'
          : Number(m[2]) === 0
            ? 'cloze numbers start at 1: {{c1::…}}'
            : `write the deletion as {{c${Number(m[2])}::hidden text}}`;
    problems.push({ offset, message });
  }
  if (open)
    problems.push({
      offset: open.offset,
      message: 'cloze deletion is never closed: end it with }}',
    });
  return problems;
}
