// Inline Markdown of card text (`code`, **bold**, \-escapes, a cloze gap) as styled spans,
// and a word wrapper that works on spans. We wrap ourselves instead of letting ink do it:
// the layout must know exactly the lines that get drawn (see card-lines.ts).
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
// Closing punctuation never starts a line (it moves down with the character before it);
// opening brackets never end one.
const NO_LINE_START = /^[，。、；：！？）」』》〉”’…,.;:!?)\]]/u;
const NO_LINE_END = /^[（「『《〈“‘]$/u;

type Token = { text: string; style: SpanStyle; size: number; space: boolean };

/** Greedy word wrap of spans to `width` columns; words wider than a line are cut. */
export function wrapSpans(spans: readonly Span[], width: number): Span[][] {
  const w = Math.max(1, width);
  const lines: Token[][] = [];
  let line: Token[] = [];
  let used = 0;
  const flush = () => {
    while (line.length > 0 && line.at(-1)!.space) line.pop();
    lines.push(line);
    line = [];
    used = 0;
  };
  const push = (t: Token) => {
    line.push(t);
    used += t.size;
  };
  for (const span of spans) {
    for (const text of span.text.match(TOKEN) ?? []) {
      const space = /^[^\S\u00a0]+$/.test(text);
      const token = { text, style: span.style, size: stringWidth(text), space };
      if (token.space && used === 0) continue;
      if (used + token.size <= w) push(token);
      else if (token.space) flush();
      else if (token.size <= w) {
        // Carry the word before a closing mark (or an opening bracket) down with it, and
        // any closing marks right before that one too (`）。`), if they fit a line.
        let carried: Token[] = [];
        if (NO_LINE_START.test(text) || NO_LINE_END.test(line.at(-1)?.text ?? '')) {
          let take = 1;
          while (take < line.length && NO_LINE_START.test(line[line.length - take]!.text)) take++;
          // An opening bracket before the group goes with it.
          if (take < line.length && NO_LINE_END.test(line[line.length - take - 1]!.text)) take++;
          const group = line.slice(line.length - take);
          const size = group.reduce((n, t) => n + t.size, 0);
          if (take < line.length && !group[0]!.space && size + token.size <= w) carried = group;
        }
        line.splice(line.length - carried.length, carried.length);
        flush();
        for (const t of carried) push(t);
        push(token);
      } else {
        for (const ch of text) {
          const c = stringWidth(ch);
          if (used + c > w) flush();
          push({ text: ch, style: span.style, size: c, space: false });
        }
      }
    }
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines.map((l) =>
    merge(l.map(({ text, style }) => ({ text: text.replace(NBSP, ' '), style }))),
  );
}

function merge(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && last.style === s.style)
      out[out.length - 1] = { text: last.text + s.text, style: s.style };
    else out.push(s);
  }
  return out;
}
