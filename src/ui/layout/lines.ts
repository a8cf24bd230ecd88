// The unit of every screen's layout: one Line is one terminal row. Screens turn their
// content into lines, the frame windows them, and the Lines component draws exactly them,
// so what is measured is what is drawn.
import { stringWidth } from '../../text/width.js';
import { CLOZE_CLOSE, CLOZE_OPEN, parseInline, wrapSpans } from './inline.js';
import type { Span as InlineSpan } from './inline.js';

/** A semantic colour role; the theme maps it to a colour (or to nothing, under NO_COLOR). */
export type Tone =
  | 'text'
  | 'muted'
  | 'accent'
  | 'good'
  | 'bad'
  | 'warn'
  | 'code'
  | 'title'
  | 'cloze'
  | 'again'
  | 'hard'
  | 'easy';

export type Span = {
  readonly text: string;
  readonly tone?: Tone;
  readonly bold?: boolean;
  readonly inverse?: boolean;
};

/** What a line is, for tests and for windowing decisions. */
export type Role =
  | 'gap'
  | 'header'
  | 'title'
  | 'notice'
  | 'figure'
  | 'prompt'
  | 'option'
  | 'response'
  | 'instruction'
  | 'verdict'
  | 'answer'
  | 'explain'
  | 'source'
  | 'menu'
  | 'intro'
  | 'help'
  | 'status'
  | 'footer'
  | 'more';

export type Line = {
  readonly role: Role;
  readonly spans: readonly Span[];
  /** Preformatted (a diagram, `ss` output): never wrapped, it may be wider than the screen. */
  readonly verbatim?: boolean;
};

export const gap: Line = { role: 'gap', spans: [] };

export function line(role: Role, ...spans: (Span | string)[]): Line {
  return { role, spans: spans.map((s) => (typeof s === 'string' ? { text: s } : s)) };
}

export function lineText(l: Line): string {
  return l.spans.map((s) => s.text).join('');
}

export function lineWidth(l: Line): number {
  return stringWidth(lineText(l));
}

/** Blocks joined with one blank line between them; empty blocks are left out. */
export function stack(...blocks: (readonly Line[])[]): Line[] {
  return blocks.filter((b) => b.length > 0).flatMap((b, i) => (i === 0 ? b : [gap, ...b]));
}

/** How inline styles look: code in its colour, a cloze gap standing out. */
function styled(span: InlineSpan, tone: Tone | undefined): Span {
  switch (span.style) {
    case 'code':
      return { text: span.text, tone: 'code' };
    case 'bold':
      return { text: span.text, bold: true, ...(tone ? { tone } : {}) };
    case 'cloze':
      return { text: span.text, tone: 'cloze', bold: true };
    default:
      return { text: span.text, ...(tone ? { tone } : {}) };
  }
}

export type TextOptions = {
  readonly tone?: Tone;
  /** Spans in front of the first line (`✓ 1. `); later lines are indented to match. */
  readonly lead?: readonly Span[];
  /** The whole text in bold (a heading, the arc taken). */
  readonly bold?: boolean;
};

/**
 * Card Markdown as lines: fenced blocks verbatim and indented by two (never wrapped, so `ss`
 * columns stay aligned), prose wrapped at `width` with inline code and bold.
 */
export function textLines(text: string, width: number, role: Role, opts: TextOptions = {}): Line[] {
  const lead = opts.lead ?? [];
  const indent = stringWidth(lead.map((s) => s.text).join(''));
  const out: Line[] = [];
  const start = (spans: readonly Span[]): Span[] =>
    out.length === 0
      ? [...lead, ...spans]
      : indent > 0
        ? [{ text: ' '.repeat(indent) }, ...spans]
        : [...spans];
  for (const block of splitFences(text)) {
    if (block.code) {
      for (const raw of block.text.split('\n')) {
        out.push({ role, verbatim: true, spans: start([{ text: '  ' }, ...verbatimSpans(raw)]) });
      }
      continue;
    }
    for (const paragraph of block.text.split('\n')) {
      for (const spans of wrapSpans(parseInline(paragraph), width - indent)) {
        out.push({
          role,
          spans: start(
            spans.map((s) =>
              opts.bold ? { ...styled(s, opts.tone), bold: true } : styled(s, opts.tone),
            ),
          ),
        });
      }
    }
  }
  if (out.length === 0 && lead.length > 0) out.push({ role, spans: [...lead] });
  return out;
}

/**
 * A verbatim line, code-coloured, with a cloze gap (if any) standing out. Only the cloze
 * marks are read: backticks and asterisks stay as typed.
 */
export function verbatimSpans(raw: string): Span[] {
  const out: Span[] = [];
  let inside = false;
  for (const piece of raw.split(new RegExp(`([${CLOZE_OPEN}${CLOZE_CLOSE}])`))) {
    if (piece === CLOZE_OPEN) inside = true;
    else if (piece === CLOZE_CLOSE) inside = false;
    else if (piece !== '')
      out.push(inside ? { text: piece, tone: 'cloze', bold: true } : { text: piece, tone: 'code' });
  }
  return out;
}

/** Prose and fenced blocks of card text. A fence opens and closes with the same marker. */
export function splitFences(text: string): { code: boolean; text: string }[] {
  const out: { code: boolean; text: string }[] = [];
  let buffer: string[] = [];
  let fence: string | undefined;
  const flush = (code: boolean) => {
    const joined = buffer.join('\n');
    if (code || joined.trim() !== '') out.push({ code, text: code ? joined : joined.trim() });
    buffer = [];
  };
  for (const raw of text.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence === undefined && marker) {
      flush(false);
      fence = marker;
    } else if (fence !== undefined && marker && raw.trim().startsWith(fence)) {
      flush(true);
      fence = undefined;
    } else buffer.push(raw);
  }
  flush(fence !== undefined);
  return out;
}

/** The columns `from` to `from + width` of a line (cells, so wide characters count two). */
export function sliceLine(l: Line, from: number, width: number): Line {
  if (from === 0 && lineWidth(l) <= width) return l;
  const spans: Span[] = [];
  let col = 0;
  for (const span of l.spans) {
    let text = '';
    for (const ch of span.text) {
      const w = stringWidth(ch);
      if (col >= from && col + w <= from + width) text += ch;
      else if (col < from && col + w > from) text += ' '; // half a wide character
      col += w;
    }
    if (text !== '') spans.push({ ...span, text });
  }
  return { ...l, spans };
}
