// One Markdown deck → typed cards plus diagnostics. Pure: text in, data out.
//
// Block structure comes from a CommonMark parser (mdast) with source positions. Card
// markers (`Q:`, `A:`, …) are read only at the start of paragraph lines, so text inside
// code fences, lists or quotes is never mistaken for a marker.
import type { Html, List, Paragraph, RootContent } from 'mdast';
import { readFrontMatter } from './front-matter.js';
import { parseMarkdown } from './parse-markdown.js';
import { escapeControls, firstControl } from '../text/escape.js';
import type { DeckMeta } from './front-matter.js';
import { buildCards } from './build-cards.js';
import { FIELDS, ID_COMMENT, MARKER, OPENERS } from './draft.js';
import type { Draft, FieldName, ListItem, Opener, Segment } from './draft.js';
import type { Card, Deck, Diagnostic } from './types.js';

export type DeckResult = {
  readonly deck?: Deck;
  readonly cards: readonly Card[];
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Every id written on a card line and the line, the cards with a problem included: a
   * duplicate is reported even when one of the two cards is also invalid.
   */
  readonly ids: readonly WrittenId[];
};

export type WrittenId = { readonly id: string; readonly line: number };

export function compileDeck(source: string, file: string): DeckResult {
  const raw = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, column: number, message: string) =>
    diagnostics.push({ file, line, column, message });
  // Cards are plain text: a control character would drive the learner's terminal.
  if (firstControl(raw, '\n\t') >= 0) {
    raw.split('\n').forEach((line, i) => {
      const at = firstControl(line, '\t');
      if (at < 0) return;
      const shown = escapeControls(line[at]!);
      report(
        i + 1,
        at + 1,
        `control character ${shown} in the text: remove it (it would be shown as ${shown})`,
      );
    });
  }
  const text = escapeControls(raw, '\n\t');

  const front = readFrontMatter(text);
  for (const p of front.problems) report(p.line, p.column, p.message);
  const meta: DeckMeta = front.meta ?? {
    id: '?',
    order: 0,
    title: '?',
    topic: '?',
    lang: 'en',
    source: '',
  };

  const parsed = parseMarkdown(front.body);
  if ('problem' in parsed) {
    report(parsed.problem.line, parsed.problem.column, parsed.problem.message);
    return { cards: [], diagnostics, ids: [] };
  }
  const { root } = parsed;
  const slice = (node: RootContent) =>
    front.body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

  const cards: Card[] = [];
  const ids: WrittenId[] = [];
  const intro: string[] = [];
  const headings: string[] = [];
  let seenCard = false;
  let draft: Draft | undefined;

  const finish = () => {
    if (draft?.id !== undefined) ids.push({ id: draft.id, line: draft.line });
    if (draft) cards.push(...buildCards(draft, meta, file, report));
    draft = undefined;
  };
  const append = (segment: Segment) => {
    if (!draft) return;
    const list = draft.fields.get(draft.current) ?? [];
    list.push(segment);
    draft.fields.set(draft.current, list);
  };

  for (const node of root.children) {
    const start = node.position?.start ?? { line: 1, column: 1 };
    switch (node.type) {
      case 'heading': {
        finish();
        // A line of --- or === right under text makes that text a heading (setext).
        if (!slice(node).startsWith('#') && slice(node).split('\n').some(isMarkerLine))
          report(
            start.line,
            start.column,
            'the --- (or ===) under these lines makes them a heading, so the card is lost: put a blank line before it',
          );
        const title = slice(node)
          .replace(/^#+\s*/, '')
          .replace(/\s*#*$/, '');
        headings.length = Math.max(0, node.depth - 2);
        if (node.depth >= 2) headings.push(title);
        break;
      }
      case 'thematicBreak':
        finish();
        break;
      case 'paragraph':
        readLines(
          slice(node).split('\n'),
          node.position?.start.line ?? 1,
          node.position?.start.column ?? 1,
          node,
        );
        break;
      case 'html':
        // Author comments between cards are allowed; a lone id comment is a misplaced id.
        if (ID_COMMENT.test(node.value.trim()) && !draft) {
          report(
            start.line,
            start.column,
            'id comment is not on a card line: put it on the Q:/C:/T:/M:/O:/R: line',
          );
        }
        break;
      case 'list':
        if (draft) {
          const { items, tail } = splitList(node, front.body);
          draft.lists.push({ items, field: draft.current });
          const end = tail ? tail.offset : (node.position?.end.offset ?? 0);
          append({
            text: front.body.slice(node.position?.start.offset ?? 0, end).trimEnd(),
            cloze: false,
            list: true,
          });
          // `E:` right under the last item is a lazy continuation in CommonMark; the author
          // meant a field, so read those lines as card lines.
          if (tail) readLines(tail.lines, tail.line, 1, tail.para);
        } else if (!seenCard) intro.push(slice(node));
        break;
      case 'code':
        if (!isClosedFence(slice(node)))
          report(
            start.line,
            start.column,
            'this code fence is never closed, so it takes in the rest of the deck: end it with a line of ```',
          );
        if (draft)
          append({
            text: slice(node),
            cloze: /\bcloze\b/.test(`${node.lang ?? ''} ${node.meta ?? ''}`),
            line: start.line,
            column: start.column,
          });
        else if (!seenCard) intro.push(slice(node));
        break;
      default:
        if (draft) append({ text: slice(node), cloze: false });
        else if (!seenCard) intro.push(slice(node));
    }
  }
  finish();

  function readLines(
    lines: readonly string[],
    firstLine: number,
    firstColumn: number,
    node?: Paragraph,
  ) {
    lines.forEach((rawLine, i) => {
      const line = firstLine + i;
      const column = i === 0 ? firstColumn : 1;
      const trimmed = rawLine.trimStart();
      const match = MARKER.exec(trimmed);
      const name = match?.[1];
      if (name && name in OPENERS) {
        finish();
        seenCard = true;
        const marker = name as Opener;
        draft = {
          marker,
          line,
          column,
          section: headings.join(' › '),
          fields: new Map(),
          current: 'prompt',
          lists: [],
        };
        const { rest, id } = takeId(node, line, trimmed.slice(name.length + 1));
        if (id !== undefined) draft.id = id;
        append({ text: rest.trim(), cloze: true, line, column: columnOf(rawLine, rest, column) });
      } else if (name && (FIELDS as readonly string[]).includes(name)) {
        if (!draft) {
          report(
            line,
            column,
            `${name}: is outside a card: start the card with Q:, C:, T:, M:, O: or R:`,
          );
          return;
        }
        draft.current = name as FieldName;
        if (draft.fields.has(draft.current))
          report(line, column, `the card already has an ${name}: line`);
        draft.fields.set(draft.current, []);
        const text = trimmed.slice(name.length + 1);
        append({ text: text.trim(), cloze: true, line, column: columnOf(rawLine, text, column) });
      } else if (name && i === 0) {
        report(line, column, `unknown card marker '${name}:' (known: Q: A: R: C: T: M: O: E: S:)`);
      } else if (GLUED.test(trimmed) && (draft || OPENERS_GLUED.test(trimmed))) {
        report(
          line,
          column,
          `put a space after '${trimmed.slice(0, 2)}': without one it is not a card marker`,
        );
      } else if (draft) {
        append({ text: rawLine, cloze: true, line, column: 1 });
      } else if (!seenCard) {
        intro.push(rawLine);
      }
    });
  }

  // Every id the author wrote must become a card, or be reported here.
  const placed = new Set([...cards.map((c) => c.line), ...diagnostics.map((d) => d.line)]);
  front.body.split('\n').forEach((lineText, i) => {
    for (const m of lineText.matchAll(ID_ANYWHERE)) {
      if (placed.has(i + 1)) continue;
      report(
        i + 1,
        m.index + 1,
        `card '${m[1]}' is not in the bank: its line is not read as a card (inside a code block, list, quote or heading?)`,
      );
    }
  });

  const deck: Deck | undefined = front.meta
    ? { ...front.meta, intro: intro.join('\n').trim(), file }
    : undefined;
  return { deck, cards: front.meta ? cards : [], diagnostics, ids: front.meta ? ids : [] };

  /** Finds the `<!-- id: … -->` comment on a marker line and removes it from the text. */
  function takeId(
    node: Paragraph | undefined,
    line: number,
    rest: string,
  ): { rest: string; id?: string } {
    const html = node?.children.find(
      (c): c is Html =>
        c.type === 'html' && c.position?.start.line === line && ID_COMMENT.test(c.value.trim()),
    );
    if (!html) return { rest };
    const id = ID_COMMENT.exec(html.value.trim())?.[1] ?? '';
    return { rest: rest.replace(html.value, '').trimEnd(), id };
  }
}

type Tail = { lines: string[]; line: number; offset: number; para: Paragraph };

/**
 * The items of an option list (first paragraph of each, without the bullet), and any
 * card lines that CommonMark folded into the last item as a lazy continuation.
 */
function splitList(list: List, body: string): { items: ListItem[]; tail?: Tail } {
  const items: ListItem[] = [];
  let tail: Tail | undefined;
  for (const item of list.children) {
    const para = item.children.find((c): c is Paragraph => c.type === 'paragraph');
    const at = item.position?.start ?? { line: 0, column: 0 };
    if (!para?.position) {
      items.push({ text: '', line: at.line, column: at.column });
      continue;
    }
    const lines = body.slice(para.position.start.offset, para.position.end.offset).split('\n');
    const cut = lines.findIndex((l, i) => i > 0 && isMarkerLine(l));
    const own = cut < 0 ? lines : lines.slice(0, cut);
    items.push({ text: own.map((l) => l.trim()).join('\n'), line: at.line, column: at.column });
    if (cut >= 0) {
      const offset = (para.position.start.offset ?? 0) + lines.slice(0, cut).join('\n').length + 1;
      tail = { lines: lines.slice(cut), line: para.position.start.line + cut, offset, para };
    }
  }
  return tail ? { items, tail } : { items };
}

function isMarkerLine(line: string): boolean {
  const name = MARKER.exec(line)?.[1];
  return name !== undefined && (name in OPENERS || (FIELDS as readonly string[]).includes(name));
}

/** An id comment anywhere on a line. */
const ID_ANYWHERE = /<!--\s*id:\s*(\S+?)\s*-->/g;
/** A marker glued to its text: `Q:What`. */
const GLUED = /^(?:[QRCTMO]|[AES]):(?=\S)/;
const OPENERS_GLUED = /^[QRCTMO]:(?=\S)/;

/** The column where `text` starts on `rawLine` (which starts at `column`). */
function columnOf(rawLine: string, text: string, column: number): number {
  const body = text.trim();
  const at = body === '' ? -1 : rawLine.indexOf(body);
  return at < 0 ? column : column + at;
}

/** Whether a code block's source ends with a fence that closes its opening one. */
function isClosedFence(source: string): boolean {
  const lines = source.split('\n');
  const open = /^\s*(`{3,}|~{3,})/.exec(lines[0] ?? '')?.[1];
  if (!open) return true; // an indented code block has no fence to close
  const last = lines.length > 1 ? lines[lines.length - 1]!.trim() : '';
  return last.length >= open.length && last === open[0]!.repeat(last.length);
}
