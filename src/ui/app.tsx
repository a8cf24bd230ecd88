import { useReducer } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import { useWindowSize } from './hooks/use-window-size.js';
import type { Trainer } from '../session/trainer.js';
import { navigationReducer } from '../session/navigation.js';
import { HomeScreen } from './screens/home-screen.js';
import { ReviewScreen } from './screens/review-screen.js';
import { strings } from './strings.js';
import { theme } from './theme.js';

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 12;

type Props = {
  readonly trainer: Trainer;
  readonly now?: () => number;
};

/** The trainer: a home screen and review sessions, switched by a navigation reducer. */
export function App({ trainer, now }: Props) {
  const { exit } = useApp();
  const { columns, rows } = useWindowSize();
  const [screen, navigate] = useReducer(navigationReducer, { name: 'home' });
  const quit = () => exit();

  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    return <TooSmall columns={columns} rows={rows} lang={trainer.lang} onQuit={quit} />;
  }
  return (
    <Box flexDirection="column" width={columns} paddingX={1}>
      {screen.name === 'home' ? (
        <HomeScreen
          trainer={trainer}
          rows={rows}
          columns={columns}
          onOpen={(mode, deckId) =>
            navigate({ type: 'open-review', mode, ...(deckId ? { deckId } : {}) })
          }
          onQuit={quit}
        />
      ) : (
        <ReviewScreen
          key={screen.run}
          trainer={trainer}
          columns={columns}
          rows={rows}
          mode={screen.mode}
          {...(screen.deckId ? { deckId: screen.deckId } : {})}
          onHome={() => navigate({ type: 'home' })}
          onQuit={quit}
          {...(now ? { now } : {})}
        />
      )}
    </Box>
  );
}

function TooSmall(props: {
  columns: number;
  rows: number;
  lang: Trainer['lang'];
  onQuit: () => void;
}) {
  useInput((input) => {
    if (input === 'q') props.onQuit();
  });
  return (
    <Text color={theme.warn}>
      {strings(props.lang).tooSmall(props.columns, props.rows, MIN_COLUMNS, MIN_ROWS)}
    </Text>
  );
}
