import { useMemo, useReducer, useState } from 'react';
import {
  START_SETUP,
  choiceFor,
  practiceRows,
  practiceSetupReducer,
} from '../../../session/practice-setup.js';
import type { PracticeRow, PracticeSetup } from '../../../session/practice-setup.js';
import type { Trainer } from '../../../session/trainer.js';
import { padEnd, stringWidth, truncateEnd } from '../../../text/width.js';
import { useAppContext } from '../../app-context.js';
import { Frame } from '../../components/frame.js';
import { useFrame } from '../../hooks/use-frame.js';
import { useKeys } from '../../hooks/use-keys.js';
import type { Scope } from '../../keymap.js';
import { line, stack, textLines } from '../../layout/lines.js';
import type { Line } from '../../layout/lines.js';
import { toolStrings, type ToolStrings } from './tool-strings.js';

const SCOPES: readonly Scope[] = ['practice', 'global'];

/**
 * Practice setup (`p` on home): choose what to study outside the schedule.
 *
 *   Practice
 *
 *   ❯ [x] Topic: handshake                 104
 *     [ ] Topic: teardown                   91
 *         Deck: ‹ Three-way handshake ›     52
 *         Today's failed cards               3
 *         The hardest 20                    20
 *         ‹ 20 › random cards               20
 *
 *   Graded as usual, logged as practice: no schedule or daily count changes.
 *
 *   ↑↓ move  ←→ change  Space choose  Enter start practising  Esc back  ? help  q quit
 */
export function PracticeScreen() {
  const { trainer, lang, width, navigate, now } = useAppContext();
  const s = toolStrings(lang);
  const topics = useMemo(
    () => [...new Set(trainer.cardRows().map((r) => r.card.topic))],
    [trainer],
  );
  const rows = useMemo(() => practiceRows(topics), [topics]);
  const decks = trainer.decks.map((d) => d.id);
  const [state, dispatch] = useReducer(practiceSetupReducer, START_SETUP);
  const [empty, setEmpty] = useState(false);
  const seed = useMemo(() => `practice:${now()}`, [now]);
  const sizes = rows.map((r) => {
    const choice = choiceFor(
      r,
      { ...state, topics: r.kind === 'topic' ? [r.topic] : [] },
      decks,
      seed,
    );
    return choice ? trainer.practiceCards(choice).length : 0;
  });
  const body = rows.map((r, i) =>
    rowLine(r, i === state.cursor, state, sizes[i] ?? 0, trainer, s, width),
  );
  const frame = useFrame({
    header: [line('header', { text: s.practiceTitle, tone: 'title', bold: true })],
    body: stack(
      body,
      empty ? textLines(s.nothingToPractise, width, 'notice', { tone: 'warn' }) : [],
      textLines(s.practiceNote, width, 'status', { tone: 'muted' }),
    ),
    scopes: SCOPES,
    resetKey: 'practice',
  });
  const row = rows[state.cursor]!;
  useKeys(frame.plan.scopes, ({ command }) => {
    switch (command) {
      case 'back':
        navigate({ type: 'home' });
        return true;
      case 'up':
      case 'down':
        dispatch({ type: 'move', by: command === 'up' ? -1 : 1, rows: rows.length });
        setEmpty(false);
        return true;
      case 'toggle':
        dispatch({ type: 'toggle', row });
        return true;
      case 'decrease':
      case 'increase':
        dispatch({ type: 'change', row, by: command === 'decrease' ? -1 : 1, decks: decks.length });
        return true;
      case 'start': {
        const choice = choiceFor(row, state, decks, seed);
        if (choice && trainer.practiceCards(choice).length > 0)
          navigate({ type: 'practise', choice });
        else setEmpty(true);
        return true;
      }
      default:
        // ↑↓ move the cursor here; the frame scrolls with PgUp/PgDn when the body is taller.
        return frame.scroll(command);
    }
  });
  return <Frame frame={frame} />;
}

function rowLine(
  row: PracticeRow,
  on: boolean,
  state: PracticeSetup,
  size: number,
  trainer: Trainer,
  s: ToolStrings,
  width: number,
): Line {
  const mark = row.kind === 'topic' ? (state.topics.includes(row.topic) ? '[x] ' : '[ ] ') : '    ';
  const deck = trainer.decks[state.deck];
  const label =
    row.kind === 'topic'
      ? s.topicRow(row.topic)
      : row.kind === 'deck'
        ? s.deckRow(`‹ ${deck?.title ?? ''} ›`)
        : row.kind === 'failed'
          ? s.failedRow
          : row.kind === 'hardest'
            ? s.hardestRow
            : s.randomRow(state.count).replace(String(state.count), `‹ ${state.count} ›`);
  const count = String(size);
  const room = Math.max(8, width - 2 - 4 - stringWidth(count) - 2);
  return line(
    'menu',
    { text: on ? '❯ ' : '  ', tone: 'accent' },
    { text: mark, tone: 'accent', bold: true },
    { text: padEnd(truncateEnd(label, room), room), ...(on ? { tone: 'accent' as const } : {}) },
    { text: `  ${count}`, tone: 'muted' },
  );
}
