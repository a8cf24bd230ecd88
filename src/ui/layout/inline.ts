// Inline Markdown of card text (`code`, **bold**, \-escapes) as styled spans, and a word
// wrapper that works on spans. We wrap ourselves instead of letting ink do it: ink's
// wrapping of nested <Text> leaves a space at the start of continuation lines, and the
// fitting code must count exactly the lines that get drawn.
import { stringWidth } from '../../text/width.js';

export type Span = { readonly text: string; readonly style: 'plain' | 'code' | 'bold' };

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
  return spans;
}

// A token is a run of spaces, one wide (CJK) character, or a run of other characters, so
// Chinese text can break between any two characters and English only at spaces.
const TOKEN =
  /\s+|[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[^\s\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+/gu;

/** Greedy word wrap of spans to `width` columns; words wider than a line are cut. */
export function wrapSpans(spans: readonly Span[], width: number): Span[][] {
  const w = Math.max(1, width);
  const lines: Span[][] = [];
  let line: Span[] = [];
  let used = 0;
  const flush = () => {
    while (line.length > 0 && /^\s+$/.test(line.at(-1)!.text)) line.pop();
    lines.push(merge(line));
    line = [];
    used = 0;
  };
  for (const span of spans) {
    for (const token of span.text.match(TOKEN) ?? []) {
      const size = stringWidth(token);
      const space = /^\s+$/.test(token);
      if (space && used === 0) continue;
      if (used + size <= w) {
        line.push({ text: token, style: span.style });
        used += size;
      } else if (space) {
        flush();
      } else if (size <= w) {
        flush();
        line.push({ text: token, style: span.style });
        used = size;
      } else {
        for (const ch of token) {
          const c = stringWidth(ch);
          if (used + c > w) flush();
          line.push({ text: ch, style: span.style });
          used += c;
        }
      }
    }
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
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
