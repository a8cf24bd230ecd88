// The numbers behind `tcp-drill stats` and its --json contract. Everything is scoped to
// the cards passed in (one language's bank), and computed from `now`, never the clock.
import type { Card } from '../content/types.js';
import { dailyAverage, heatmap, streak, type HeatmapDay } from './activity.js';
import { dayStart, studyDayStart } from './day.js';
import { buildQueue, leeches as leechIds } from './queue.js';
import { hardestCards, readiness, readinessTime } from './readiness.js';
import { timeSpentMs } from './review-log.js';
import type { ExtraNewEntry, PracticeEntry, Review } from './review-log.js';
import { AGAIN, LEARNING, NEW, RELEARNING, type CardState } from './scheduler.js';
import type { Settings } from './settings.js';
import { extraNewToday } from './today.js';
import { trueRetention, type TrueRetention } from './true-retention.js';

export const FORECAST_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

export type TopicStats = {
  readonly topic: string;
  readonly cards: number;
  readonly readiness: number;
};

/** Practice answers, counted apart from the scheduled reviews. */
export type PracticeStats = {
  readonly total: number;
  readonly today: number;
  readonly timeMs: number;
};

/** The `stats --json` object: exactly these keys (new keys are only ever added). */
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
  /** Reviews on each of the last 112 study days, oldest first. */
  readonly heatmap: readonly HeatmapDay[];
  /** Up to 20 card ids: most lapses, then lowest predicted recall. */
  readonly hardest: readonly string[];
  /** Mean predicted recall of every card at the readiness time (never-studied cards count 0). */
  readonly readiness: number;
  /** Anki's true retention over the last 30 days, young and mature cards apart. */
  readonly trueRetention30d: TrueRetention;
  /** Mean reviews per day studied, over the heatmap's 112 days. */
  readonly dailyAverage: number;
  /** Time spent answering reviews (the sum of their `ms`), in all and today. */
  readonly timeSpentMs: number;
  readonly timeTodayMs: number;
  readonly practice: PracticeStats;
  /** Ids of suspended cards. */
  readonly suspended: readonly string[];
  /** Cards in learning or relearning steps (counted in dueNow once their step has come). */
  readonly learning: number;
};

export type StatsInput = {
  readonly cards: readonly Card[];
  readonly states: ReadonlyMap<string, CardState>;
  readonly reviews: readonly Review[];
  readonly settings: Settings;
  readonly now: number;
  readonly practice?: readonly PracticeEntry[];
  readonly suspended?: ReadonlySet<string>;
  readonly extraNew?: readonly ExtraNewEntry[];
  /** The interview date (epoch ms), once one is set: readiness is measured then. */
  readonly interviewAt?: number;
};

export function computeStats({
  cards,
  states,
  reviews: allReviews,
  settings,
  now,
  practice: allPractice = [],
  suspended: allSuspended = new Set(),
  extraNew = [],
  interviewAt,
}: StatsInput): Stats {
  const ids = new Set(cards.map((c) => c.id));
  const reviews = allReviews.filter((r) => ids.has(r.card));
  const practice = allPractice.filter((r) => ids.has(r.card));
  const suspended = new Set([...allSuspended].filter((id) => ids.has(id)));
  const start = dayStart(now);
  const known = cards.flatMap((c) => {
    const s = states.get(c.id);
    return s && s.state !== NEW && !suspended.has(c.id) ? [s] : [];
  });
  const queueInput = {
    cards,
    states,
    reviews,
    settings,
    now,
    suspended,
    extraNewToday: extraNewToday(extraNew, now),
  };
  const recent = reviews.filter((r) => r.at > now - 30 * DAY && r.at <= now);
  const times = reviews.map((r) => r.at);
  const days = heatmap(times, now);
  const at = readinessTime(now, interviewAt);
  return {
    totalReviews: reviews.length,
    reviewsToday: reviews.filter((r) => r.at >= start).length,
    // What `r` and `n` would give now (siblings of today's cards buried, within the daily
    // limits), as the home screen counts them: one meaning of "due" and "new" everywhere.
    dueNow: buildQueue({ ...queueInput, mode: 'due' }).length,
    forecast: forecast(known, now),
    newRemaining: buildQueue({ ...queueInput, mode: 'new' }).length,
    retention30d: recent.length
      ? round3(recent.filter((r) => r.rating !== AGAIN).length / recent.length)
      : null,
    streakDays: streak(times, now),
    topics: topics(cards, states, at),
    leeches: leechIds(states).filter((id) => ids.has(id)),
    heatmap: days,
    hardest: hardestCards(cards, states, at, suspended),
    readiness: round3(readiness(cards, states, at)),
    trueRetention30d: trueRetention(reviews, settings, now - 30 * DAY, now),
    dailyAverage: dailyAverage(days),
    timeSpentMs: timeSpentMs(reviews),
    timeTodayMs: timeSpentMs(reviews.filter((r) => r.at >= start)),
    practice: {
      total: practice.length,
      today: practice.filter((r) => r.at >= start).length,
      timeMs: timeSpentMs(practice),
    },
    suspended: cards.filter((c) => suspended.has(c.id)).map((c) => c.id),
    learning: known.filter((s) => s.state === LEARNING || s.state === RELEARNING).length,
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

function topics(
  cards: readonly Card[],
  states: ReadonlyMap<string, CardState>,
  at: number,
): TopicStats[] {
  const byTopic = new Map<string, Card[]>();
  for (const card of cards) {
    const list = byTopic.get(card.topic);
    if (list) list.push(card);
    else byTopic.set(card.topic, [card]);
  }
  return [...byTopic].map(([topic, list]) => ({
    topic,
    cards: list.length,
    readiness: round3(readiness(list, states, at)),
  }));
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
