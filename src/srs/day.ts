// Study days. A day rolls over at 4 am local time, as in Anki, so a late-night session
// still counts as "today". ts-fsrs counts elapsed days on UTC dates; this is only for
// queues, limits, streaks and the forecast.

export const ROLLOVER_HOUR = 4;

/** Epoch ms at which the study day containing `now` began (local time). */
export function dayStart(now: number, rolloverHour = ROLLOVER_HOUR): number {
  const d = new Date(now);
  const back = d.getHours() < rolloverHour ? 1 : 0;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - back, rolloverHour).getTime();
}

/** Start of the study day `days` after the one containing `now` (DST-safe: local fields). */
export function studyDayStart(now: number, days: number, rolloverHour = ROLLOVER_HOUR): number {
  const d = new Date(dayStart(now, rolloverHour));
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, rolloverHour).getTime();
}

/** The study day's calendar date, 'YYYY-MM-DD' (the date on which it began). */
export function dayKey(now: number, rolloverHour = ROLLOVER_HOUR): string {
  const d = new Date(dayStart(now, rolloverHour));
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
