import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import type { Mode, Trainer } from '../../session/trainer.js';
import { actionFor } from '../keymap.js';
import { Footer } from '../components/footer.js';
import { strings } from '../strings.js';
import { theme } from '../theme.js';

type Props = {
  readonly trainer: Trainer;
  readonly rows: number;
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
export function HomeScreen({ trainer, rows, onOpen, onQuit }: Props) {
  const t = strings(trainer.lang);
  const counts = trainer.counts();
  useInput((input, key) => {
    const action = actionFor('home', input, key);
    if (action?.type === 'quit') onQuit();
    else if (action?.type === 'learn-new') onOpen('new');
    else if (action?.type === 'review-due') onOpen('due');
  });
  const items = [
    { key: 'new', label: `${t.learnNew} (n)`.padEnd(34) + `${counts.new}`, value: { mode: 'new' } as Choice },
    { key: 'due', label: `${t.reviewDue} (r)`.padEnd(34) + `${counts.due}`, value: { mode: 'due' } as Choice },
    ...trainer.decks.map((deck) => ({
      key: deck.id,
      label: `${t.browseDeck}: ${deck.title}`,
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
