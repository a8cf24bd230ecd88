import { useMemo, useReducer, useRef, useState } from 'react';
import { Box, useApp, useInput } from 'ink';
import type { Lang } from '../content/types.js';
import { START, assertNever, navigationReducer } from '../session/navigation.js';
import type { NavAction, Navigation } from '../session/navigation.js';
import type { Trainer } from '../session/trainer.js';
import { AppContext, useAppContext } from './app-context.js';
import type { AppContextValue } from './app-context.js';
import { Lines } from './components/lines.js';
import { useKeys } from './hooks/use-keys.js';
import type { KeySlot } from './hooks/use-keys.js';
import { useWindowSize } from './hooks/use-window-size.js';
import { line } from './layout/lines.js';
import { stringWidth } from '../text/width.js';
import { HelpScreen } from './screens/help-screen.js';
import { BrowseScreen } from './screens/browse-screen.js';
import { HomeScreen } from './screens/home-screen.js';
import { IntroScreen } from './screens/intro-screen.js';
import { PlaygroundScreen } from './screens/playground/playground-screen.js';
import { StateDrillScreen } from './screens/state-drill/state-drill-screen.js';
import { SequenceDrillScreen } from './screens/sequence-drill/sequence-drill-screen.js';
import { ReviewScreen } from './screens/review/review-screen.js';
import { strings } from './strings.js';
import { CardsScreen } from './screens/tools/cards-screen.js';
import { PracticeRun } from './screens/tools/practice-run.js';
import { PracticeScreen } from './screens/tools/practice-screen.js';
import { SettingsScreen } from './screens/tools/settings-screen.js';
import { StatsScreen } from './screens/tools/stats-screen.js';

/** How the app ends on Ctrl-C: `waitUntilExit` rejects with it. */
export class Interrupted extends Error {
  override name = 'Interrupted';
}

// The smallest terminal a card can be studied in. Below 16 rows the grade bar, the verdict
// and the footer (three rows at 40 columns) leave a card fewer than five rows to scroll
// in; below 40 columns a menu row no longer holds a deck title. Every built-in card is
// checked at this size (test/ui/review-layout.test.ts).
export const MIN_COLUMNS = 40;
export const MIN_ROWS = 16;

type Props = {
  readonly trainer: Trainer;
  /** The trainer in another language, for a language switch while the app runs. */
  readonly trainerFor?: (lang: Lang) => Trainer;
  readonly now?: () => number;
  readonly colour?: boolean;
};

/** The trainer: a screen host over an app context, with help drawn over any screen. */
export function App({
  trainer: first,
  trainerFor,
  now = Date.now,
  colour: colourAtStart = true,
}: Props) {
  const { exit } = useApp();
  const { columns, rows } = useWindowSize();
  const [nav, dispatch] = useReducer(navigationReducer, START);
  const [lang, setLang] = useState<Lang>(first.lang);
  const [colour, setColour] = useState(colourAtStart);
  const keysRef = useRef<KeySlot['current']>(undefined);
  // One listener for the whole app, attached once: keys go to whichever screen is active.
  useInput((input, key) => keysRef.current?.(input, key));
  const trainer = useMemo(
    () => (lang === first.lang || !trainerFor ? first : trainerFor(lang)),
    [first, trainerFor, lang],
  );
  // Each change of screen first takes in what other processes saved (a settings change
  // from the command line, another copy's grades), so the next screen counts with it.
  const navigate = (action: NavAction) => {
    if (action.type !== 'help' && action.type !== 'home-cursor') trainer.refresh();
    dispatch(action);
  };
  // A terminal shrunk too far hides the screen instead of unmounting it, so the session
  // (its queue, position and undo history) is still there when the terminal grows back.
  // The frame is exactly the terminal's height: ink then redraws the whole screen after a
  // shrink, instead of erasing the lines it thinks it drew, which the terminal reflowed.
  const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;
  const width = Math.max(columns, MIN_COLUMNS);
  const height = Math.max(rows, MIN_ROWS);
  const base: AppContextValue = {
    trainer,
    lang: trainer.lang,
    t: strings(trainer.lang),
    setLang,
    colour,
    setColour,
    now,
    columns: width,
    rows: height,
    width: width - 2,
    active: !tooSmall && !nav.help,
    navigate,
    quit: (how) => exit(how?.interrupted ? new Interrupted() : undefined),
    keysRef,
  };
  return (
    <AppContext.Provider value={base}>
      {tooSmall ? <TooSmall columns={columns} rows={rows} /> : null}
      <Box
        display={tooSmall || nav.help ? 'none' : 'flex'}
        flexDirection="column"
        width={width}
        height={height}
        paddingX={1}
      >
        <ScreenHost nav={nav} />
      </Box>
      {nav.help && !tooSmall ? (
        <AppContext.Provider value={{ ...base, active: true }}>
          <Box flexDirection="column" width={width} height={height} paddingX={1}>
            <HelpScreen over={nav.screen.name} />
          </Box>
        </AppContext.Provider>
      ) : null}
    </AppContext.Provider>
  );
}

/** Every screen, by name: a new screen without a case here does not compile. */
function ScreenHost({ nav }: { readonly nav: Navigation }) {
  const screen = nav.screen;
  switch (screen.name) {
    case 'home':
      return <HomeScreen cursor={nav.homeCursor} />;
    case 'review':
      return (
        <ReviewScreen
          key={screen.run}
          mode={screen.mode}
          {...(screen.deckId ? { deckId: screen.deckId } : {})}
        />
      );
    case 'intro':
      return <IntroScreen deckId={screen.deckId} />;
    case 'stats':
      return <StatsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'practice':
      return <PracticeScreen />;
    case 'cards':
      return <CardsScreen />;
    case 'practice-run':
      return <PracticeRun key={screen.run} choice={screen.choice} />;
    case 'browse':
      return <BrowseScreen key={screen.run} deckId={screen.deckId} />;
    case 'playground':
      return <PlaygroundScreen />;
    case 'state-drill':
      return <StateDrillScreen key={screen.run} />;
    case 'sequence-drill':
      return <SequenceDrillScreen key={screen.run} />;
    default:
      return assertNever(screen);
  }
}

function TooSmall({ columns, rows }: { readonly columns: number; readonly rows: number }) {
  const context = useAppContext();
  const value = { ...context, active: true };
  return (
    <AppContext.Provider value={value}>
      <TooSmallMessage columns={columns} rows={rows} />
    </AppContext.Provider>
  );
}

/** Only quitting works here: help and every screen wait for a bigger terminal. */
function TooSmallMessage({ columns, rows }: { readonly columns: number; readonly rows: number }) {
  const { t } = useAppContext();
  useKeys(['global'], ({ command }) => command !== 'quit' && command !== 'interrupt');
  // One row, measured in terminal cells: the longest wording that fits the window.
  const width = Math.max(1, columns - 1);
  const words = t.tooSmall(columns, rows, MIN_COLUMNS, MIN_ROWS);
  const message = words.find((w) => stringWidth(w) <= width) ?? words.at(-1)!;
  return <Lines lines={[line('status', { text: message, tone: 'warn' })]} width={width} />;
}
