// How much the learner studied, day by day: the heatmap, the streak and the daily
// average. Days are study days (they roll over at 4 am local time, see day.ts).
import { dayKey, studyDayStart } from './day.js';

export const HEATMAP_DAYS = 112; // 16 weeks

export type HeatmapDay = { readonly day: string; readonly reviews: number };

/** Reviews on each of the last 112 study days, oldest first, today last. */
export function heatmap(times: readonly number[], now: number): HeatmapDay[] {
  const perDay = new Map<string, number>();
  for (const at of times) {
    const key = dayKey(at);
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
  }
  return Array.from({ length: HEATMAP_DAYS }, (_, i) => {
    const day = dayKey(studyDayStart(now, i - (HEATMAP_DAYS - 1)));
    return { day, reviews: perDay.get(day) ?? 0 };
  });
}

/** Consecutive study days with a review, ending today, or yesterday if today has none yet. */
export function streak(times: readonly number[], now: number): number {
  const studied = new Set(times.map((at) => dayKey(at)));
  let day = studied.has(dayKey(now)) ? 0 : -1;
  let n = 0;
  while (studied.has(dayKey(studyDayStart(now, day)))) {
    n++;
    day--;
  }
  return n;
}

/** Mean reviews per day studied in the heatmap's window, 1 decimal; 0 without any. */
export function dailyAverage(days: readonly HeatmapDay[]): number {
  const studied = days.filter((d) => d.reviews > 0);
  if (studied.length === 0) return 0;
  const total = studied.reduce((n, d) => n + d.reviews, 0);
  return Math.round((total / studied.length) * 10) / 10;
}
