// Which screen is showing. A reducer so the flow can be tested without rendering.
import type { Mode } from './trainer.js';

export type Screen =
  | { readonly name: 'home' }
  | {
      readonly name: 'review';
      readonly mode: Mode;
      readonly deckId?: string;
      readonly run: number;
    };

export type NavAction = { type: 'open-review'; mode: Mode; deckId?: string } | { type: 'home' };

export function navigationReducer(screen: Screen, action: NavAction): Screen {
  switch (action.type) {
    case 'open-review':
      // `run` remounts the review screen even when the same deck is opened twice.
      return {
        name: 'review',
        mode: action.mode,
        ...(action.deckId ? { deckId: action.deckId } : {}),
        run: screen.name === 'review' ? screen.run + 1 : 1,
      };
    case 'home':
      return { name: 'home' };
  }
}
