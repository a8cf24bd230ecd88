import { useMemo } from 'react';
import { Box } from 'ink';
import type { PracticeChoice } from '../../../session/practice.js';
import { practiceTrainer } from '../../../session/practice-trainer.js';
import { AppContext, useAppContext } from '../../app-context.js';
import { Lines } from '../../components/lines.js';
import { line } from '../../layout/lines.js';
import { ReviewScreen } from '../review/review-screen.js';
import { toolStrings } from './tool-strings.js';

/**
 * A practice session: the review screen, one row shorter, under a banner that says the
 * answers are practice. The cards are chosen once, when the session starts.
 *
 *   Practice: not scheduled, counted apart
 *   Handshake › Flags                               card 1 of 20
 *   …
 */
export function PracticeRun({ choice }: { readonly choice: PracticeChoice }) {
  const context = useAppContext();
  const { trainer, lang, width } = context;
  const cards = useMemo(() => trainer.practiceCards(choice), [trainer, choice]);
  const value = useMemo(
    () => ({ ...context, trainer: practiceTrainer(trainer, cards), rows: context.rows - 1 }),
    [context, trainer, cards],
  );
  return (
    <Box flexDirection="column">
      <Lines
        lines={[
          line('notice', { text: toolStrings(lang).practiceBanner, tone: 'warn', bold: true }),
        ]}
        width={width}
      />
      <AppContext.Provider value={value}>
        <ReviewScreen mode="due" />
      </AppContext.Provider>
    </Box>
  );
}
