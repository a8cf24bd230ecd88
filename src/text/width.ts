// Terminal-column helpers, shared by the diagrams, the screens and the text reports. A CJK
// character takes two columns, so every width here is measured with string-width and never
// with `.length`; otherwise Chinese labels would push the columns apart.
import measure from 'string-width';
import { breakLines } from './line-break.js';
import { simpleWidth } from './simple-width.js';

/** `text` followed by spaces up to `width` columns (unchanged if it is already wider). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

// A break may come at a space, or between two wide characters (Chinese has no spaces).
const TOKEN = /[^\s\u1100-\uffff]+|\s+|[\u1100-\uffff]/gu;

/**
 * Greedy word wrap to `width` columns (see line-break.ts for the punctuation rules);
 * over-long single words get a line of their own.
 */
export function wrap(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const tokens = (paragraph.match(TOKEN) ?? []).map((t) => ({
      text: t,
      size: stringWidth(t),
      space: /^\s+$/.test(t),
    }));
    return breakLines(tokens, width, { indent: true }).map((l) => l.map((t) => t.text).join(''));
  });
}

const PLAIN = /^[\x20-\x7e]*$/;
const widths = new Map<string, number>();

/**
 * Columns `text` takes in a terminal. Printable ASCII is one column a character; anything
 * else goes to string-width, remembered, since layout asks about the same words each redraw.
 */
export function stringWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  let w = widths.get(text);
  if (w === undefined) {
    w = simpleWidth(text) ?? measure(text);
    if (widths.size > 50_000) widths.clear();
    widths.set(text, w);
  }
  return w;
}

/** `text` cut to at most `width` columns, ending in `…` when it was cut. */
export function truncateEnd(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (stringWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}
