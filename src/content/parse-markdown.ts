// The deck's Markdown → mdast, in time linear in the deck. The parser's cost grows faster
// than the text with nesting depth and with the number of lists in one document (8,000
// small lists took 12 s, 10,000 list markers on one line minutes). So the deck is checked
// against limits first, then parsed in pieces that start where CommonMark starts afresh
// anyway: a line at column 0 after a blank line, outside a code fence. The limits are
// generous next to real decks: the largest is under 40 KiB, with 3 levels of nesting.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Root, RootContent } from 'mdast';
import type { Position } from './types.js';

export const MAX_DECK_CHARS = 512 * 1024;
export const MAX_DEPTH = 16;
/** List items (or quote lines) in one piece, that is in one list. */
export const MAX_LIST_ITEMS = 2000;
/** Lines per piece before a new one may start. */
const PIECE_LINES = 200;

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
/** One list marker or quote marker and the blanks after it. */
const CONTAINER = /^(?:>|[-+*]|\d{1,9}[.)])(?:[ \t]+|$)/;

export type LimitProblem = Position & { readonly message: string };

export function parseMarkdown(text: string): { root: Root } | { problem: LimitProblem } {
  const plan = planPieces(text);
  if ('problem' in plan) return plan;
  const children: RootContent[] = [];
  for (const piece of plan.pieces) {
    const root = fromMarkdown(text.slice(piece.offset, piece.end));
    for (const node of root.children) shift(node, piece.line - 1, piece.offset);
    children.push(...root.children);
  }
  return { root: { type: 'root', children } };
}

type Piece = { readonly line: number; readonly offset: number; readonly end: number };

function planPieces(text: string): { pieces: Piece[] } | { problem: LimitProblem } {
  const lines = text.split('\n');
  const pieces: Piece[] = [];
  let start = { line: 1, offset: 0 };
  let offset = 0;
  let fence: string | undefined;
  let items = 0;
  let blankBefore = false;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineStart = offset;
    offset += raw.length + 1;
    if (offset > MAX_DECK_CHARS + 1) {
      const message = `the deck is longer than ${MAX_DECK_CHARS / 1024} KiB from here on: split it into several decks`;
      return { problem: { line: i + 1, column: 1, message } };
    }
    const opened = FENCE.exec(raw)?.[1];
    if (fence !== undefined) {
      // Inside a fence nothing nests; a run of the same character at least as long closes it.
      if (
        opened &&
        opened[0] === fence[0] &&
        opened.length >= fence.length &&
        raw.trim() === opened
      )
        fence = undefined;
      continue;
    }
    const blank = raw.trim() === '';
    const fresh = blankBefore && !blank && !/^[ \t]/.test(raw) && !inComment;
    // An HTML comment may hold blank lines: never start a piece inside one.
    const open = raw.lastIndexOf('<!--');
    if (open >= 0 && raw.indexOf('-->', open) < 0) inComment = true;
    else if (inComment && raw.includes('-->')) inComment = false;
    blankBefore = blank;
    if (fresh && i + 1 - start.line >= PIECE_LINES) {
      pieces.push({ ...start, end: lineStart });
      start = { line: i + 1, offset: lineStart };
      items = 0;
    }
    if (opened) {
      fence = opened;
      continue;
    }
    const body = raw.trimStart();
    let rest = body;
    let markers = 0;
    for (let m = CONTAINER.exec(rest); m && rest !== ''; m = CONTAINER.exec(rest)) {
      markers++;
      rest = rest.slice(m[0].length);
    }
    items += markers;
    // Each level of nesting takes one more marker or about two to four more columns.
    const depth = markers + Math.floor(columns(raw.slice(0, raw.length - body.length)) / 4);
    if (depth > MAX_DEPTH) {
      const message = `lists or quotes nested ${depth} deep (at most ${MAX_DEPTH}): flatten them`;
      return { problem: { line: i + 1, column: 1, message } };
    }
    if (items > MAX_LIST_ITEMS) {
      const message = `more than ${MAX_LIST_ITEMS} items in one list: split it`;
      return { problem: { line: i + 1, column: 1, message } };
    }
  }
  pieces.push({ ...start, end: text.length });
  return { pieces };
}

/** Moves a node parsed from a piece to its place in the whole deck. */
function shift(node: RootContent, lines: number, offset: number): void {
  const { position } = node;
  if (position) {
    for (const point of [position.start, position.end]) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
  }
  if ('children' in node) for (const child of node.children) shift(child, lines, offset);
}

function columns(blank: string): number {
  let n = 0;
  for (const c of blank) n = c === '\t' ? n + 4 - (n % 4) : n + 1;
  return n;
}
