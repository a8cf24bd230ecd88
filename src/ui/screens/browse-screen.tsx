import { useMemo, useReducer } from 'react';
import { browseReducer, startBrowse } from '../../session/browse.js';
import { useAppContext } from '../app-context.js';
import { Frame } from '../components/frame.js';
import { useFrame } from '../hooks/use-frame.js';
import { useKeys } from '../hooks/use-keys.js';
import { browseFrame } from './browse-layout.js';

type Props = { readonly deckId: string };

/**
 * A deck read through, each card with its answer. Nothing is graded or logged, so browsing
 * never changes the schedule; one side of each reversed pair is shown.
 *
 *   Browse: Three-way handshake › Why three          3 / 97
 *
 *   Why does TCP need three segments to open?
 *
 *   Answer
 *   …
 *
 *   ←→ previous/next card  Esc back  <> sideways  ? help  q quit
 */
export function BrowseScreen({ deckId }: Props) {
  const { trainer, t, width, navigate } = useAppContext();
  const cards = useMemo(() => trainer.browse(deckId), [trainer, deckId]);
  const [state, dispatch] = useReducer(browseReducer, cards, startBrowse);
  const title = trainer.decks.find((d) => d.id === deckId)?.title ?? deckId;
  const frame = useFrame(browseFrame(state, title, width, t));
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
