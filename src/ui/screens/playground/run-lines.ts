// A playground run as lines: one row per segment that moved in a step, the two hosts' states
// after the step on its last row. A's lane is on the left; `-->`/`<--` sit at the host the
// segment leaves or reaches, `...` is the wire, `X` a segment lost on the way.
import type { SimSegment } from '../../../tcp/sim/segment.js';
import { segmentText } from '../../../tcp/sim/segment.js';
import type { SimStep } from '../../../tcp/sim/simulator.js';
import { padEnd, truncateEnd } from '../../../text/width.js';
import { line } from '../../layout/lines.js';
import type { Line } from '../../layout/lines.js';
import type { Lang } from '../../../content/types.js';
import { eventWords, lane } from '../../../tcp/sim/render-trace.js';
import type { LaneMove } from '../../../tcp/sim/render-trace.js';

export const STATE_W = 12;
const NUM_W = 3;
const DO_W = 12;

/** The label cut to the lane, so a narrow terminal keeps the B column in place. */
function laneText(segment: SimSegment, move: LaneMove, laneW: number): string {
  const label = truncateEnd(segmentText(segment), laneW - 8);
  return lane(segment, move, laneW).replace(segmentText(segment), label);
}

/** Lanes wider than this only spread the arrows apart. */
const MAX_LANE = 44;

/**
 * The columns of a row: with room, the script line number and the action as written sit
 * before A's state; narrow, they take a row of their own above the step's lanes.
 */
export function runColumns(width: number): {
  readonly withDo: boolean;
  readonly lane: number;
} {
  const withDo = width >= 70;
  const fixed = (withDo ? NUM_W + 1 + DO_W + 1 : 0) + STATE_W + 1 + 1 + STATE_W;
  return { withDo, lane: Math.min(MAX_LANE, Math.max(16, width - fixed)) };
}

export function stepLines(step: SimStep, width: number, lang: Lang): Line[] {
  const { withDo, lane } = runColumns(width);
  const moves: [SimSegment, LaneMove][] = [];
  if (step.delivered) moves.push([step.delivered, 'arrives']);
  if (step.dropped) moves.push([step.dropped, 'lost']);
  if (step.delayed) moves.push([step.delayed, 'waits']);
  for (const s of step.sent) moves.push([s, 'leaves']);
  const lanes = moves.length === 0 ? [undefined] : moves;
  const out: Line[] = withDo
    ? []
    : [
        line('explain', {
          text: truncateEnd(`${String(step.line).padStart(NUM_W)} ${step.do}`, width),
          tone: 'muted',
        }),
      ];
  lanes.forEach((m, i) => {
    const first = i === 0;
    const last = i === lanes.length - 1;
    const num = first ? String(step.line).padStart(NUM_W) : ' '.repeat(NUM_W);
    const doText = withDo ? `${num} ${padEnd(first ? truncateEnd(step.do, DO_W) : '', DO_W)} ` : '';
    const text = m ? laneText(m[0], m[1], lane) : '';
    out.push({
      role: 'figure',
      verbatim: true,
      spans: [
        { text: doText, tone: 'muted' },
        { text: padEnd(last ? step.states.A : '', STATE_W) + ' ', tone: 'accent' },
        { text: padEnd(text, lane) + ' ', tone: m?.[1] === 'lost' ? 'bad' : 'code' },
        { text: last ? step.states.B : '', tone: 'accent' },
      ],
    });
  });
  for (const event of step.events)
    out.push(
      line('explain', {
        text: `${' '.repeat(withDo ? NUM_W + 1 : 0)}(${eventWords(event, lang)})`,
        tone: 'warn',
      }),
    );
  return out;
}
