// A screen's one-line header: the breadcrumb on the left, cut to leave room for what is
// on the right (a card counter, the counts left).
import { padEnd, stringWidth, truncateEnd } from '../../text/width.js';
import { line } from './lines.js';
import type { Line } from './lines.js';

export function headerLine(left: string, right: string, width: number): Line {
  const room = Math.max(0, width - stringWidth(right) - 1);
  return line('header', {
    text: `${padEnd(truncateEnd(left, room), room)} ${right}`,
    tone: 'muted',
  });
}
