// The grade bar at 80, 60 and 40 columns, in both languages, with the widest intervals the
// scheduler writes: one row at 80, else two rows by design (Again and Hard over Good and
// Easy), never a grade cut or left alone on a row, never wider than the screen.
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/session/review.js';
import type { Preview } from '../../src/session/trainer.js';
import { intervalLabel } from '../../src/srs/scheduler.js';
import { lineText, lineWidth } from '../../src/ui/layout/lines.js';
import { gradeBarLines } from '../../src/ui/screens/review/review-layout.js';
import { strings } from '../../src/ui/strings.js';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
// The widest label each grade can show: 59 minutes, 23 hours, 11.9 months.
const WIDEST = [59 * MIN, 23 * 60 * MIN, 357 * DAY, 357 * DAY];

function preview(lang: 'en' | 'zh'): Preview {
  const at = (i: number) => ({ label: intervalLabel(WIDEST[i]!, lang), due: 0 });
  return { card: 'x', at: 0, kind: 'review', outcomes: { 1: at(0), 2: at(1), 3: at(2), 4: at(3) } };
}

describe('the grade bar', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`fits at 80, 60 and 40 columns without cutting a grade (${lang})`, () => {
      const t = strings(lang);
      const names = [t.again, t.hard, t.good, t.easy];
      for (const columns of [80, 60, 40]) {
        const width = columns - 2;
        for (const selected of [1, 2, 3, 4] as Rating[]) {
          const rows = gradeBarLines(selected, preview(lang), width, t);
          const texts = rows.map(lineText);
          const at = `${lang} at ${columns}, ${selected} chosen: ${JSON.stringify(texts)}`;
          for (const l of rows) expect(lineWidth(l), at).toBeLessThanOrEqual(width);
          if (columns === 80) expect(rows, at).toHaveLength(1);
          expect(rows.length, at).toBeLessThanOrEqual(2);
          // Each grade whole, on the row its layout gives it: two on each of two rows.
          const rowOf = names.map((name, i) => {
            const whole = `${i + 1} ${name} ${preview(lang).outcomes[(i + 1) as Rating].label}`;
            const row = texts.findIndex((r) => r.includes(whole));
            expect(row, `${at}: ${whole}`).toBeGreaterThanOrEqual(0);
            return row;
          });
          if (rows.length === 2) expect(rowOf, at).toEqual([0, 0, 1, 1]);
        }
      }
    });
  }
});
