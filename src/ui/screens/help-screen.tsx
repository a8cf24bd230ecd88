import { useAppContext } from '../app-context.js';
import { Frame } from '../components/frame.js';
import { useFrame } from '../hooks/use-frame.js';
import { useKeys } from '../hooks/use-keys.js';
import { helpSections } from '../keymap.js';
import type { Scope } from '../keymap.js';
import { line, stack, textLines } from '../layout/lines.js';
import type { Line } from '../layout/lines.js';
import type { Screen } from '../../session/navigation.js';
import { padEnd, stringWidth } from '../../text/width.js';

const SCOPES: readonly Scope[] = ['help', 'global'];

/** The keys shown first: those of the screen help was opened over (home: the grades). */
const FIRST: Readonly<Partial<Record<Screen['name'], Scope>>> = {
  review: 'question',
  'practice-run': 'question',
  intro: 'reading',
  browse: 'browse',
  stats: 'stats',
  settings: 'settings',
  practice: 'practice',
  cards: 'cards',
  playground: 'playground',
  'state-drill': 'state-drill',
  'sequence-drill': 'sequence-drill',
};

/**
 * Help (`?`), generated from the keymap, over whatever screen is open:
 *
 *   Keys
 *
 *   Home
 *     ↑/k          previous row
 *     …
 *   Grades
 *   Again: you did not know it. …
 */
export function HelpScreen({ over = 'home' }: { readonly over?: Screen['name'] }) {
  const { t, lang, width, navigate } = useAppContext();
  const sections = helpSections(lang).filter((s) => s.keys.length > 0);
  const labelWidth = Math.min(
    16,
    Math.max(...sections.flatMap((s) => s.keys.map((k) => stringWidth(k.label)))),
  );
  // Headings wrap like the rest: at 40 columns some are longer than the screen.
  const heading = (text: string): Line[] =>
    textLines(text, width, 'help', { tone: 'title', bold: true });
  const keyLines = sections.map((section): Line[] => [
    ...heading(t.helpScopes[section.scope]),
    ...section.keys.flatMap(({ label, hint }) =>
      textLines(hint, width, 'help', {
        lead: [{ text: `  ${padEnd(label, labelWidth)}  `, tone: 'accent', bold: true }],
      }),
    ),
  ]);
  const grades = [
    ...heading(t.gradesTitle),
    ...t.gradesHelp.flatMap((text) => textLines(text, width, 'help')),
  ];
  const body = stack(grades, ...keyLines);
  const first = FIRST[over];
  const title =
    first === undefined
      ? -1
      : body.findIndex((l) => l.spans[0]?.text === heading(t.helpScopes[first])[0]?.spans[0]?.text);
  const frame = useFrame({
    header: [line('header', { text: t.helpTitle, tone: 'title', bold: true })],
    body,
    scopes: SCOPES,
    resetKey: `help:${over}`,
    ...(title > 0 ? { focus: { row: title, column: 0 }, focusTop: true } : {}),
  });
  useKeys(frame.plan.scopes, ({ command }) => {
    if (frame.scroll(command)) return true;
    if (command === 'close' || command === 'help') {
      navigate({ type: 'help', open: false });
      return true;
    }
    return false;
  });
  return <Frame frame={frame} />;
}
