import { useMemo, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import type { Mode, Trainer } from '../../session/trainer.js';
import { actionFor } from '../keymap.js';
import { Footer } from '../components/footer.js';
import { Markdown } from '../components/markdown.js';
import { clampText, measureLines } from '../layout/fit-card.js';
import { strings } from '../strings.js';
import { theme } from '../theme.js';
import { padEnd, stringWidth, truncateEnd } from '../../text/width.js';

type Props = {
  /** False while hidden (terminal too small): keys are not for this screen then. */
  readonly active: boolean;
  readonly trainer: Trainer;
  readonly rows: number;
  readonly columns: number;
  readonly onOpen: (mode: Mode, deckId?: string) => void;
  readonly onQuit: () => void;
};

/** Lines of a deck's introduction shown under the menu. */
const INTRO_LINES = 3;

type Choice = { readonly mode: Mode; readonly deckId?: string };

/**
 * The home screen:
 *
 *   tcp-drill  TCP handshakes, teardowns and socket states
 *   12 due · 20 new
 *
 *   › Learn new cards (n)            20
 *     Review due cards (r)           12
 *     Three-way handshake            52 cards
 *     …
 *   ↑↓ Enter open  n learn new  r review due  q quit
 */
export function HomeScreen({ active, trainer, rows, columns, onOpen, onQuit }: Props) {
  const t = strings(trainer.lang);
  // Counts scan the review log; the screen remounts after every session, so once is enough.
  const counts = useMemo(() => trainer.counts(), [trainer]);
  const cardCount = (deckId: string) => `${trainer.cardsIn(deckId)} ${t.cards}`;
  const [highlighted, setHighlighted] = useState<string>();
  const width = columns - 2;
  const noticeLines = trainer.notices.reduce((n, notice) => n + measureLines(notice, width), 0);
  // The highlighted deck's introduction, when there is room for it under the menu.
  const intro = reflow(trainer.decks.find((d) => d.id === highlighted)?.intro ?? '');
  const introLines = Math.min(INTRO_LINES, measureLines(intro, width));
  // Rows left for the menu: title (may wrap), counts, notices, blank lines and the footer.
  const titleLines = measureLines(`${t.appTitle} ${t.tagline}`, width);
  const menuRows = rows - 7 - titleLines - noticeLines;
  const showIntro = intro !== '' && menuRows - (introLines + 1) >= trainer.decks.length + 2;
  useInput(
    (input, key) => {
      const action = actionFor('home', input, key);
      if (action?.type === 'quit') onQuit();
      else if (action?.type === 'learn-new') onOpen('new');
      else if (action?.type === 'review-due') onOpen('due');
    },
    { isActive: active },
  );
  // Labels and their numbers line up in two columns, measured in terminal cells, and every
  // row fits on one line: the pointer takes 2 cells and the padding 2 more.
  const values = [`${counts.new}`, `${counts.due}`, ...trainer.decks.map((d) => cardCount(d.id))];
  const valueWidth = Math.max(...values.map((v) => stringWidth(v)));
  const labelWidth = Math.max(8, Math.min(44, columns - 4 - valueWidth - 1));
  const row = (label: string, value: string) =>
    `${padEnd(truncateEnd(label, labelWidth), labelWidth)} ${value}`;
  const items = [
    {
      key: 'new',
      label: row(`${t.learnNew} (n)`, `${counts.new}`),
      value: { mode: 'new' } as Choice,
    },
    {
      key: 'due',
      label: row(`${t.reviewDue} (r)`, `${counts.due}`),
      value: { mode: 'due' } as Choice,
    },
    ...trainer.decks.map((deck) => ({
      key: deck.id,
      label: row(t.browseDeck(deck.title), cardCount(deck.id)),
      value: { mode: 'deck', deckId: deck.id } as Choice,
    })),
  ];
  return (
    <Box flexDirection="column" gap={1}>
      <Box flexDirection="column">
        <Text>
          <Text color={theme.title} bold>
            {t.appTitle}
          </Text>
          <Text color={theme.muted}> {t.tagline}</Text>
        </Text>
        <Text>
          <Text color={theme.warn}>
            {counts.due} {t.due}
          </Text>
          <Text color={theme.muted}> · </Text>
          <Text color={theme.accent}>
            {counts.new} {t.new}
          </Text>
          <Text color={theme.muted}>
            {' '}
            · {trainer.decks.length} {t.decks.toLowerCase()}
          </Text>
        </Text>
        {trainer.notices.map((n) => (
          <Markdown key={n} text={n} width={width} color={theme.warn} />
        ))}
      </Box>
      <SelectInput
        isFocused={active}
        items={items}
        limit={Math.max(3, menuRows - (showIntro ? introLines + 1 : 0))}
        onSelect={(item) => onOpen(item.value.mode, item.value.deckId)}
        onHighlight={(item) => setHighlighted(item.value.deckId)}
      />
      {showIntro ? (
        <Markdown text={clampText(intro, width, introLines)} width={width} color={theme.muted} />
      ) : null}
      <Footer context="home" lang={trainer.lang} />
    </Box>
  );
}

/** Authors wrap intros by hand: join the lines into one paragraph (no space inside Chinese). */
function reflow(text: string): string {
  return text.replace(/\s*\n\s*/g, (_m: string, at: number, all: string) => {
    const before = all[at - 1] ?? '';
    const after = all[at + _m.length] ?? '';
    return WIDE.test(before) || WIDE.test(after) ? '' : ' ';
  });
}

const WIDE = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
