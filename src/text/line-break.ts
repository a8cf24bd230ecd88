// Greedy line breaking, shared by the screens (styled spans) and the text reports (plain
// strings), so both follow the same rules: closing punctuation never starts a line (it goes
// down with the word before it), and an opening bracket never ends one (it goes down with
// what it opens). Pure: the caller cuts its text into tokens and measures them.

const CLOSING = ')\\]},.:;!?）］｝，。：；！？」』、》〉”’…';
const OPENING = '(\\[{（［｛「『《〈“‘';
/** A token that must not start a line. */
const NO_LINE_START = new RegExp(`^[${CLOSING}]`, 'u');
/** A token that must not end a line. */
const NO_LINE_END = new RegExp(`[${OPENING}]$`, 'u');

/** A run of spaces, or a piece of text the line may break before and after. */
export type Token = { readonly text: string; readonly size: number; readonly space: boolean };

export type BreakOptions<T extends Token> = {
  /** Cuts a token wider than a line into pieces; without it, the token overflows its line. */
  readonly cut?: (token: T) => readonly T[];
  /** Keeps the spaces that open the first line (an indent); otherwise lines never start with one. */
  readonly indent?: boolean;
};

/**
 * `tokens` laid out greedily into lines of `width` cells. A token that must not start a
 * line is glued to the word before it (across a space too), and one that must not end a
 * line to the word after it; a glued group wider than a line falls back to its tokens.
 */
export function breakLines<T extends Token>(
  tokens: readonly T[],
  width: number,
  opts: BreakOptions<T> = {},
): T[][] {
  const w = Math.max(1, width);
  const lines: T[][] = [];
  let line: T[] = [];
  let used = 0;
  const flush = () => {
    while (line.at(-1)?.space) line.pop();
    lines.push(line);
    line = [];
    used = 0;
  };
  const put = (t: T) => {
    line.push(t);
    used += t.size;
  };
  /** Starts a new line for a word, unless this one holds nothing but an indent. */
  const newLine = () => {
    if (line.some((t) => !t.space)) flush();
    else {
      line = [];
      used = 0;
    }
  };
  const place = (t: T) => {
    if (t.space) {
      if (used === 0 && !(opts.indent && lines.length === 0)) return;
      if (used + t.size <= w) put(t);
      else flush();
    } else if (used + t.size <= w) put(t);
    else if (t.size <= w || !opts.cut) {
      newLine();
      put(t);
    } else {
      for (const piece of opts.cut(t)) {
        if (used + piece.size > w) flush();
        put(piece);
      }
    }
  };
  for (const group of glue(tokens)) {
    const size = group.reduce((n, t) => n + t.size, 0);
    if (group.length === 1 || used + size <= w) group.forEach(place);
    else if (size <= w) {
      newLine();
      group.forEach(put);
    } else group.forEach(place);
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
}

/** Tokens in unbreakable groups: a word with the closing marks after it and the opening ones before. */
function glue<T extends Token>(tokens: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const t of tokens) {
    const last = groups.at(-1);
    const end = last?.at(-1);
    if (last && end && !t.space) {
      if (!end.space && (NO_LINE_END.test(end.text) || NO_LINE_START.test(t.text))) {
        last.push(t);
        continue;
      }
      const before = groups.at(-2);
      // `word )`: the space stays, but the mark still goes down with the word.
      if (end.space && before && !before.at(-1)!.space && NO_LINE_START.test(t.text)) {
        groups.pop();
        before.push(...last, t);
        continue;
      }
    }
    groups.push([t]);
  }
  return groups;
}
