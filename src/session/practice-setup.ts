// The practice setup screen as a reducer: rows for each topic (one or more can be ticked),
// one deck, today's failed cards, the hardest 20 and a random N; Enter starts the row the
// cursor is on. `choiceFor` turns the state into what practiceCards takes.
import type { PracticeChoice } from './practice.js';

export type PracticeRow =
  | { readonly kind: 'topic'; readonly topic: string }
  | { readonly kind: 'deck' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'hardest' }
  | { readonly kind: 'random' };

export function practiceRows(topics: readonly string[]): PracticeRow[] {
  return [
    ...topics.map((topic): PracticeRow => ({ kind: 'topic', topic })),
    { kind: 'deck' },
    { kind: 'failed' },
    { kind: 'hardest' },
    { kind: 'random' },
  ];
}

export type PracticeSetup = {
  readonly cursor: number;
  readonly topics: readonly string[];
  /** Index of the deck the deck row practises. */
  readonly deck: number;
  readonly count: number;
};

export type PracticeSetupAction =
  | { readonly type: 'move'; readonly by: number; readonly rows: number }
  | { readonly type: 'toggle'; readonly row: PracticeRow }
  | {
      readonly type: 'change';
      readonly row: PracticeRow;
      readonly by: -1 | 1;
      readonly decks: number;
    };

export const START_SETUP: PracticeSetup = { cursor: 0, topics: [], deck: 0, count: 20 };

const COUNT_STEP = 5;

export function practiceSetupReducer(
  state: PracticeSetup,
  action: PracticeSetupAction,
): PracticeSetup {
  switch (action.type) {
    case 'move':
      return {
        ...state,
        cursor: Math.max(0, Math.min(action.rows - 1, state.cursor + action.by)),
      };
    case 'toggle': {
      if (action.row.kind !== 'topic') return state;
      const t = action.row.topic;
      return {
        ...state,
        topics: state.topics.includes(t)
          ? state.topics.filter((x) => x !== t)
          : [...state.topics, t],
      };
    }
    case 'change':
      if (action.row.kind === 'deck' && action.decks > 0)
        return { ...state, deck: (state.deck + action.by + action.decks) % action.decks };
      if (action.row.kind === 'random')
        return {
          ...state,
          count: Math.min(200, Math.max(COUNT_STEP, state.count + action.by * COUNT_STEP)),
        };
      return state;
  }
}

/** What Enter on `row` practises; ticked topics, else the topic under the cursor. */
export function choiceFor(
  row: PracticeRow,
  state: PracticeSetup,
  decks: readonly string[],
  seed: string,
): PracticeChoice | undefined {
  switch (row.kind) {
    case 'topic':
      return { kind: 'topics', topics: state.topics.length > 0 ? state.topics : [row.topic] };
    case 'deck': {
      const deck = decks[state.deck];
      return deck === undefined ? undefined : { kind: 'deck', deck };
    }
    case 'failed':
      return { kind: 'failed' };
    case 'hardest':
      return { kind: 'hardest' };
    case 'random':
      return { kind: 'random', count: state.count, seed };
  }
}
