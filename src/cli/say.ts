// One line to the learner on stderr, prefixed with the program's name. Messages quote
// paths, arguments and file contents: their control characters are shown escaped.
import { escapeControls } from '../text/escape.js';

export function warn(message: string): void {
  process.stderr.write(`tcp-drill: ${escapeControls(message)}\n`);
}

/** Text for stdout or stderr that may span lines: every other control character escaped. */
export function safe(text: string): string {
  return escapeControls(text, '\n');
}
