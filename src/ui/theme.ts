// Semantic colour tokens. Lines name a tone, never a colour; colour is never the only cue
// (right and wrong also carry ✓/✗ and words, a cloze gap its brackets).
import type { Tone } from './layout/lines.js';

const COLOURS: Readonly<Record<Tone, string | undefined>> = {
  text: undefined,
  muted: 'gray',
  accent: 'cyan',
  good: 'green',
  bad: 'red',
  warn: 'yellow',
  code: 'yellow',
  title: 'magentaBright',
  cloze: 'cyanBright',
  again: 'red',
  hard: 'yellow',
  easy: 'blue',
};

/** ink `<Text>` props for a tone; with colour off only the text itself remains. */
export function toneColour(tone: Tone | undefined, colour: boolean): string | undefined {
  return colour && tone ? COLOURS[tone] : undefined;
}
