import type { Rating } from '../../../session/review.js';
import type { Mode } from '../../../session/trainer.js';
import { useAppContext } from '../../app-context.js';
import { Frame } from '../../components/frame.js';
import { useFrame } from '../../hooks/use-frame.js';
import { useKeys } from '../../hooks/use-keys.js';
import { reviewFrame } from './review-layout.js';
import { useReview } from './use-review.js';

type Props = {
  readonly mode: Mode;
  readonly deckId?: string;
};

/**
 * One study session:
 *
 *   Handshake › Why three                        card 3 of 20
 *
 *   Why does TCP need three segments to open?
 *
 *   Answer
 *   …
 *   ↓ 4 more
 *
 *   [3 Good 10m]  1 Again 1m  2 Hard 6m  4 Easy 4d
 *   Space/Enter accept grade  1-4 grade  u undo  ↑↓ scroll  Esc back  ? help  q quit
 */
export function ReviewScreen({ mode, deckId }: Props) {
  const { trainer, t, width, navigate } = useAppContext();
  const review = useReview(mode, deckId);
  const { state, step } = review;
  const frame = useFrame(
    reviewFrame({
      state,
      decks: trainer.decks,
      preview: review.preview,
      saveError: review.saveError,
      width,
      t,
    }),
  );

  useKeys(
    frame.plan.scopes,
    ({ command, digit }) => {
      if (frame.scroll(command)) return true;
      switch (command) {
        case 'back':
        case 'home':
          navigate({ type: 'home' });
          return true;
        case 'reveal':
        case 'check':
          review.reveal();
          return true;
        case 'erase':
          review.erase();
          return true;
        case 'clear':
          review.clear();
          return true;
        case 'pick':
          review.pick((digit ?? 1) - 1);
          return true;
        case 'take-back':
          review.takeBack();
          return true;
        case 'give-up':
          review.giveUp();
          return true;
        case 'grade':
          // A digit grades at once (as in Anki); it also overrides an automatic grade.
          review.grade((digit ?? 3) as Rating);
          return true;
        case 'accept':
          review.accept();
          return true;
        case 'undo':
          review.undo();
          return true;
        default:
          return false;
      }
    },
    {
      burst: step === 'typing' || step === 'picking',
      ...(step === 'typing' ? { onText: review.type } : {}),
    },
  );
  return <Frame frame={frame} />;
}
