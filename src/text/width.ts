// Terminal-column helpers, shared by the diagrams, the screens and the text reports. A CJK
// character takes two columns, so every width here is measured with string-width and never
// with `.length`; otherwise Chinese labels would push the columns apart.
import measure from 'string-width';

/** `text` followed by spaces up to `width` columns (unchanged if it is already wider). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

// A break may come at a space, or between two wide characters (Chinese has no spaces).
const TOKEN = /[^\s\u1100-\uffff]+|\s+|[\u1100-\uffff]/gu;
// Chinese punctuation that must not start a line: it moves down together with the character before it.
const NO_LINE_START = /^[，。、；：！？）」』》〉”’]$/u;
// Opening brackets that must not end a line: they move down with what they open.
const NO_LINE_END = /^[（「『《〈“‘]$/u;

/** Greedy word wrap to `width` columns; over-long single words get a line of their own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line: string[] = [];
    const flush = (): void => {
      lines.push(line.join('').trimEnd());
      line = [];
    };
    for (const token of paragraph.match(TOKEN) ?? []) {
      if (stringWidth(line.join('') + token) <= width) {
        line.push(token);
      } else if (/^\s+$/.test(token)) {
        flush();
      } else {
        const last = line[line.length - 1] ?? '';
        const carry = line.length > 1 && (NO_LINE_START.test(token) || NO_LINE_END.test(last));
        const carried = carry ? line.pop() : undefined;
        if (line.join('').trim() !== '') flush();
        line = carried === undefined ? [token] : [carried, token];
      }
    }
    flush();
  }
  return lines;
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
    w = measure(text);
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
