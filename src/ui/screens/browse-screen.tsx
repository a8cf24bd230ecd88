import { useMemo, useReducer } from 'react';
import { browsedCard, browseReducer, startBrowse } from '../../session/browse.js';
import { choices } from '../../session/card-kind.js';
import { headerLine } from '../layout/header-line.js';
import { useAppContext } from '../app-context.js';
import { Frame } from '../components/frame.js';
import { useFrame } from '../hooks/use-frame.js';
import { useKeys } from '../hooks/use-keys.js';
import type { Scope } from '../keymap.js';
import { cardLines } from '../layout/card-lines.js';
import { line } from '../layout/lines.js';
import type { Line } from '../layout/lines.js';

const SCOPES: readonly Scope[] = ['browse', 'global'];

type Props = { readonly deckId: string };

/**
 * A deck read through, each card with its answer. Nothing is graded or logged, so browsing
 * never changes the schedule; one side of each reversed pair is shown.
 *
 *   Browse: Three-way handshake › Why three          3 of 97
 *
 *   Why does TCP need three segments to open?
 *
 *   Answer
 *   …
 *
 *   ←→ previous/next card  Esc back  ? help  q quit
 */
export function BrowseScreen({ deckId }: Props) {
  const { trainer, t, width, navigate } = useAppContext();
  const cards = useMemo(() => trainer.browse(deckId), [trainer, deckId]);
  const [state, dispatch] = useReducer(browseReducer, cards, startBrowse);
  const card = browsedCard(state);
  const deck = trainer.decks.find((d) => d.id === deckId);
  const header = [
    headerLine(
      [t.browseDeck(deck?.title ?? deckId), card?.section].filter(Boolean).join(' › '),
      `${state.index + 1} / ${cards.length}`,
      width,
    ),
  ];
  const layout = card
    ? cardLines(
        card,
        {
          revealed: true,
          typed: '',
          picked: [],
          order: choices(card).map((_, i) => i),
        },
        width,
        t,
      )
    : undefined;
  const body: Line[] = layout ? [...layout.lines] : [line('title', t.nothingDue)];
  const frame = useFrame({
    header,
    body,
    scopes: SCOPES,
    resetKey: `browse:${state.index}`,
  });
  useKeys(frame.plan.scopes, ({ command }) => {
    if (frame.scroll(command)) return true;
    switch (command) {
      case 'previous':
        dispatch({ type: 'previous' });
        return true;
      case 'next':
        dispatch({ type: 'next' });
        return true;
      case 'first':
        dispatch({ type: 'first' });
        return true;
      case 'last':
        dispatch({ type: 'last' });
        return true;
      case 'back':
        navigate({ type: 'home' });
        return true;
      default:
        return false;
    }
  });
  return <Frame frame={frame} />;
}
