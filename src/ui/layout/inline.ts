// Inline Markdown of card text (`code`, **bold**, \-escapes, a cloze gap) as styled spans,
// and a word wrapper that works on spans. We wrap ourselves instead of letting ink do it:
// the layout must know exactly the lines that get drawn (see card-lines.ts).
import { breakLines } from '../../text/line-break.js';
import { stringWidth } from '../../text/width.js';

export type SpanStyle = 'plain' | 'code' | 'bold' | 'cloze';
export type Span = { readonly text: string; readonly style: SpanStyle };

/** Marks the active cloze gap inside card text until it is parsed (private-use characters). */
export const CLOZE_OPEN = '\uE000';
export const CLOZE_CLOSE = '\uE001';

export function parseInline(text: string): Span[] {
  const spans: Span[] = [];
  for (const part of text.split(/(`[^`]+`)/g)) {
    if (part === '') continue;
    if (part.length > 1 && part.startsWith('`') && part.endsWith('`')) {
      spans.push({ text: part.slice(1, -1), style: 'code' });
      continue;
    }
    for (const piece of part.split(/(\*\*[^*]+\*\*)/g)) {
      if (piece === '') continue;
      if (piece.length > 4 && piece.startsWith('**') && piece.endsWith('**')) {
        spans.push({ text: piece.slice(2, -2), style: 'bold' });
      } else spans.push({ text: piece.replace(/\\([\\`*_|])/g, '$1'), style: 'plain' });
    }
  }
  return markClozes(spans);
}

/** Text between the cloze marks becomes a `cloze` span, whatever style it was in. */
export function markClozes(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  let inside = false;
  for (const span of spans) {
    for (const piece of span.text.split(new RegExp(`([${CLOZE_OPEN}${CLOZE_CLOSE}])`))) {
      if (piece === CLOZE_OPEN) inside = true;
      else if (piece === CLOZE_CLOSE) inside = false;
      else if (piece !== '') out.push({ text: piece, style: inside ? 'cloze' : span.style });
    }
  }
  return out;
}

// The CJK blocks: such a character takes two cells, and a line may break on either side.
const WIDE_CHARS = '\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef';
/** One wide character. */
export const WIDE = new RegExp(`[${WIDE_CHARS}]`, 'u');
// A token is a run of spaces, one wide (CJK) character, or a run of other characters, so
// Chinese text can break between any two characters and English only at spaces.
// A no-break space (inside `[ ? ]`) joins its neighbours into one token.
const TOKEN = new RegExp(`[^\\S\u00a0]+|[${WIDE_CHARS}]|(?:[^\\s${WIDE_CHARS}]|\u00a0)+`, 'gu');
const NBSP = /\u00a0/g;
const SPACE = /^[^\S\u00a0]+$/;

type Token<S> = { text: string; size: number; space: boolean; span: S };

/**
 * Greedy word wrap of spans to `width` columns, with the punctuation rules of
 * line-break.ts; words wider than a line are cut. Any span with a `text` works: inline
 * styles here, coloured spans on screen.
 */
export function wrapSpans<S extends { readonly text: string }>(
  spans: readonly S[],
  width: number,
): S[][] {
  const tokens: Token<S>[] = spans.flatMap((span) =>
    (span.text.match(TOKEN) ?? []).map((text) => ({
      text,
      size: stringWidth(text),
      space: SPACE.test(text),
      span,
    })),
  );
  const cut = (t: Token<S>): Token<S>[] =>
    [...t.text].map((ch) => ({ ...t, text: ch, size: stringWidth(ch) }));
  return breakLines(tokens, width, { cut }).map((l) =>
    merge(l.map(({ text, span }) => ({ ...span, text: text.replace(NBSP, ' ') }))),
  );
}

/** Neighbours that look the same (every field but the text) become one span. */
function merge<S extends { readonly text: string }>(spans: readonly S[]): S[] {
  const out: S[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && sameLook(last, s)) out[out.length - 1] = { ...last, text: last.text + s.text };
    else out.push(s);
  }
  return out;
}

function sameLook(a: object, b: object): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('text');
  return [...keys].every(
    (k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k],
  );
}
