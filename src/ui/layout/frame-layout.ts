// The frame every screen is drawn in: header, body, status and footer, stacked to exactly
// the terminal's height. The footer is laid out from the keymap hints it shows, so its
// height is measured, never guessed; the body gets the rows that are left and scrolls
// (with a "more" marker) when it is taller.
import type { Lang } from '../../content/types.js';
import type { Strings } from '../strings.js';
import { footerHints } from '../keymap.js';
import type { Hinted, Scope } from '../keymap.js';
import { stringWidth } from '../../text/width.js';
import { gap, line, lineWidth } from './lines.js';
import type { Line, Span } from './lines.js';

export type FrameInput = {
  readonly rows: number;
  /** Columns inside the frame's padding. */
  readonly width: number;
  readonly lang: Lang;
  readonly header: readonly Line[];
  readonly body: readonly Line[];
  /** Lines kept in view under the body (the grade bar, a save error). */
  readonly status?: readonly Line[];
  /** The screen's key scopes, most specific first; `scroll`/`sideways` are added as needed. */
  readonly scopes: readonly Scope[];
  /** Printable keys are text (an answer is being typed): the footer leaves them out. */
  readonly text?: boolean;
  /** Options on screen: a digit binding's hint names `1-4`, not every digit it could take. */
  readonly picks?: number;
  readonly more: { readonly above: (n: number) => string; readonly below: (n: number) => string };
  /**
   * When the body scrolls, keep its last `pin` lines in view under it (a question's prompt
   * and options, under the diagram that scrolls), if that leaves the rest room to scroll.
   */
  readonly pin?: number;
};

export type FramePlan = {
  /** The scopes in force, with `scroll` and `sideways` when the body needs them. */
  readonly scopes: readonly Scope[];
  readonly header: readonly Line[];
  readonly status: readonly Line[];
  readonly footer: readonly Line[];
  /** Rows for the body, markers included. */
  readonly bodyRows: number;
  /** Body rows of content when it scrolls (two rows go to the markers). */
  readonly viewRows: number;
  readonly maxOffset: number;
  readonly maxShift: number;
  /** The body's last `pin` lines were moved under it, into the status lines. */
  readonly pinned: boolean;
  /** Rows the body was left before any minimum: below 3 the frame is taller than asked. */
  readonly room: number;
  readonly input: FrameInput;
};

/**
 * The footer's hints in one row of `width`, two spaces apart. When they do not fit, hints
 * are dropped by rank (low first, the last in the row first) until they do; `main` ones
 * (`? help` among them, which lists every key) always stay, in as many rows as they need.
 */
export function footerLines(
  scopes: readonly Scope[],
  lang: Lang,
  width: number,
  text = false,
  picks?: number,
): Line[] {
  let hints = footerHints(scopes, lang, { text, ...(picks === undefined ? {} : { picks }) });
  const budget = Math.max(
    1,
    hintRows(
      hints.filter((h) => h.rank === 'main'),
      width,
    ).length,
  );
  for (const rank of ['low', 'normal'] as const) {
    while (hintRows(hints, width).length > budget) {
      const last = hints.findLastIndex((h) => h.rank === rank);
      if (last < 0) break;
      hints = hints.filter((_, i) => i !== last);
    }
  }
  return hintRows(hints, width);
}

/** Hints laid out greedily into rows of `width`, two spaces apart. */
function hintRows(hints: readonly Hinted[], width: number): Line[] {
  const rows: Span[][] = [];
  let used = 0;
  for (const { label, hint } of hints) {
    const size = stringWidth(`${label} ${hint}`);
    const row = rows.at(-1);
    if (!row || used + 2 + size > width) {
      rows.push([]);
      used = -2;
    }
    const current = rows.at(-1)!;
    if (current.length > 0) current.push({ text: '  ' });
    current.push({ text: label, tone: 'accent', bold: true }, { text: ` ${hint}`, tone: 'muted' });
    used += 2 + size;
  }
  return rows.map((spans) => ({ role: 'footer', spans }));
}

/** Rows above and below the body: header, gaps, status and footer. */
function chrome(header: number, status: number, footer: number): number {
  return header + (header > 0 ? 1 : 0) + (status > 0 ? status + 1 : 0) + 1 + footer;
}

export function planFrame(input: FrameInput): FramePlan {
  const whole = planWhole(input);
  const pin = input.pin ?? 0;
  if (pin <= 0 || whole.maxOffset === 0 || pin >= input.body.length) return whole;
  const head = input.body.slice(0, input.body.length - pin);
  while (head.at(-1)?.role === 'gap') head.pop();
  const status = input.status ?? [];
  const pinned = planWhole({
    ...input,
    body: head,
    status: [
      ...input.body.slice(input.body.length - pin),
      ...(status.length > 0 ? [gap, ...status] : []),
    ],
  });
  // One row of the scrolled part between its two markers, at least.
  return pinned.room >= 3 ? { ...pinned, pinned: true } : whole;
}

function planWhole(input: FrameInput): FramePlan {
  const status = input.status ?? [];
  const widest = Math.max(0, ...input.body.filter((l) => l.verbatim).map(lineWidth));
  const maxShift = Math.max(0, widest - input.width);
  // Adding the scroll hints can wrap the footer onto another row, which can make the body
  // scroll after all: settle it in two rounds.
  let scopes = maxShift > 0 ? withScope(input.scopes, 'sideways') : [...input.scopes];
  let footer = footerLines(scopes, input.lang, input.width, input.text, input.picks);
  let bodyRows = input.rows - chrome(input.header.length, status.length, footer.length);
  for (let round = 0; round < 2 && input.body.length > bodyRows; round++) {
    scopes = withScope(scopes, 'scroll');
    footer = footerLines(scopes, input.lang, input.width, input.text, input.picks);
    bodyRows = input.rows - chrome(input.header.length, status.length, footer.length);
  }
  // Below three rows there is no room for a line between its markers (the minimum size
  // of the app keeps every screen above this).
  const room = bodyRows;
  bodyRows = Math.max(3, bodyRows);
  const scrolls = input.body.length > bodyRows;
  const viewRows = scrolls ? bodyRows - 2 : bodyRows;
  return {
    scopes,
    header: input.header,
    status,
    footer,
    bodyRows,
    viewRows,
    maxOffset: scrolls ? input.body.length - viewRows : 0,
    maxShift,
    pinned: false,
    room,
    input,
  };
}

/** Scroll hints go before the screen's own last scopes (`global`), so `q quit` ends the row. */
function withScope(scopes: readonly Scope[], scope: Scope): Scope[] {
  if (scopes.includes(scope)) return [...scopes];
  const at = scopes.indexOf('global');
  return at < 0 ? [...scopes, scope] : [...scopes.slice(0, at), scope, ...scopes.slice(at)];
}

/** The body rows to draw at `offset`: the window, with a marker row above and below it. */
export function bodyWindow(plan: FramePlan, offset: number): Line[] {
  const body = plan.input.body;
  if (plan.maxOffset === 0) return [...body];
  const start = Math.min(Math.max(0, offset), plan.maxOffset);
  const end = start + plan.viewRows;
  const marker = (text: string): Line => line('more', { text, tone: 'muted' });
  return [
    start > 0 ? marker(plan.input.more.above(start)) : gap,
    ...body.slice(start, end),
    end < body.length ? marker(plan.input.more.below(body.length - end)) : gap,
  ];
}

export function clampOffset(plan: FramePlan, offset: number): number {
  return Math.min(Math.max(0, offset), plan.maxOffset);
}

export function clampShift(plan: FramePlan, shift: number): number {
  return Math.min(Math.max(0, shift), plan.maxShift);
}

/** Every row the frame draws, top to bottom: used by the component and by tests. */
export function frameRows(plan: FramePlan, offset: number): Line[] {
  const body = bodyWindow(plan, offset);
  const filler = Math.max(0, plan.bodyRows - body.length);
  return [
    ...plan.header,
    ...(plan.header.length > 0 ? [gap] : []),
    ...body,
    ...Array.from({ length: filler }, () => gap),
    ...(plan.status.length > 0 ? [gap, ...plan.status] : []),
    gap,
    ...plan.footer,
  ];
}

/** Where a body starts when it is first shown. */
export type FrameStart = {
  /** A row and column to bring into view first: a diagram's blank, a cloze gap. */
  readonly focus?: { readonly row: number; readonly column: number; readonly size?: number };
  /** The focus is in a diagram: start with it near the top, so what follows shows too. */
  readonly focusTop?: boolean;
  /** A row that must be in view at the start as well (the verdict), with one line after it. */
  readonly anchor?: number;
};

/** The first scroll position: the focus in view (sideways too), then the anchor. */
export function startPosition(
  plan: FramePlan,
  start: FrameStart,
): { offset: number; shift: number } {
  const f = start.focus;
  const visible = f !== undefined && f.row >= 0 && f.row < plan.viewRows;
  // One line of context above the focus, when the window has room for it.
  const context = plan.viewRows >= 3 ? 1 : 0;
  let offset = f && (start.focusTop || !visible) ? f.row - context : 0;
  const anchor = start.anchor;
  if (anchor !== undefined && anchor + 1 >= offset + plan.viewRows)
    offset = anchor + 2 - plan.viewRows;
  // Sideways, show the blank and a little after it.
  const shift = f ? f.column + (f.size ?? 5) + 2 - plan.input.width : 0;
  return { offset: clampOffset(plan, offset), shift: clampShift(plan, shift) };
}

/** What a screen asks of its frame: its lines, its scopes and where the body starts. */
export type FrameRequest = Pick<
  FrameInput,
  'header' | 'body' | 'status' | 'scopes' | 'pin' | 'text' | 'picks'
> &
  FrameStart & {
    /** A new key (another card, the answer shown) starts the body at its top (or its focus). */
    readonly resetKey: string;
  };

/** The frame for a screen's request in a terminal of `rows` and a text `width`. */
export function planRequest(
  request: FrameRequest,
  screen: {
    readonly rows: number;
    readonly width: number;
    readonly lang: Lang;
    readonly t: Strings;
  },
): FramePlan {
  return planFrame({
    rows: screen.rows,
    width: screen.width,
    lang: screen.lang,
    header: request.header,
    body: request.body,
    status: request.status ?? [],
    scopes: request.scopes,
    more: { above: screen.t.moreAbove, below: screen.t.moreBelow },
    ...(request.pin ? { pin: request.pin } : {}),
    ...(request.text ? { text: true } : {}),
    ...(request.picks === undefined ? {} : { picks: request.picks }),
  });
}
