// What every screen needs, in one place: the trainer, the strings of the current language,
// the clock, the terminal size, whether the screen has the keys, and the way to another
// screen. Language and colour can change while the app runs (the settings screen does it).
import { createContext, useContext } from 'react';
import type { Lang } from '../content/types.js';
import type { NavAction } from '../session/navigation.js';
import type { Trainer } from '../session/trainer.js';
import type { Strings } from './strings.js';
import type { KeySlot } from './hooks/use-keys.js';

export type AppContextValue = {
  readonly trainer: Trainer;
  readonly lang: Lang;
  readonly t: Strings;
  readonly setLang: (lang: Lang) => void;
  readonly colour: boolean;
  readonly setColour: (on: boolean) => void;
  readonly now: () => number;
  readonly columns: number;
  readonly rows: number;
  /** Columns inside the frame's padding: what a screen lays its lines out for. */
  readonly width: number;
  /** False while the screen is hidden (terminal too small, help open): keys are not its. */
  readonly active: boolean;
  readonly navigate: (action: NavAction) => void;
  /** Leaves the app; `interrupted` for Ctrl-C (the shell then sees exit status 130). */
  readonly quit: (how?: { readonly interrupted?: boolean }) => void;
  /** The active screen's key handler (see useKeys); the app reads the keys once, for all. */
  readonly keysRef: KeySlot;
};

export const AppContext = createContext<AppContextValue | undefined>(undefined);

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext: a screen was drawn outside <App>');
  return value;
}
