// Which screen is showing. A reducer so the flow can be tested without rendering. Adding a
// screen: a variant here, its file under src/ui/screens/, a case in the screen host and
// its keymap rows.
import type { PracticeChoice } from './practice.js';
import type { Mode } from './trainer.js';

/** Screens opened from the home menu by their hotkey (s, o, p, c). */
export type ToolScreen = 'stats' | 'settings' | 'practice' | 'cards';

export type Screen =
  | { readonly name: 'home' }
  | {
      readonly name: 'review';
      readonly mode: Mode;
      readonly deckId?: string;
      /** Remounts the review screen even when the same deck is opened twice. */
      readonly run: number;
    }
  /** A deck's introduction, to read in full. */
  | { readonly name: 'intro'; readonly deckId: string }
  | { readonly name: ToolScreen }
  /** A practice session: the review screen on the chosen cards, logged as practice. */
  | { readonly name: 'practice-run'; readonly choice: PracticeChoice; readonly run: number }
  /** A deck read through, question and answer, without grading. */
  | { readonly name: 'browse'; readonly deckId: string; readonly run: number }
  | { readonly name: 'playground' }
  | { readonly name: 'state-drill'; readonly run: number }
  | { readonly name: 'sequence-drill'; readonly run: number };

export type Navigation = {
  readonly screen: Screen;
  /** Help is drawn over the screen, which stays mounted (a session keeps its place). */
  readonly help: boolean;
  /** The home menu's highlighted row, kept while another screen is open. */
  readonly homeCursor: number;
  readonly runs: number;
};

export type NavAction =
  | { type: 'open-review'; mode: Mode; deckId?: string }
  | { type: 'open-browse'; deckId: string }
  | { type: 'open-playground' }
  | { type: 'open-state-drill' }
  | { type: 'open-sequence-drill' }
  | { type: 'home' }
  | { type: 'open-intro'; deckId: string }
  | { type: 'help'; open: boolean }
  | { type: 'home-cursor'; row: number }
  | { type: 'open'; screen: ToolScreen }
  | { type: 'practise'; choice: PracticeChoice };

export const START: Navigation = { screen: { name: 'home' }, help: false, homeCursor: 0, runs: 0 };

export function navigationReducer(nav: Navigation, action: NavAction): Navigation {
  switch (action.type) {
    case 'open-review':
      return {
        ...nav,
        help: false,
        runs: nav.runs + 1,
        screen: {
          name: 'review',
          mode: action.mode,
          ...(action.deckId ? { deckId: action.deckId } : {}),
          run: nav.runs + 1,
        },
      };
    case 'open-browse':
      return {
        ...nav,
        help: false,
        runs: nav.runs + 1,
        screen: { name: 'browse', deckId: action.deckId, run: nav.runs + 1 },
      };
    case 'open-state-drill':
      return {
        ...nav,
        help: false,
        runs: nav.runs + 1,
        screen: { name: 'state-drill', run: nav.runs + 1 },
      };
    case 'open-sequence-drill':
      return {
        ...nav,
        help: false,
        runs: nav.runs + 1,
        screen: { name: 'sequence-drill', run: nav.runs + 1 },
      };
    case 'open-playground':
      return { ...nav, help: false, screen: { name: 'playground' } };
    case 'home':
      return { ...nav, help: false, screen: { name: 'home' } };
    case 'open-intro':
      return { ...nav, help: false, screen: { name: 'intro', deckId: action.deckId } };
    case 'help':
      return { ...nav, help: action.open };
    case 'home-cursor':
      return { ...nav, homeCursor: Math.max(0, action.row) };
    case 'open':
      return { ...nav, help: false, screen: { name: action.screen } };
    case 'practise':
      return {
        ...nav,
        help: false,
        runs: nav.runs + 1,
        screen: { name: 'practice-run', choice: action.choice, run: nav.runs + 1 },
      };
  }
}

/** For exhaustive switches over screens: a new variant without a case fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
