import { useLayoutEffect, useRef } from 'react';
import { commandFor, isPrintable, splitPresses } from '../keymap.js';
import type { KeyPress, Matched, Scope } from '../keymap.js';
import { useAppContext } from '../app-context.js';

export type KeyOptions = {
  /** Printable keys are text (an answer being typed), given to `onText`. */
  readonly onText?: (text: string) => void;
  /**
   * A burst of keys (a paste, an ordering typed fast over SSH, ↓↓↓ from tmux) is read key
   * by key while the keys are repeatable (text, picks, scrolling); the first key that
   * changes the screen ends it, since what follows would have to be read against the new
   * screen. With `burst`, a key with no meaning here does not end it either.
   */
  readonly burst?: boolean;
};

/** Where the app's one input listener sends keys: the handler of the active screen. */
export type KeySlot = { current: ((input: string, key: KeyPress) => void) | undefined };

/**
 * The one key handler of a screen: keys become commands through the keymap, for the
 * screen's scopes. `onCommand` returns false for a command it leaves to the app (quit,
 * help). A burst stops after a command that changes the screen.
 *
 * The handler is put in the app's key slot while the screen commits (a layout effect), so
 * a key pressed just as a screen opens reaches that screen instead of being lost.
 */
export function useKeys(
  scopes: readonly Scope[],
  onCommand: (matched: Matched) => boolean,
  opts: KeyOptions = {},
): void {
  const { active, quit, navigate, keysRef } = useAppContext();
  const handle = (input: string, key: KeyPress) => {
    const presses = splitPresses(input, key);
    for (const press of presses) {
      const matched = commandFor(scopes, press.input, press.key, { text: !!opts.onText });
      if (!matched) {
        if (opts.onText && isPrintable(press.input, press.key)) opts.onText(press.input);
        else if (!opts.burst) return;
        continue;
      }
      if (!onCommand(matched)) {
        if (matched.command === 'quit') quit();
        else if (matched.command === 'interrupt') quit({ interrupted: true });
        else if (matched.command === 'help') navigate({ type: 'help', open: true });
      }
      if (!matched.binding.repeatable) return;
    }
  };
  const latest = useRef(handle);
  useLayoutEffect(() => {
    latest.current = handle;
  });
  useLayoutEffect(() => {
    if (!active) return undefined;
    const mine = (input: string, key: KeyPress) => latest.current(input, key);
    keysRef.current = mine;
    return () => {
      if (keysRef.current === mine) keysRef.current = undefined;
    };
  }, [active, keysRef]);
}
