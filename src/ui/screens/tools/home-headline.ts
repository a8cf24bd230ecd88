// The line under the home title: due, learning, new today, the streak and overall
// readiness as one bar, counted as `tcp-drill stats` counts them. Parts are dropped from
// the end when the terminal is narrow, the bar first shrinks.
import type { Lang } from '../../../content/types.js';
import type { Stats } from '../../../srs/stats.js';
import { stringWidth } from '../../../text/width.js';
import { bar } from '../../layout/charts.js';
import { line } from '../../layout/lines.js';
import type { Line, Span } from '../../layout/lines.js';
import { toolStrings } from './tool-strings.js';

export function homeHeadline(stats: Stats, lang: Lang, width: number): Line {
  const s = toolStrings(lang);
  const sep: Span = { text: ' · ', tone: 'muted' };
  const counts: Span[][] = [
    [{ text: s.homeDue(stats.dueNow), tone: 'warn' }],
    [{ text: s.homeLearning(stats.learning), tone: 'accent' }],
    [{ text: s.homeNew(stats.newRemaining), tone: 'accent' }],
    [{ text: s.homeStreak(stats.streakDays), tone: 'muted' }],
  ];
  const used = (parts: Span[][]) =>
    parts.reduce((w, p, i) => w + (i > 0 ? 3 : 0) + stringWidth(p.map((x) => x.text).join('')), 0);
  const pct = ` ${Math.round(stats.readiness * 100)}%`;
  const label = `${s.homeReady} `;
  let parts = counts;
  while (parts.length > 1 && used(parts) + 3 + stringWidth(label) + 4 + pct.length > width)
    parts = parts.slice(0, -1);
  const room = width - used(parts) - 3 - stringWidth(label) - pct.length;
  const ready: Span[] =
    room >= 4
      ? [
          { text: label },
          ...bar(stats.readiness, Math.min(12, room)),
          { text: pct, tone: 'accent' },
        ]
      : [];
  const spans = parts.flatMap((p, i) => (i > 0 ? [sep, ...p] : p));
  return line('title', ...spans, ...(ready.length > 0 ? [sep, ...ready] : []));
}
