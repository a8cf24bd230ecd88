// The state-machine drill as a reducer: a queue of fsm drill cards, one question at a time;
// a pick is checked at once (right → Good, wrong → Again, as any picked card) and shows the
// arc taken; `v` toggles the whole diagram. The screen grades through the trainer.
import type { ChoiceCard } from '../content/types.js';

export type StateDrill = {
  readonly cards: readonly ChoiceCard[];
  readonly index: number;
  /** The option picked (0-based) for the current card, once answered. */
  readonly picked?: number;
  readonly whole: boolean;
  readonly right: number;
  readonly answered: number;
};

export type StateDrillAction =
  | { readonly type: 'pick'; readonly option: number }
  | { readonly type: 'next' }
  | { readonly type: 'toggle-diagram' };

export function startDrill(cards: readonly ChoiceCard[], whole = false): StateDrill {
  return { cards, index: 0, whole, right: 0, answered: 0 };
}

export function currentCard(d: StateDrill): ChoiceCard | undefined {
  return d.cards[d.index];
}

export function isRight(d: StateDrill): boolean | undefined {
  const card = currentCard(d);
  if (d.picked === undefined || !card) return undefined;
  return card.options[d.picked]?.correct === true;
}

export function stateDrillReducer(d: StateDrill, action: StateDrillAction): StateDrill {
  const card = currentCard(d);
  switch (action.type) {
    case 'pick': {
      if (!card || d.picked !== undefined) return d;
      if (action.option < 0 || action.option >= card.options.length) return d;
      const right = card.options[action.option]?.correct === true;
      return {
        ...d,
        picked: action.option,
        answered: d.answered + 1,
        right: d.right + (right ? 1 : 0),
      };
    }
    case 'next': {
      if (d.picked === undefined) return d;
      const { picked: _, ...rest } = d;
      return { ...rest, index: d.index + 1 };
    }
    case 'toggle-diagram':
      return { ...d, whole: !d.whole };
  }
}
