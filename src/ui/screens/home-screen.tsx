import { useMemo, useRef } from 'react';
import { useAppContext } from '../app-context.js';
import { Frame } from '../components/frame.js';
import { useFrame } from '../hooks/use-frame.js';
import { planFrame } from '../layout/frame-layout.js';
import { useKeys } from '../hooks/use-keys.js';
import type { Scope } from '../keymap.js';
import { line, stack, textLines } from '../layout/lines.js';
import type { Line } from '../layout/lines.js';
import { padEnd, stringWidth, truncateEnd } from '../../text/width.js';
import { deckForDigit, menuEntries, reflow } from './home-menu.js';
import { homeHeadline } from './tools/home-headline.js';
import type { MenuEntry } from './home-menu.js';

const SCOPES: readonly Scope[] = ['home', 'global'];

type Props = {
  /** The highlighted row, kept by the navigation state across sessions. */
  readonly cursor: number;
};

/**
 * The home screen:
 *
 *   tcp-drill TCP handshakes, teardowns and socket states
 *
 *   12 due · 2 learning · 20 new today · streak 3 d · ready ████░░░░ 42%
 *
 *   ❯ n  Learn new cards                        20
 *     r  Review due cards                       12
 *     1  Browse: Three-way handshake            104 cards
 *     …
 *   ↓ 3 more
 *
 *   The highlighted deck's introduction.
 *
 *   ↑↓ move  Enter open  n learn new  r review due  ? help  q quit
 */
export function HomeScreen({ cursor }: Props) {
  const { trainer, t, width, rows: screenRows, lang, navigate } = useAppContext();
  // Counts scan the review log; the screen remounts after every session, so once is enough.
  const counts = useMemo(() => trainer.counts(), [trainer]);
  const entries = useMemo(() => menuEntries(trainer, counts, t), [trainer, counts, t]);
  const stats = useMemo(() => trainer.stats(), [trainer]);
  const at = Math.min(Math.max(0, cursor), entries.length - 1);
  const header = [
    line(
      'title',
      { text: t.appTitle, tone: 'title', bold: true },
      {
        text: truncateEnd(` ${t.tagline}`, Math.max(0, width - stringWidth(t.appTitle))),
        tone: 'muted',
      },
    ),
  ];
  const top = [
    homeHeadline(stats, lang, width),
    ...trainer.notices.flatMap((n) => textLines(n, width, 'notice', { tone: 'warn' })),
  ];
  // How many menu rows fit: the frame's body, less the counts, the intro and the gaps.
  const room = planFrame({
    rows: screenRows,
    width,
    lang,
    header,
    body: [],
    scopes: SCOPES,
    more: { above: t.moreAbove, below: t.moreBelow },
  }).bodyRows;
  const rows = room - top.length - 1;
  const opens = entries[at]?.open;
  const deck = opens?.type === 'open-browse' ? opens.deckId : undefined;
  const intro = reflow(trainer.decks.find((d) => d.id === deck)?.intro ?? '');
  const introLines = intro === '' ? [] : textLines(intro, width, 'intro', { tone: 'muted' });
  const menuRows = Math.min(entries.length, rows);
  const introRoom = rows - menuRows - 1;
  const menu = menuLines(entries, at, menuRows, width, t);
  const shownIntro =
    introRoom >= 2 && introLines.length > 0
      ? introLines.length <= introRoom
        ? introLines
        : [
            ...introLines.slice(0, introRoom - 1),
            line('more', { text: t.introMore(introLines.length - introRoom + 1), tone: 'muted' }),
          ]
      : [];
  const frame = useFrame({
    header,
    body: stack(top, menu, shownIntro),
    scopes: SCOPES,
    resetKey: 'home',
  });
  // Keys of one burst (↓↓ Enter) arrive before the screen is drawn again: each must see
  // where the one before it left the cursor, so the cursor is also kept here.
  const cursorRef = useRef(at);
  const move = (row: number) => {
    cursorRef.current = Math.min(Math.max(0, row), entries.length - 1);
    navigate({ type: 'home-cursor', row: cursorRef.current });
  };
  const open = (entry: MenuEntry | undefined) => {
    if (entry) navigate(entry.open);
  };
  useKeys(SCOPES, ({ command, digit }) => {
    switch (command) {
      case 'up':
        move(cursorRef.current - 1);
        return true;
      case 'down':
        move(cursorRef.current + 1);
        return true;
      case 'page-up':
        move(cursorRef.current - Math.max(1, menuRows - 2));
        return true;
      case 'page-down':
        move(cursorRef.current + Math.max(1, menuRows - 2));
        return true;
      case 'first':
        move(0);
        return true;
      case 'last':
        move(entries.length - 1);
        return true;
      case 'open':
        open(entries[cursorRef.current]);
        return true;
      case 'learn-new':
        open(entries.find((e) => e.id === 'new'));
        return true;
      case 'review-due':
        open(entries.find((e) => e.id === 'due'));
        return true;
      case 'read-intro':
        if (deck) navigate({ type: 'open-intro', deckId: deck });
        return true;
      case 'open-stats':
      case 'open-settings':
      case 'open-practice':
      case 'open-cards':
        open(entries.find((e) => e.id === command.slice('open-'.length)));
        return true;
      case 'open-state-drill':
        open(entries.find((e) => e.id === 'state-drill'));
        return true;
      case 'open-sequence-drill':
        open(entries.find((e) => e.id === 'sequence-drill'));
        return true;
      case 'open-playground':
        open(entries.find((e) => e.id === 'playground'));
        return true;
      case 'open-deck': {
        const d = trainer.decks[deckForDigit(digit ?? 1)];
        if (d) open(entries.find((e) => e.id === `deck:${d.id}`));
        return true;
      }
      default:
        return false;
    }
  });
  return <Frame frame={frame} />;
}

/**
 * `rows` menu lines around the cursor: the list scrolls (never wraps around), with a marker
 * where rows are hidden. Labels and values line up in two columns, measured in cells.
 */
function menuLines(
  entries: readonly MenuEntry[],
  at: number,
  rows: number,
  width: number,
  t: { moreAbove: (n: number) => string; moreBelow: (n: number) => string },
): Line[] {
  const valueWidth = Math.max(...entries.map((e) => stringWidth(e.value)));
  const hotWidth = Math.max(1, ...entries.map((e) => stringWidth(e.hotkey ?? '')));
  // Pointer (2), hotkey, two spaces; the label takes what the value leaves.
  const labelWidth = Math.max(6, Math.min(44, width - 2 - hotWidth - 2 - 1 - valueWidth));
  const row = (e: MenuEntry, i: number): Line => {
    const on = i === at;
    return line(
      'menu',
      { text: on ? '❯ ' : '  ', tone: 'accent' },
      { text: padEnd(e.hotkey ?? '', hotWidth), tone: 'accent', bold: true },
      { text: '  ' },
      {
        text: `${padEnd(truncateEnd(e.label, labelWidth), labelWidth)} ${e.value}`,
        ...(on ? { tone: 'accent' as const } : {}),
      },
    );
  };
  if (entries.length <= rows) return entries.map(row);
  const view = Math.max(1, rows - 2);
  const start = Math.min(Math.max(0, at - Math.floor(view / 2)), entries.length - view);
  const marker = (text: string) => line('more', { text: `  ${text}`, tone: 'muted' });
  return [
    start > 0 ? marker(t.moreAbove(start)) : line('gap'),
    ...entries.slice(start, start + view).map((e, i) => row(e, start + i)),
    start + view < entries.length
      ? marker(t.moreBelow(entries.length - start - view))
      : line('gap'),
  ];
}
