import { useMemo, useReducer } from 'react';
import {
  currentBlank,
  pickIsRight,
  planRounds,
  sequenceDrillReducer,
  sequencePhase,
  startSequenceDrill,
} from '../../../session/sequence-drill.js';
import { SEQUENCE_DECK_ID } from '../../../tcp/sequence-drills.js';
import { useAppContext } from '../../app-context.js';
import { Frame } from '../../components/frame.js';
import { useDrillGrade } from '../../hooks/use-drill-grade.js';
import { useFrame } from '../../hooks/use-frame.js';
import { useKeys } from '../../hooks/use-keys.js';
import type { Scope } from '../../keymap.js';
import { textLines } from '../../layout/lines.js';
import { sequenceDrillView } from './sequence-drill-lines.js';
import { sequenceStrings } from './sequence-drill-strings.js';

// Picking works while a blank waits; going on only once it is checked (or nothing is left).
const ASKING: readonly Scope[] = ['sequence-drill', 'global'];
const CHECKED: readonly Scope[] = ['sequence-checked', 'global'];
const OVER: readonly Scope[] = ['drill-over', 'global'];

/**
 * The sequence-diagram drill (`d`): one scenario at a time, its new and due blanks filled in
 * turn. Each pick is graded at once, on that blank's own schedule; the layout is in
 * sequence-drill-lines.ts.
 */
export function SequenceDrillScreen() {
  const { trainer, lang, width, navigate } = useAppContext();
  const t = sequenceStrings(lang);
  const rounds = useMemo(() => planRounds(trainer.studyNow(SEQUENCE_DECK_ID)), [trainer]);
  const [drill, dispatch] = useReducer(sequenceDrillReducer, rounds, startSequenceDrill);
  const { grade, shown, problem } = useDrillGrade(t.notSaved);
  const phase = sequencePhase(drill);
  const card = currentBlank(drill);
  const view = sequenceDrillView(drill, lang, width);
  const status = problem ? textLines(problem, width, 'status', { tone: 'warn' }) : [];
  const frame = useFrame({
    header: view.header,
    body: view.body,
    status,
    scopes: phase === 'done' ? OVER : phase === 'question' ? ASKING : CHECKED,
    resetKey: `${drill.round}:${drill.at}:${phase}`,
    ...(view.pin > 0 ? { pin: view.pin } : {}),
    ...(card ? { picks: card.options.length } : {}),
    ...(view.focus ? { focus: view.focus, focusTop: true } : {}),
  });

  useKeys(frame.plan.scopes, ({ command, digit }) => {
    if (frame.scroll(command)) return true;
    switch (command) {
      case 'pick': {
        if (phase !== 'question' || !card || digit === undefined) return true;
        const option = digit - 1;
        if (option >= card.options.length) return true;
        grade(card, pickIsRight(card, option));
        dispatch({ type: 'pick', option });
        return true;
      }
      case 'next-card':
        if (phase === 'done') navigate({ type: 'home' });
        else if (phase !== 'question') {
          dispatch({ type: 'next' });
          shown();
        }
        return true;
      case 'back':
      case 'home':
        navigate({ type: 'home' });
        return true;
      default:
        return false;
    }
  });
  return <Frame frame={frame} />;
}
