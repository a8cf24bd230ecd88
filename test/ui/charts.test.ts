import { describe, expect, it } from 'vitest';
import { heatmap } from '../../src/srs/activity.js';
import { stringWidth } from '../../src/text/width.js';
import {
  bar,
  densityLevel,
  forecastRows,
  heatmapRows,
  rowText,
  rowWidth,
} from '../../src/ui/layout/charts.js';

const NOON = new Date(2026, 2, 10, 12).getTime(); // a Tuesday
const DAY = 24 * 3_600_000;
const legend = { less: 'less', more: 'more', max: (n: number) => `(max ${n} a day)` };

describe('heatmapRows', () => {
  const times = [NOON, NOON, NOON, NOON, NOON - DAY, NOON - 8 * DAY, NOON - 111 * DAY];
  const rows = heatmapRows(heatmap(times, NOON), 'en', legend);

  it('draws months, seven weekdays (Monday first) and a legend, in density characters', () => {
    const text = rows.map(rowText);
    expect(text).toHaveLength(9);
    expect(text[0]).toMatch(/^ +Dec +Jan +Feb +Mar$/); // November began before the window
    expect(text.slice(1, 8).map((t) => t.slice(0, 3))).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    // Today (a Tuesday, the busiest day) ends the Tuesday row in the darkest shade;
    // yesterday, with a quarter of that, in the lightest; the rest of this week is blank.
    expect(text[2]!.trimEnd().endsWith('█')).toBe(true);
    expect(text[1]!.trimEnd().endsWith('░')).toBe(true);
    expect(text[3]!.trimEnd().endsWith('·')).toBe(true); // last Wednesday, no reviews
    expect(text[8]).toBe('    less · ░ ▒ ▓ █ more  (max 4 a day)');
    for (const r of rows) expect(rowWidth(r)).toBeLessThanOrEqual(40);
  });

  it('names months in Chinese without breaking the columns', () => {
    const zh = heatmapRows(heatmap(times, NOON), 'zh', { ...legend, less: '少', more: '多' });
    expect(rowText(zh[0]!)).toMatch(/^ +12月 +1月 +2月 +3月$/);
    expect(rowText(zh[1]!).startsWith('一 ')).toBe(true);
    const widths = zh.slice(1, 8).map((r) => stringWidth(rowText(r).trimEnd()));
    expect(Math.max(...widths)).toBeLessThanOrEqual(3 + 17 * 2);
  });

  it('grades density by quarters of the busiest day', () => {
    expect([0, 1, 25, 26, 50, 99, 100].map((n) => densityLevel(n, 100))).toEqual([
      0, 1, 1, 2, 2, 4, 4,
    ]);
  });
});

describe('forecastRows', () => {
  it('draws bars as tall as the counts, with the counts and the ends of the range below', () => {
    const counts = [8, 4, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    const rows = forecastRows(counts, { height: 2, width: 60, today: 'today', last: '+13d' });
    const text = rows.map(rowText);
    expect(text).toHaveLength(4);
    // 8 fills both rows; 4 fills the bottom one; an empty day shows a dot on the floor.
    expect(text[0]!.slice(0, 3)).toBe('███');
    expect(text[1]!.slice(0, 11)).toBe('███ ███ ···');
    expect(text[2]!.startsWith('  8   4   0   2')).toBe(true);
    expect(text[3]!.startsWith('today')).toBe(true);
    expect(text[3]!.endsWith('+13d')).toBe(true);
    for (const r of rows) expect(rowWidth(r)).toBeLessThanOrEqual(60);
    const narrow = forecastRows(counts, { height: 2, width: 28, today: 'today', last: '+13d' });
    for (const r of narrow) expect(rowWidth(r)).toBeLessThanOrEqual(28);
  });
});

describe('bar', () => {
  it('fills its share with █ and the rest with ░', () => {
    expect(rowText(bar(0.25, 8))).toBe('██░░░░░░');
    expect(rowText(bar(2, 4))).toBe('████');
  });
});
