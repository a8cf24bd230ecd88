// The Stats screen's plots, drawn in text characters. Density and height carry the
// meaning (· ░ ▒ ▓ █, ▁ … █), so they read the same under NO_COLOR; a tone only helps.
// Pure: numbers in, rows of spans out, measured in terminal columns.
import type { Lang } from '../../content/types.js';
import type { HeatmapDay } from '../../srs/activity.js';
import { padEnd, stringWidth } from '../../text/width.js';
import type { Span } from './lines.js';

export type ChartRow = readonly Span[];

/** Heatmap cells from none to busiest: a dot for a day without reviews, then four shades. */
export const DENSITY = ['·', '░', '▒', '▓', '█'] as const;

const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  zh: ['一', '二', '三', '四', '五', '六', '日'],
};
const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

function month(m: number, lang: Lang): string {
  return lang === 'zh' ? `${m + 1}月` : MONTHS_EN[m]!;
}

function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** 0 for no reviews, else 1–4 by quarter of the busiest day. */
export function densityLevel(reviews: number, max: number): number {
  return reviews <= 0 || max <= 0 ? 0 : Math.min(4, Math.max(1, Math.ceil((4 * reviews) / max)));
}

/**
 * A calendar: one column per week (Monday on top), one row per weekday, months named above,
 * and a legend below. 16 weeks take 17 columns when they do not start on a Monday.
 *
 *         Nov     Dec       Jan
 *   Mon   · · ░ ▒ █ · ·  …
 *   …
 *   less · ░ ▒ ▓ █ more (busiest day: 42)
 */
export function heatmapRows(
  days: readonly HeatmapDay[],
  lang: Lang,
  legend: { readonly less: string; readonly more: string; readonly max: (n: number) => string },
): ChartRow[] {
  if (days.length === 0) return [];
  const labels = WEEKDAYS[lang];
  const labelWidth = Math.max(...labels.map((l) => stringWidth(l))) + 1;
  const first = (parseDay(days[0]!.day).getDay() + 6) % 7;
  const columns = Math.ceil((first + days.length) / 7);
  const max = Math.max(0, ...days.map((d) => d.reviews));
  const grid: (HeatmapDay | undefined)[][] = Array.from({ length: 7 }, () =>
    new Array<HeatmapDay | undefined>(columns).fill(undefined),
  );
  days.forEach((d, i) => {
    grid[(first + i) % 7]![Math.floor((first + i) / 7)] = d;
  });
  let months = ' '.repeat(labelWidth);
  let lastMonth = -1;
  for (let col = 0; col < columns; col++) {
    const inColumn = grid.map((row) => row[col]).filter((d): d is HeatmapDay => d !== undefined);
    // A month is named over the week it starts in (not over a partial first month).
    const starts = inColumn.find((d) => parseDay(d.day).getDate() <= 7);
    if (!starts) continue;
    const m = parseDay(starts.day).getMonth();
    const at = labelWidth + col * 2;
    // One space at least after the previous month's name.
    if (m === lastMonth || (lastMonth >= 0 && stringWidth(months) >= at)) continue;
    months = padEnd(months, at) + month(m, lang);
    lastMonth = m;
  }
  const rows: ChartRow[] = [[{ text: months.trimEnd(), tone: 'muted' }]];
  grid.forEach((week, wd) => {
    const spans: Span[] = [{ text: padEnd(labels[wd]!, labelWidth), tone: 'muted' }];
    week.forEach((d, col) => {
      const level = d ? densityLevel(d.reviews, max) : -1;
      const text = level < 0 ? ' ' : DENSITY[level]!;
      spans.push({ text: col === 0 ? text : ` ${text}`, tone: level > 0 ? 'good' : 'muted' });
    });
    rows.push(spans);
  });
  rows.push([
    { text: `${' '.repeat(labelWidth)}${legend.less} `, tone: 'muted' },
    ...DENSITY.map((c, i): Span => ({
      text: i === 0 ? c : ` ${c}`,
      tone: i > 0 ? 'good' : 'muted',
    })),
    { text: ` ${legend.more}  ${legend.max(max)}`, tone: 'muted' },
  ]);
  return rows;
}

const EIGHTHS = ' ▁▂▃▄▅▆▇█';

/**
 * Bars of cards due per day, `height` rows tall, each bar `barWidth` columns with one
 * space between; the count under each bar, and the first and last day named below.
 */
export function forecastRows(
  counts: readonly number[],
  opts: {
    readonly height: number;
    readonly width: number;
    readonly today: string;
    readonly last: string;
  },
): ChartRow[] {
  const n = counts.length;
  if (n === 0) return [];
  // Wide enough for the counts, and within the width given.
  const digits = Math.max(1, ...counts.map((c) => String(c).length));
  const cell = Math.max(digits, Math.min(3, Math.floor((opts.width + 1) / n) - 1));
  const max = Math.max(1, ...counts);
  const rows: ChartRow[] = [];
  for (let r = opts.height - 1; r >= 0; r--) {
    const spans: Span[] = counts.map((c, i) => {
      const eighths = Math.round((c / max) * opts.height * 8) - r * 8;
      const ch = eighths >= 8 ? '█' : eighths > 0 ? EIGHTHS[eighths]! : ' ';
      // A day with nothing due still shows on the floor, so the axis is never blank.
      const shown = r === 0 && c === 0 ? '·' : ch;
      return { text: (i === 0 ? '' : ' ') + shown.repeat(cell), tone: i === 0 ? 'accent' : 'good' };
    });
    rows.push(spans);
  }
  rows.push([
    {
      text: counts.map((c) => String(c).padStart(cell)).join(' '),
      tone: 'muted',
    },
  ]);
  const span = n * cell + (n - 1);
  const ends = `${opts.today}${' '.repeat(Math.max(1, span - stringWidth(opts.today) - stringWidth(opts.last)))}${opts.last}`;
  rows.push([{ text: ends, tone: 'muted' }]);
  return rows;
}

/** A bar `width` columns wide: █ for the share, ░ for the rest (no colour needed). */
export function bar(fraction: number, width: number): Span[] {
  const full = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return [
    { text: '█'.repeat(full), tone: fraction < 0.5 ? 'warn' : 'good' },
    { text: '░'.repeat(width - full), tone: 'muted' },
  ];
}

export function rowWidth(row: ChartRow): number {
  return row.reduce((w, s) => w + stringWidth(s.text), 0);
}

export function rowText(row: ChartRow): string {
  return row.map((s) => s.text).join('');
}
