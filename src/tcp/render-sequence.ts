// Plain-text two-lane sequence diagram for a scenario, optionally with one part blanked out for a
// drill. Every column has a fixed width, so a blank never moves anything else on the page.
import type { Lang } from '../content/types.js';
import { labelFields } from './scenarios.js';
import type { Blank, Scenario, Side, Step } from './scenarios.js';
import { padEnd, stringWidth, wrap } from '../text/width.js';
import { citeIn } from '../content/cite.js';

export const BLANK = '[ ? ]';
export const MAX_WIDTH = 80;
/** Prose in a diagram (title, notes, summary) fits the 78 columns inside an 80-column frame. */
const TEXT_WIDTH = MAX_WIDTH - 2;

const NUM_W = 4; // ' 1. '
const STATE_W = 14; // 'SYN-RECEIVED' plus two spaces
/**
 * Room for a filled, marked blank: '[✗SYN-RECEIVED]' plus a space (the drill's diagrams), so
 * that a marked server state still ends within the 78 columns of an 80-column frame.
 */
const MARKED_STATE_W = 16;
const LANE_W = 40; // arrow with its label
const GAP = '  ';

export type SequenceOptions = {
  readonly lang: Lang;
  readonly blank?: Blank;
  /** Several parts hidden at once (the sequence drill fills them in turn). */
  readonly blanks?: readonly Blank[];
  /** Leave the state column room for a marked fill such as `[✗SYN-RECEIVED]`. */
  readonly roomForMarks?: boolean;
  /** Print the scenario's summary under the diagram (default true; drills leave it out, it may tell). */
  readonly summary?: boolean;
};

/**
 * `---- SYN seq=x ---->` (client to server) or `<---- … ----` (server to client), LANE_W columns.
 * A lost segment stops short of the far side and ends in an X.
 */
function arrow(text: string, from: Side, lost: boolean): string {
  const shortBy = lost ? 4 : 0;
  const dashes = LANE_W - 1 - shortBy - stringWidth(text) - 2;
  const near = '-'.repeat(Math.floor(dashes / 2));
  const far = '-'.repeat(dashes - near.length);
  const gap = ' '.repeat(shortBy);
  return from === 'client'
    ? `${near} ${text} ${far}${lost ? 'X' : '>'}${gap}`
    : `${gap}${lost ? 'X' : '<'}${far} ${text} ${near}`;
}

function row(num: string, client: string, lane: string, server: string, stateW = STATE_W): string {
  return (
    num.padStart(NUM_W - 1) +
    ' ' +
    padEnd(client, stateW) +
    padEnd(lane, LANE_W) +
    GAP +
    server
  ).trimEnd();
}

function stepRow(step: Step, index: number, blanks: readonly Blank[], stateW: number): string {
  const hidden = (part: Blank['part']): boolean =>
    blanks.some((b) => b.step === index + 1 && b.part === part);
  const client = hidden('clientState') ? BLANK : (step.client ?? '');
  const server = hidden('serverState') ? BLANK : (step.server ?? '');
  const lane = step.send
    ? arrow(
        hidden('segment')
          ? BLANK
          : labelFields(step.send.segment)
              .map((f) => (f.part !== 'len' && hidden(f.part) ? BLANK : f.text))
              .join(' '),
        step.send.from,
        step.send.lost === true,
      )
    : '';
  return row(`${index + 1}.`, client, lane, server, stateW);
}

/** The diagram as plain text (lines joined with '\n', no trailing newline), at most 80 columns wide. */
export function renderSequence(scenario: Scenario, opts: SequenceOptions): string {
  const { lang } = opts;
  const blanks = [...(opts.blank ? [opts.blank] : []), ...(opts.blanks ?? [])];
  const stateW = opts.roomForMarks ? MARKED_STATE_W : STATE_W;
  const laneStart = NUM_W + stateW;
  const noteIndent = ' '.repeat(laneStart);
  const lines: string[] = [
    ...wrap(`${scenario.title[lang]} — ${citeIn(scenario.source, lang)}`, TEXT_WIDTH),
    '',
    row('', scenario.sides.client[lang], '', scenario.sides.server[lang], stateW),
    row('', scenario.start.client, '', scenario.start.server, stateW),
  ];
  scenario.steps.forEach((step, i) => {
    if (step.note) {
      const [open, close] = lang === 'zh' ? ['（', '）'] : ['(', ')'];
      for (const line of wrap(open + step.note[lang] + close, TEXT_WIDTH - laneStart)) {
        lines.push(noteIndent + line);
      }
    }
    lines.push(stepRow(step, i, blanks, stateW));
  });
  if (opts.summary !== false) lines.push('', ...wrap(scenario.summary[lang], TEXT_WIDTH));
  return lines.join('\n');
}
