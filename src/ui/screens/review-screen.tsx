import { useMemo, useReducer, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import type { Card } from '../../content/types.js';
import {
  currentCard,
  isAutoGraded,
  isFinished,
  reviewReducer,
  startReview,
} from '../../session/review.js';
import type { ReviewState } from '../../session/review.js';
import type { Mode, Preview, Trainer } from '../../session/trainer.js';
import { actionFor, splitPresses } from '../keymap.js';
import type { KeyAction, KeyContext, KeyPress } from '../keymap.js';
import { CardView } from '../components/card-view.js';
import { Footer } from '../components/footer.js';
import { GradeBar } from '../components/grade-bar.js';
import { strings } from '../strings.js';
import { theme } from '../theme.js';
import { padEnd, stringWidth, truncateEnd } from '../../text/width.js';

type Props = {
  /** False while hidden (terminal too small): keys are not for this screen then. */
  readonly active: boolean;
  readonly trainer: Trainer;
  readonly columns: number;
  readonly rows: number;
  readonly mode: Mode;
  readonly deckId?: string;
  readonly onHome: () => void;
  readonly onQuit: () => void;
  /** Injected clock, so tests are deterministic. */
  readonly now?: () => number;
};

/**
 * One study session:
 *
 *   Handshake › Why three                        card 3 of 20
 *   Why does TCP need three segments to open?
 *
 *   Answer
 *   …
 *   [3 Good 10m]  1 Again 1m  2 Hard 6m  4 Easy 4d
 *   Space/Enter accept grade  1-4 grade  u undo  Esc back  q quit
 */
export function ReviewScreen({
  active,
  trainer,
  columns,
  rows,
  mode,
  deckId,
  onHome,
  onQuit,
  now = Date.now,
}: Props) {
  const lang = trainer.lang;
  const t = strings(lang);
  const initial = useMemo(() => trainer.queue(mode, deckId), [trainer, mode, deckId]);
  const [state, dispatch] = useReducer(reviewReducer, undefined, () =>
    startReview(initial, now(), `${now()}`),
  );
  const card = currentCard(state);
  const context = contextOf(state, card);
  const [saveError, setSaveError] = useState<string>();
  // Worked out once per showing: a redraw (a resize) must not roll the fuzz again, and the
  // grade is scheduled from this same preview.
  const shown = useMemo(
    () =>
      card && state.phase === 'answer'
        ? { index: state.index, preview: trainer.preview(card) }
        : undefined,
    [trainer, card, state.index, state.phase],
  );
  const preview = shown?.preview;

  const accept = (rating: ReviewState['rating']) => {
    if (!card || state.phase !== 'answer' || !preview) return;
    // Durable before the next card is drawn: grade() returns only after the write.
    const by = isAutoGraded(card) ? 'auto' : 'self';
    try {
      const { requeue } = trainer.grade(
        card,
        rating,
        Math.max(0, now() - state.shownAt),
        by,
        preview,
      );
      setSaveError(undefined);
      dispatch({ type: 'graded', requeue, now: now() });
    } catch (error) {
      // The card stays up so nothing is skipped unsaved; the learner can retry or quit.
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };

  const handle = (input: string, key: KeyPress & { meta?: boolean }): KeyAction | undefined => {
    const action = actionFor(context, input, key);
    if (!action) {
      if (context === 'typing' && input && !key.ctrl && !key.meta)
        dispatch({ type: 'type', text: input });
      return undefined;
    }
    switch (action.type) {
      case 'quit':
        onQuit();
        break;
      case 'back':
        onHome();
        break;
      case 'reveal':
        dispatch({ type: 'reveal', now: now() });
        break;
      case 'backspace':
        dispatch({ type: 'backspace' });
        break;
      case 'clear':
        dispatch({ type: 'clear' });
        break;
      case 'pick':
        dispatch({ type: 'pick', position: action.position, now: now() });
        break;
      case 'grade':
        // A digit grades at once (as in Anki); it also overrides an automatic grade.
        accept(action.rating);
        break;
      case 'accept':
        accept(state.rating);
        break;
      case 'undo': {
        // Only grades given on this screen: a new session never silently takes back an
        // earlier session's grade that is no longer on screen.
        if (state.graded.length > 0 && trainer.undo() !== undefined)
          dispatch({ type: 'undone', now: now() });
        break;
      }
      default:
        break;
    }
    return action;
  };

  useInput(
    (input, key) => {
      // Typing and picking keep their screen from key to key (the reducer ignores picks
      // once the answer shows), so a burst is replayed. Elsewhere each key changes the
      // screen and the next must be read against the new one: only the first key counts.
      const presses = splitPresses(input, key);
      const replay = context === 'typing' || context === 'picking';
      for (const press of replay ? presses : presses.slice(0, 1)) {
        const action = handle(press.input, press.key);
        // Enter submits; whatever follows it was not meant for this card.
        if (action && !['backspace', 'clear', 'pick'].includes(action.type)) return;
      }
    },
    { isActive: active },
  );

  if (!card || isFinished(state)) {
    return (
      <Box flexDirection="column" gap={1}>
        <Text color={theme.title} bold>
          {state.graded.length > 0 ? t.sessionDone : t.nothingDue}
        </Text>
        {state.graded.length > 0 ? (
          <Text>
            {state.graded.length} {t.reviewed}
          </Text>
        ) : null}
        <Footer context={context} lang={lang} />
      </Box>
    );
  }

  const deck = trainer.decks.find((d) => d.id === card.deck);
  return (
    <Box flexDirection="column" gap={1}>
      <Header
        left={[deck?.title, card.section].filter(Boolean).join(' › ')}
        right={t.cardOf(state.index + 1, state.queue.length)}
        width={columns - 2}
      />
      <CardView
        card={card}
        state={state}
        lang={lang}
        width={columns - 2}
        budget={cardBudget(rows, columns, state.phase === 'answer')}
      />
      {saveError ? <Text color={theme.bad}>✗ {t.notSaved(saveError)}</Text> : null}
      {state.phase === 'answer' ? (
        <GradeBar selected={state.rating} intervals={labels(preview)} lang={lang} />
      ) : null}
      <Footer context={context} lang={lang} />
    </Box>
  );
}

function labels(preview: Preview | undefined): Record<ReviewState['rating'], string> {
  const o = preview?.outcomes;
  return {
    1: o?.[1].label ?? '',
    2: o?.[2].label ?? '',
    3: o?.[3].label ?? '',
    4: o?.[4].label ?? '',
  };
}

/** One line: the breadcrumb, cut to leave room for the card counter on the right. */
function Header({
  left,
  right,
  width,
}: {
  readonly left: string;
  readonly right: string;
  readonly width: number;
}) {
  const room = Math.max(0, width - stringWidth(right) - 1);
  const crumb = truncateEnd(left, room);
  return (
    <Text color={theme.muted} wrap="truncate-end">
      {padEnd(crumb, room)} {right}
    </Text>
  );
}

/** Rows left for the card: header, footer, grade bar and the blank lines between them. */
function cardBudget(rows: number, columns: number, revealed: boolean): number {
  const footer = columns < 70 ? 2 : 1;
  return rows - (2 + 1 + (revealed ? 2 : 0) + footer + 1);
}

function contextOf(state: ReviewState, card: Card | undefined): KeyContext {
  if (!card) return state.graded.length > 0 ? 'done' : 'empty';
  if (state.phase === 'answer') return 'answer';
  if (card.type === 'typed') return 'typing';
  if (card.type === 'choice' || card.type === 'drill' || card.type === 'order') return 'picking';
  return 'question';
}
