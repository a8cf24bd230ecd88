import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import type { Mode, Trainer } from '../../session/trainer.js';
import { actionFor } from '../keymap.js';
import { Footer } from '../components/footer.js';
import { strings } from '../strings.js';
import { theme } from '../theme.js';
import { padEnd } from '../../text/width.js';

type Props = {
  readonly trainer: Trainer;
  readonly rows: number;
  readonly columns: number;
  readonly onOpen: (mode: Mode, deckId?: string) => void;
  readonly onQuit: () => void;
};

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
export function HomeScreen({ trainer, rows, columns, onOpen, onQuit }: Props) {
  const t = strings(trainer.lang);
  const counts = trainer.counts();
  useInput((input, key) => {
    const action = actionFor('home', input, key);
    if (action?.type === 'quit') onQuit();
    else if (action?.type === 'learn-new') onOpen('new');
    else if (action?.type === 'review-due') onOpen('due');
  });
  // Labels and their numbers line up in two columns, measured in terminal cells.
  const labelWidth = Math.max(10, Math.min(44, columns - 16));
  const row = (label: string, value: string) => `${padEnd(label, labelWidth)} ${value}`;
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
      label: row(`${t.browseDeck}: ${deck.title}`, `${trainer.cardsIn(deck.id)} ${t.cards}`),
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
          <Text key={n} color={theme.warn}>
            {n}
          </Text>
        ))}
      </Box>
      <SelectInput
        items={items}
        limit={Math.max(3, rows - 8 - trainer.notices.length)}
        onSelect={(item) => onOpen(item.value.mode, item.value.deckId)}
      />
      <Footer context="home" lang={trainer.lang} />
    </Box>
  );
}
