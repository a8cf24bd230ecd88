import { useAppContext } from '../app-context.js';
import { Frame } from '../components/frame.js';
import { useFrame } from '../hooks/use-frame.js';
import { useKeys } from '../hooks/use-keys.js';
import type { Scope } from '../keymap.js';
import { line, textLines } from '../layout/lines.js';
import { reflow } from './home-menu.js';

const SCOPES: readonly Scope[] = ['reading', 'global'];

type Props = { readonly deckId: string };

/**
 * A deck's introduction in full (`i` on the home screen), scrolling when it is long:
 *
 *   Three-way handshake
 *
 *   How a connection is opened, and why it takes three segments …
 *
 *   Esc back  ↑↓ scroll  ? help  q quit
 */
export function IntroScreen({ deckId }: Props) {
  const { trainer, width, navigate } = useAppContext();
  const deck = trainer.decks.find((d) => d.id === deckId);
  const frame = useFrame({
    header: [line('title', { text: deck?.title ?? deckId, tone: 'title', bold: true })],
    body: textLines(reflow(deck?.intro ?? ''), width, 'intro'),
    scopes: SCOPES,
    resetKey: deckId,
  });
  useKeys(frame.plan.scopes, ({ command }) => {
    if (frame.scroll(command)) return true;
    if (command !== 'back') return false;
    navigate({ type: 'home' });
    return true;
  });
  return <Frame frame={frame} />;
}
