// The numbers behind `tcp-drill stats` and its --json contract. Everything is scoped to
// the cards passed in (one language's bank), and computed from `now`, never the clock.
import type { Card } from '../content/types.js';
import { dayKey, dayStart, studyDayStart } from './day.js';
import { buildQueue, leeches as leechIds } from './queue.js';
import type { Review } from './review-log.js';
import { AGAIN, NEW, retrievability, type CardState } from './scheduler.js';
import type { Settings } from './settings.js';

export const FORECAST_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

export type TopicStats = {
  readonly topic: string;
  readonly cards: number;
  readonly readiness: number;
};

/** The `stats --json` object: exactly these keys. */
export type Stats = {
  readonly totalReviews: number;
  readonly reviewsToday: number;
  readonly dueNow: number;
  /** Cards due on each of the next 14 study days; day 0 is today and includes overdue cards. */
  readonly forecast: readonly number[];
  readonly newRemaining: number;
  /** Share of the last 30 days' reviews not rated Again, 3 decimals; null without reviews. */
  readonly retention30d: number | null;
  readonly streakDays: number;
  readonly topics: readonly TopicStats[];
  readonly leeches: readonly string[];
};

export type StatsInput = {
  readonly cards: readonly Card[];
  readonly states: ReadonlyMap<string, CardState>;
  readonly reviews: readonly Review[];
  readonly settings: Settings;
  readonly now: number;
};

export function computeStats({
  cards,
  states,
  reviews: allReviews,
  settings,
  now,
}: StatsInput): Stats {
  const ids = new Set(cards.map((c) => c.id));
  const reviews = allReviews.filter((r) => ids.has(r.card));
  const start = dayStart(now);
  const known = cards.flatMap((c) => {
    const s = states.get(c.id);
    return s && s.state !== NEW ? [s] : [];
  });
  const recent = reviews.filter((r) => r.at > now - 30 * DAY && r.at <= now);
  return {
    totalReviews: reviews.length,
    reviewsToday: reviews.filter((r) => r.at >= start).length,
    dueNow: known.filter((s) => s.due <= now).length,
    forecast: forecast(known, now),
    // What `n` would give now (siblings of today's cards buried), as the home screen counts it.
    newRemaining: buildQueue({ cards, states, reviews, settings, now, mode: 'new' }).length,
    retention30d: recent.length
      ? round3(recent.filter((r) => r.rating !== AGAIN).length / recent.length)
      : null,
    streakDays: streak(reviews, now),
    topics: topics(cards, states, now),
    leeches: leechIds(states).filter((id) => ids.has(id)),
  };
}

function forecast(known: readonly CardState[], now: number): number[] {
  const bounds = Array.from({ length: FORECAST_DAYS }, (_, i) => studyDayStart(now, i + 1));
  const days = new Array<number>(FORECAST_DAYS).fill(0);
  for (const s of known) {
    const i = bounds.findIndex((end) => s.due < end);
    if (i >= 0) days[i]!++;
  }
  return days;
}

function streak(reviews: readonly Review[], now: number): number {
  const studied = new Set(reviews.map((r) => dayKey(r.at)));
  // A streak is still alive until today ends, so it may end yesterday.
  let day = studied.has(dayKey(now)) ? 0 : -1;
  let n = 0;
  while (studied.has(dayKey(studyDayStart(now, day)))) {
    n++;
    day--;
  }
  return n;
}

function topics(
  cards: readonly Card[],
  states: ReadonlyMap<string, CardState>,
  now: number,
): TopicStats[] {
  const sums = new Map<string, { cards: number; recall: number }>();
  for (const card of cards) {
    const s = states.get(card.id);
    const t = sums.get(card.topic) ?? { cards: 0, recall: 0 };
    t.cards++;
    t.recall += s ? retrievability(s, now) : 0;
    sums.set(card.topic, t);
  }
  return [...sums].map(([topic, t]) => ({
    topic,
    cards: t.cards,
    readiness: round3(t.recall / t.cards),
  }));
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
