import { useReducer } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import { useWindowSize } from './hooks/use-window-size.js';
import type { Trainer } from '../session/trainer.js';
import { navigationReducer, type NavAction } from '../session/navigation.js';
import { HomeScreen } from './screens/home-screen.js';
import { ReviewScreen } from './screens/review-screen.js';
import { strings } from './strings.js';
import { theme } from './theme.js';
import { wrap } from '../text/width.js';

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
  const [screen, dispatch] = useReducer(navigationReducer, { name: 'home' });
  // Each change of screen first takes in what other processes saved (a settings change
  // from the command line, another copy's grades), so the next screen counts with it.
  const navigate = (action: NavAction) => {
    trainer.refresh();
    dispatch(action);
  };
  const quit = () => exit();

  // A terminal shrunk too far hides the screen instead of unmounting it, so the session
  // (its queue, position and undo history) is still there when the terminal grows back.
  // The frame is exactly the terminal's height: ink then redraws the whole screen after a
  // shrink, instead of erasing the lines it thinks it drew, which the terminal reflowed.
  const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;
  const width = Math.max(columns, MIN_COLUMNS);
  const height = Math.max(rows, MIN_ROWS);
  return (
    <>
      {tooSmall ? (
        <TooSmall columns={columns} rows={rows} lang={trainer.lang} onQuit={quit} />
      ) : null}
      <Box
        display={tooSmall ? 'none' : 'flex'}
        flexDirection="column"
        width={width}
        height={height}
        paddingX={1}
      >
        {screen.name === 'home' ? (
          <HomeScreen
            active={!tooSmall}
            trainer={trainer}
            rows={height}
            columns={width}
            onOpen={(mode, deckId) =>
              navigate({ type: 'open-review', mode, ...(deckId ? { deckId } : {}) })
            }
            onQuit={quit}
          />
        ) : (
          <ReviewScreen
            key={screen.run}
            active={!tooSmall}
            trainer={trainer}
            columns={width}
            rows={height}
            mode={screen.mode}
            {...(screen.deckId ? { deckId: screen.deckId } : {})}
            onHome={() => navigate({ type: 'home' })}
            onQuit={quit}
            {...(now ? { now } : {})}
          />
        )}
      </Box>
    </>
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
  const message = strings(props.lang).tooSmall(props.columns, props.rows, MIN_COLUMNS, MIN_ROWS);
  // Our own wrapping, measured in terminal cells: the message may be longer than the window.
  return (
    <Text color={theme.warn}>{wrap(message, Math.max(10, props.columns - 1)).join('\n')}</Text>
  );
}
