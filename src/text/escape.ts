// Text from someone else (a deck, a file name, an argument, a log line) printed on a
// terminal must not drive it: ESC, CSI and OSC sequences can clear the screen, set the
// window title or load the clipboard (OSC 52), and bidi controls can reorder what is read.
// Each such character is shown as a visible escape instead, `\x1b` or `\u202e`.

/** C0 controls, DEL, C1 controls, line and paragraph separators, bidi embeddings and isolates. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNESCAPED_BY_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character escaped, except those listed in `keep` (e.g. '\n'). */
export function escapeControls(text: string, keep = ''): string {
  return text.replace(CONTROL, (c) => (keep.includes(c) ? c : visible(c)));
}

/** JSON for a terminal: JSON.stringify leaves DEL, C1 and bidi controls raw; escape them too. */
export function inertJson(value: unknown, indent?: number): string {
  // C0 controls inside strings are escaped already; raw newlines are only the indentation.
  return JSON.stringify(value, null, indent).replace(UNESCAPED_BY_JSON, (c) => `\\u${hex(c, 4)}`);
}

/** Where the first control character not in `keep` is, or -1. */
export function firstControl(text: string, keep = ''): number {
  for (const m of text.matchAll(CONTROL)) if (!keep.includes(m[0])) return m.index;
  return -1;
}

function visible(c: string): string {
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;
}

function hex(c: string, digits: number): string {
  return c.codePointAt(0)!.toString(16).padStart(digits, '0');
}
