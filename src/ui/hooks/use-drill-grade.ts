import { useState } from 'react';
import type { Card } from '../../content/types.js';
import { useAppContext } from '../app-context.js';

/**
 * A drill's pick is graded the moment it is checked (right → Good, wrong → Again), as every
 * picked card is, timed from when the question was shown. A grade that could not be saved
 * becomes a status line instead of stopping the drill.
 */
export function useDrillGrade(notSaved: (why: string) => string) {
  const { trainer, now } = useAppContext();
  const [shownAt, setShownAt] = useState(() => now());
  const [problem, setProblem] = useState<string | undefined>();
  const grade = (card: Card, right: boolean): void => {
    try {
      trainer.grade(card, right ? 3 : 1, now() - shownAt, 'auto', trainer.preview(card));
      setProblem(undefined);
    } catch (error) {
      setProblem(notSaved((error as Error).message));
    }
  };
  /** The next question is on screen: its answer time starts now. */
  const shown = (): void => setShownAt(now());
  return { grade, shown, problem };
}
