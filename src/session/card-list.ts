// The card list as a reducer: filter (all, one deck, one topic), search text, sort order,
// cursor and the card opened read-only. Which rows show is a pure function of it.
import type { Card } from '../content/types.js';
import type { CardRow } from '../srs/card-rows.js';

export type CardSort = 'due' | 'lapses' | 'id';
export const SORTS: readonly CardSort[] = ['due', 'lapses', 'id'];

export type CardFilter =
  | { readonly kind: 'all' }
  | { readonly kind: 'deck'; readonly id: string }
  | { readonly kind: 'topic'; readonly id: string };

export type CardListState = {
  readonly cursor: number;
  readonly query: string;
  /** Keys type into the search while true. */
  readonly searching: boolean;
  readonly sort: CardSort;
  readonly filter: CardFilter;
  /** The card shown read-only, if one is open. */
  readonly open?: string;
};

export type CardListAction =
  | { readonly type: 'move'; readonly by: number; readonly rows: number }
  | { readonly type: 'search' }
  | { readonly type: 'type'; readonly text: string }
  | { readonly type: 'erase' }
  | { readonly type: 'end-search'; readonly keep: boolean }
  /** Cycles all → each deck → each topic → all. */
  | {
      readonly type: 'filter';
      readonly decks: readonly string[];
      readonly topics: readonly string[];
    }
  | { readonly type: 'sort' }
  | { readonly type: 'open'; readonly card: string }
  | { readonly type: 'close' };

export function startCardList(filter: CardFilter = { kind: 'all' }): CardListState {
  return { cursor: 0, query: '', searching: false, sort: 'due', filter };
}

export function cardListReducer(state: CardListState, action: CardListAction): CardListState {
  switch (action.type) {
    case 'move':
      return {
        ...state,
        cursor: Math.max(0, Math.min(action.rows - 1, state.cursor + action.by)),
      };
    case 'search':
      return { ...state, searching: true };
    case 'type':
      return { ...state, query: state.query + action.text, cursor: 0 };
    case 'erase':
      return { ...state, query: [...state.query].slice(0, -1).join(''), cursor: 0 };
    case 'end-search':
      return { ...state, searching: false, ...(action.keep ? {} : { query: '', cursor: 0 }) };
    case 'filter':
      return { ...state, filter: nextFilter(state.filter, action.decks, action.topics), cursor: 0 };
    case 'sort':
      return { ...state, sort: SORTS[(SORTS.indexOf(state.sort) + 1) % SORTS.length]!, cursor: 0 };
    case 'open':
      return { ...state, open: action.card };
    case 'close': {
      const { open: _closed, ...rest } = state;
      return rest;
    }
  }
}

function nextFilter(
  filter: CardFilter,
  decks: readonly string[],
  topics: readonly string[],
): CardFilter {
  const all: CardFilter[] = [
    { kind: 'all' },
    ...decks.map((id): CardFilter => ({ kind: 'deck', id })),
    ...topics.map((id): CardFilter => ({ kind: 'topic', id })),
  ];
  const i = all.findIndex(
    (f) => f.kind === filter.kind && (f.kind === 'all' || ('id' in filter && f.id === filter.id)),
  );
  return all[(i + 1) % all.length]!;
}

/** Every text of a card (prompt, answer, options, …), lower-cased, for search. */
export function searchText(card: Card): string {
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(card);
  return parts.join('\n').toLowerCase();
}

/** The rows the list shows, filtered, searched and sorted. */
export function visibleRows(rows: readonly CardRow[], state: CardListState): CardRow[] {
  const f = state.filter;
  const query = state.query.trim().toLowerCase();
  const shown = rows.filter(
    (r) =>
      (f.kind === 'all' || (f.kind === 'deck' ? r.card.deck === f.id : r.card.topic === f.id)) &&
      (query === '' || searchText(r.card).includes(query)),
  );
  const byId = (a: CardRow, b: CardRow) =>
    a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0;
  const compare: Record<CardSort, (a: CardRow, b: CardRow) => number> = {
    // Never-studied cards have no due date: they go last, in id order.
    due: (a, b) => (a.due ?? Infinity) - (b.due ?? Infinity) || byId(a, b),
    lapses: (a, b) => b.lapses - a.lapses || byId(a, b),
    id: byId,
  };
  return [...shown].sort(compare[state.sort]);
}
