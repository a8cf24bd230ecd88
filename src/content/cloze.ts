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
