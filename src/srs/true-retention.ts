// Anki's "true retention": of the cards that came up for review, how many were recalled.
// Only the first review of each card on each study day counts, and learning and
// relearning steps do not (they are minutes apart and say little about memory). A card is
// mature when its interval before the review was 21 days or more, young below that.
import { dayKey } from './day.js';
import { chronological, type Review } from './review-log.js';
import { AGAIN, REVIEW, grade, type CardState, type SchedulerSettings } from './scheduler.js';

export const MATURE_DAYS = 21;

export type RetentionCount = {
  /** Reviews counted. */
  readonly reviews: number;
  /** Share of them not rated Again, 3 decimals; null with none. */
  readonly rate: number | null;
};

export type TrueRetention = { readonly young: RetentionCount; readonly mature: RetentionCount };

/** True retention over the reviews made in [from, to]; the whole history is replayed. */
export function trueRetention(
  reviews: readonly Review[],
  settings: SchedulerSettings,
  from: number,
  to: number,
): TrueRetention {
  const tally = { young: { n: 0, pass: 0 }, mature: { n: 0, pass: 0 } };
  const byCard = new Map<string, { state: CardState | undefined; lastDay: string }>();
  for (const r of chronological(reviews)) {
    const seen = byCard.get(r.card) ?? { state: undefined, lastDay: '' };
    const before = seen.state;
    const day = dayKey(r.at);
    if (r.at >= from && r.at <= to && before?.state === REVIEW && day !== seen.lastDay) {
      const t = before.scheduled_days >= MATURE_DAYS ? tally.mature : tally.young;
      t.n++;
      if (r.rating !== AGAIN) t.pass++;
    }
    byCard.set(r.card, { state: grade(before, r.rating, r.at, settings), lastDay: day });
  }
  const count = ({ n, pass }: { n: number; pass: number }): RetentionCount => ({
    reviews: n,
    rate: n ? Math.round((pass / n) * 1000) / 1000 : null,
  });
  return { young: count(tally.young), mature: count(tally.mature) };
}
