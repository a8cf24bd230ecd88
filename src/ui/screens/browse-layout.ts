// What the browse screen draws, as a pure function of where the reader is in the deck:
// the header, the card with its answer, and the scopes. A diagram wider than the screen
// scrolls sideways with `<` `>` (← → move between cards here).
import type { BrowseState } from '../../session/browse.js';
import { browsedCard } from '../../session/browse.js';
import { choices } from '../../session/card-kind.js';
import type { FrameRequest } from '../hooks/use-frame.js';
import type { Scope } from '../keymap.js';
import { cardLines } from '../layout/card-lines.js';
import { headerLine } from '../layout/header-line.js';
import { line } from '../layout/lines.js';
import type { Strings } from '../strings.js';

const SCOPES: readonly Scope[] = ['browse', 'global'];

export function browseFrame(
  state: BrowseState,
  deckTitle: string,
  width: number,
  t: Strings,
): FrameRequest {
  const card = browsedCard(state);
  const header = [
    headerLine(
      [t.browseDeck(deckTitle), card?.section].filter(Boolean).join(' › '),
      `${state.index + 1} / ${state.cards.length}`,
      width,
    ),
  ];
  const side = {
    revealed: true,
    typed: '',
    picked: [],
    order: card ? choices(card).map((_, i) => i) : [],
  };
  const body = card ? [...cardLines(card, side, width, t).lines] : [line('title', t.nothingDue)];
  return { header, body, scopes: SCOPES, resetKey: `browse:${state.index}` };
}
