// Filling a diagram's `[ ? ]` blanks without moving its columns: a fill wider than the blank
// takes its room from the spaces or dashes after it (then before it). Used by the review
// card (one blank) and the sequence drill (several, each drawn in its own tone).
import { BLANK } from '../../tcp/render-sequence.js';
import { stringWidth } from '../../text/width.js';
import type { Line, Span } from './lines.js';

/**
 * `before` and `after` with `extra` cells freed for a wider fill. At the end of a line the
 * fill just runs on; a space is always left, so a label never touches an arrow.
 */
export function makeRoom(
  before: string,
  after: string,
  extra: number,
  atEnd = after.trim() === '',
): [string, string] {
  if (atEnd) return [before, after];
  let left = extra;
  const borrow = (run: string): number => {
    // An arrow keeps a dash on the label's side of its head: `] ->`, not `]>` or `] >`.
    const keep = run.includes('-') ? 2 : 1;
    const take = Math.max(0, Math.min(left, run.length - keep));
    left -= take;
    return take;
  };
  let b = before;
  let a = after;
  if (left > 0) a = a.slice(borrow(/^[ -]*/.exec(a)![0]));
  if (left > 0) b = b.slice(0, b.length - borrow(/[ -]*$/.exec(b)![0]));
  // A field inside a label (`FIN,ACK [ ? ] ack=u+1`) has a word beside it: shorten the
  // arrow's own dashes further along instead, so the words shift and the head stays.
  const shorten = (text: string): string => {
    const runs = [...text.matchAll(/-{3,}/g)];
    const run = runs.sort((x, y) => y[0].length - x[0].length)[0];
    if (!run || left <= 0) return text;
    const take = Math.min(left, run[0].length - 2);
    left -= take;
    return text.slice(0, run.index) + run[0].slice(take) + text.slice(run.index + run[0].length);
  };
  a = shorten(a);
  b = shorten(b);
  // The cell left over is a space, so the label stands apart from the dashes.
  if (extra > 0 && a.startsWith('-')) a = ` ${a.slice(1)}`;
  if (extra > 0 && b.endsWith('-')) b = `${b.slice(0, -1)} `;
  return [b, a];
}

/** How one blank is drawn: its text (as wide as it needs) and its look. */
export type BlankFill = Omit<Span, 'text'> & { readonly text: string };

/**
 * A diagram with its blanks filled in reading order: the n-th `[ ? ]` of the figure gets
 * `fills[n]` (a blank without a fill stays `[ ? ]`). Lines stay verbatim figure lines.
 */
export function fillBlanks(
  figure: string,
  fills: readonly BlankFill[],
  tone: Span['tone'] = 'code',
): Line[] {
  let next = 0;
  return figure.split('\n').map((raw) => {
    const pieces = raw.split(BLANK);
    const spans: Span[] = [];
    let before = pieces[0] ?? '';
    for (let i = 1; i < pieces.length; i++) {
      const fill = fills[next++] ?? { text: BLANK };
      const after = pieces[i] ?? '';
      // Only the last blank of a line can run on; one between two others must make room.
      const atEnd = i === pieces.length - 1 && after.trim() === '';
      const [b, a] = makeRoom(before, after, stringWidth(fill.text) - BLANK.length, atEnd);
      spans.push({ text: b, tone }, fill);
      before = a;
    }
    spans.push({ text: before, tone });
    return { role: 'figure', verbatim: true, spans: spans.filter((s) => s.text !== '') };
  });
}
