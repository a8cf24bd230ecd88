import { useInput } from 'ink';
import { commandFor, isPrintable, splitPresses } from '../keymap.js';
import type { Matched, Scope } from '../keymap.js';
import { useAppContext } from '../app-context.js';

export type KeyOptions = {
  /** Printable keys are text (an answer being typed), given to `onText`. */
  readonly onText?: (text: string) => void;
  /**
   * Replay a burst of keys (a paste, an ordering typed fast over SSH) one by one. Without
   * it only the first key of a burst counts: each key changes the screen, and the next
   * would have to be read against the new one.
   */
  readonly burst?: boolean;
};

/**
 * The one key handler of a screen: keys become commands through the keymap, for the
 * screen's scopes. `onCommand` returns false for a command it leaves to the app (quit,
 * help). A burst stops after a command that changes the screen.
 */
export function useKeys(
  scopes: readonly Scope[],
  onCommand: (matched: Matched) => boolean,
  opts: KeyOptions = {},
): void {
  const { active, quit, navigate } = useAppContext();
  useInput(
    (input, key) => {
      const presses = splitPresses(input, key);
      for (const press of opts.burst ? presses : presses.slice(0, 1)) {
        const matched = commandFor(scopes, press.input, press.key, { text: !!opts.onText });
        if (!matched) {
          if (opts.onText && isPrintable(press.input, press.key)) opts.onText(press.input);
          continue;
        }
        if (!onCommand(matched)) {
          if (matched.command === 'quit') quit();
          else if (matched.command === 'help') navigate({ type: 'help', open: true });
        }
        if (!matched.binding.repeatable) return;
      }
    },
    { isActive: active },
  );
}
