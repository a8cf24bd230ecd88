// Browsing a deck: a read-through of its cards, question and answer together, moved with
// ← →. Nothing here grades, so browsing never touches the schedule or the log.
import type { Card } from '../content/types.js';

export type BrowseState = {
  readonly cards: readonly Card[];
  readonly index: number;
};

export type BrowseAction =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'first' }
  | { readonly type: 'last' };

export function startBrowse(cards: readonly Card[]): BrowseState {
  return { cards, index: 0 };
}

export function browseReducer(state: BrowseState, action: BrowseAction): BrowseState {
  const last = Math.max(0, state.cards.length - 1);
  const to = (wanted: number) => {
    const index = Math.min(last, Math.max(0, wanted));
    return index === state.index ? state : { ...state, index };
  };
  switch (action.type) {
    case 'next':
      return to(state.index + 1);
    case 'previous':
      return to(state.index - 1);
    case 'first':
      return to(0);
    case 'last':
      return to(last);
  }
}

export function browsedCard(state: BrowseState): Card | undefined {
  return state.cards[state.index];
}
