import { dayKey } from '../../../srs/day.js';
import { useMemo, useReducer, useState } from 'react';
import type { Card } from '../../../content/types.js';
import { choices } from '../../../session/card-kind.js';
import { cardListReducer, startCardList, visibleRows } from '../../../session/card-list.js';
import type { CardFilter, CardListState } from '../../../session/card-list.js';
import type { CardRow } from '../../../srs/card-rows.js';
import { padEnd, stringWidth, truncateEnd } from '../../../text/width.js';
import { useAppContext } from '../../app-context.js';
import { Frame } from '../../components/frame.js';
import { useFrame } from '../../hooks/use-frame.js';
import { planRequest } from '../../layout/frame-layout.js';
import { useKeys } from '../../hooks/use-keys.js';
import type { Scope } from '../../keymap.js';
import { cardLines } from '../../layout/card-lines.js';
import { line, stack, textLines } from '../../layout/lines.js';
import type { Line } from '../../layout/lines.js';
import { toolStrings, type ToolStrings } from './tool-strings.js';

type Props = { readonly filter?: CardFilter };

/**
 * The card list (`c` on home): every card of the language, one row each.
 *
 *   Cards                              1242 · all cards · by due
 *
 *   deck       id               type    state      due         lapses
 *   ❯ handshake  hs-syn-flags   basic   review     2026-03-12       2
 *     teardown   td-who-first   choice  new        –                0
 *   ↓ 30 more
 *
 *   ↑↓ move  Enter open  / search  f filter  s sort  ! suspend / restore  Esc back
 *
 * Enter opens the card read-only (question and answer); Esc goes back to the list.
 */
export function CardsScreen({ filter }: Props) {
  const { trainer, lang, width, rows: screenRows, navigate, t } = useAppContext();
  const marks = { above: t.moreAbove, below: t.moreBelow };
  const s = toolStrings(lang);
  const [state, dispatch] = useReducer(cardListReducer, filter, startCardList);
  // Rows change when a card is suspended: bump to read them again.
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string>();
  const all = useMemo(() => trainer.cardRows(), [trainer, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const shown = useMemo(() => visibleRows(all, state), [all, state]);
  const at = Math.min(state.cursor, Math.max(0, shown.length - 1));
  const current = shown[at];
  const opened = state.open ? all.find((r) => r.card.id === state.open) : undefined;
  const decks = trainer.decks.map((d) => d.id);
  const topics = [...new Set(all.map((r) => r.card.topic))];

  const filterName = (f: CardFilter) =>
    f.kind === 'all'
      ? s.filterAll
      : f.kind === 'deck'
        ? s.filterDeck(trainer.decks.find((d) => d.id === f.id)?.title ?? f.id)
        : s.filterTopic(f.id);
  const status = s.listStatus(shown.length, filterName(state.filter), s.sortName[state.sort]);
  const header = [
    line(
      'header',
      { text: s.cardsTitle, tone: 'title', bold: true },
      {
        text: `  ${truncateEnd(status, Math.max(0, width - stringWidth(s.cardsTitle) - 2))}`,
        tone: 'muted',
      },
    ),
  ];
  const search =
    state.searching || state.query !== ''
      ? [
          line(
            'status',
            { text: s.searchPrompt, tone: 'accent' },
            `${state.query}${state.searching ? '▏' : ''}`,
          ),
        ]
      : [];
  const extra = [
    ...search,
    ...(notice ? textLines(notice, width, 'notice', { tone: 'good' }) : []),
  ];
  const scopes: Scope[] = opened
    ? ['card', 'global']
    : state.searching
      ? ['search']
      : ['cards', 'global'];
  // The list gets the rows the frame leaves its body (measured with this footer), less the
  // lines above it and the gap under them.
  const room = planRequest(
    { header, body: [], scopes, resetKey: 'cards' },
    { rows: screenRows, width, lang, t },
  ).bodyRows;
  const listRows = Math.max(3, room - extra.length - (extra.length > 0 ? 1 : 0));
  const body = opened
    ? openedLines(opened, width, s, t)
    : stack(extra, listLines(shown, at, listRows, width, s, trainer.decks, marks));
  const frame = useFrame({
    header,
    body,
    scopes,
    resetKey: opened ? `card:${opened.card.id}` : 'cards',
  });
  const toggle = (row: CardRow | undefined) => {
    if (!row) return;
    const suspend = row.status !== 'suspended';
    trainer.setSuspended(row.card.id, suspend);
    setNotice(suspend ? s.suspendedNow(row.card.id) : s.restoredNow(row.card.id));
    setVersion((v) => v + 1);
  };
  useKeys(
    frame.plan.scopes,
    ({ command }) => {
      if (state.searching) {
        if (command === 'erase') dispatch({ type: 'erase' });
        else if (command === 'end-search') dispatch({ type: 'end-search', keep: true });
        else if (command === 'back') dispatch({ type: 'end-search', keep: false });
        return true;
      }
      if (opened) {
        if (frame.scroll(command)) return true;
        if (command === 'back') dispatch({ type: 'close' });
        else if (command === 'suspend') toggle(opened);
        else return false;
        return true;
      }
      const move = (by: number) => {
        dispatch({ type: 'move', by, rows: shown.length });
        setNotice(undefined);
      };
      switch (command) {
        case 'back':
          navigate({ type: 'home' });
          return true;
        case 'up':
          move(-1);
          return true;
        case 'down':
          move(1);
          return true;
        case 'page-up':
          move(-(listRows - 2));
          return true;
        case 'page-down':
          move(listRows - 2);
          return true;
        case 'open':
          if (current) dispatch({ type: 'open', card: current.card.id });
          return true;
        case 'search':
          dispatch({ type: 'search' });
          return true;
        case 'filter':
          dispatch({ type: 'filter', decks, topics });
          return true;
        case 'sort':
          dispatch({ type: 'sort' });
          return true;
        case 'suspend':
          toggle(current);
          return true;
        default:
          return false;
      }
    },
    // A paste, or fast typing over SSH, arrives as one burst: take every character.
    state.searching ? { onText: (text) => dispatch({ type: 'type', text }), burst: true } : {},
  );
  return <Frame frame={frame} />;
}

/** Column widths for the list: narrow screens drop the type and the deck. */
function columns(width: number) {
  const wide = width >= 70;
  return { wide, deck: wide ? 12 : 0, type: wide ? 7 : 0, state: 10, due: 10, lapses: 6 };
}

function listLines(
  rows: readonly CardRow[],
  at: number,
  room: number,
  width: number,
  s: ToolStrings,
  decks: readonly { id: string; title: string }[],
  marks: { readonly above: (n: number) => string; readonly below: (n: number) => string },
): Line[] {
  if (rows.length === 0) return [line('status', { text: s.noMatch, tone: 'muted' })];
  const c = columns(width);
  const idWidth = Math.max(8, width - 2 - c.deck - c.type - c.state - c.due - c.lapses - 5);
  const cell = (text: string, w: number) => (w > 0 ? `${padEnd(truncateEnd(text, w), w)} ` : '');
  const head = line('status', {
    text: `  ${cell(s.columns.deck, c.deck)}${cell(s.columns.id, idWidth)}${cell(s.columns.type, c.type)}${cell(s.columns.state, c.state)}${cell(s.columns.due, c.due)}${s.columns.lapses}`,
    tone: 'muted',
  });
  const view = Math.max(1, room - 3);
  const start = Math.min(Math.max(0, at - Math.floor(view / 2)), Math.max(0, rows.length - view));
  const deckTitle = (id: string) => decks.find((d) => d.id === id)?.title ?? id;
  const rowLine = (r: CardRow, i: number): Line => {
    const on = i === at;
    const due = r.due === undefined ? s.noDue : dateOf(r.due);
    return line(
      'menu',
      { text: on ? '❯ ' : '  ', tone: 'accent' },
      {
        text: `${cell(deckTitle(r.card.deck), c.deck)}${cell(r.card.id, idWidth)}${cell(r.card.type, c.type)}`,
        ...(on ? { tone: 'accent' as const } : {}),
      },
      {
        text: cell(s.status[r.status], c.state),
        tone: r.status === 'suspended' ? 'warn' : r.status === 'new' ? 'muted' : 'text',
      },
      {
        text: `${cell(due, c.due)}${String(r.lapses).padStart(Math.min(6, stringWidth(s.columns.lapses)))}`,
      },
    );
  };
  const more = (text: string) => line('more', { text: `  ${text}`, tone: 'muted' });
  return [
    head,
    start > 0 ? more(marks.above(start)) : line('gap'),
    ...rows.slice(start, start + view).map((r, i) => rowLine(r, start + i)),
    start + view < rows.length ? more(marks.below(rows.length - start - view)) : line('gap'),
  ];
}

/** The card read-only: its question and its answer, as the review screen draws them. */
function openedLines(
  row: CardRow,
  width: number,
  s: ToolStrings,
  t: Parameters<typeof cardLines>[3],
): Line[] {
  const card: Card = row.card;
  const order = choices(card).map((_, i) => i);
  const layout = cardLines(card, { revealed: true, typed: '', picked: [], order }, width, t);
  return stack(
    [
      line(
        'status',
        { text: `${card.id} · ${card.type} · `, tone: 'muted' },
        { text: s.status[row.status], tone: row.status === 'suspended' ? 'warn' : 'accent' },
        {
          text: ` · ${row.due === undefined ? s.noDue : dateOf(row.due)} · ${s.lapses(row.lapses)}`,
          tone: 'muted',
        },
      ),
    ],
    layout.lines,
  );
}

/** The study day a card is due on (4 am rollover), as `stats` counts it: YYYY-MM-DD. */
function dateOf(ms: number): string {
  return dayKey(ms);
}

export type { CardListState };
