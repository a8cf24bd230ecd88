// The text report of `tcp-drill stats`: progress at a glance in at most 80 columns.
import { topicName } from '../content/topic-name.js';
import type { Lang } from '../content/types.js';
import type { Stats } from '../srs/stats.js';
import { padEnd, stringWidth, truncateEnd, wrap } from '../text/width.js';

const WIDTH = 80;
const BAR = 20;
const LEVELS = ' ▁▂▃▄▅▆▇█';

const LABELS = {
  en: {
    title: 'tcp-drill stats',
    reviews: 'Reviews',
    reviewsValue: (all: number, today: number) => `${all} in all, ${today} today`,
    streak: 'Streak',
    days: (n: number) => `${n} day${n === 1 ? '' : 's'}`,
    due: 'Due now',
    newLeft: 'New today',
    left: (n: number) => `${n} left`,
    retention: 'Retention',
    retentionValue: (r: number | null) =>
      r === null ? 'no reviews in the last 30 days' : `${pct(r, 1)} of reviews in the last 30 days`,
    forecast: 'Next 14 days',
    forecastValue: (today: number, all: number) => `${today} today, ${all} in all`,
    topics: 'Readiness by topic (predicted recall tomorrow)',
    cards: (n: number) => `${n} card${n === 1 ? '' : 's'}`,
    leeches: 'Leeches (forgotten 8+ times; worth rewriting)',
    none: 'none yet',
    readiness: 'Readiness',
    readinessValue: (r: number) => `${pct(r)} predicted recall tomorrow, all cards`,
    trueRetention: 'True retention',
    young: 'young',
    mature: 'mature',
    time: 'Time spent',
    timeValue: (all: number, today: number, avg: number) =>
      `${duration(all, 'en')} in all, ${duration(today, 'en')} today, ${avg} reviews a study day`,
    practice: 'Practice',
    practiceValue: (all: number, today: number) =>
      `${all} answer${all === 1 ? '' : 's'}, ${today} today (apart)`,
    hardest: 'Hardest cards (most lapses, then lowest recall)',
  },
  zh: {
    title: 'tcp-drill 学习统计',
    reviews: '复习',
    reviewsValue: (all: number, today: number) => `共 ${all} 次，今天 ${today} 次`,
    streak: '连续',
    days: (n: number) => `${n} 天`,
    due: '现在到期',
    newLeft: '今日新卡',
    left: (n: number) => `还剩 ${n}`,
    retention: '记忆保持率',
    retentionValue: (r: number | null) =>
      r === null ? '近 30 天没有复习' : `近 30 天 ${pct(r, 1)}`,
    forecast: '未来 14 天',
    forecastValue: (today: number, all: number) => `今天 ${today}，共 ${all}`,
    topics: '各主题掌握度（明天的预测回忆率）',
    cards: (n: number) => `${n} 张`,
    leeches: '顽固卡（遗忘 8 次以上，建议改写）',
    none: '暂无',
    readiness: '掌握度',
    readinessValue: (r: number) => `全部卡片明天的预测回忆率 ${pct(r)}`,
    trueRetention: '真实保持率',
    young: '未成熟',
    mature: '成熟',
    time: '学习时间',
    timeValue: (all: number, today: number, avg: number) =>
      `共 ${duration(all, 'zh')}，今天 ${duration(today, 'zh')}，每个学习日平均 ${avg} 次`,
    practice: '练习',
    practiceValue: (all: number, today: number) => `${all} 次，今天 ${today} 次（另计）`,
    hardest: '最难的卡（遗忘最多，其次回忆率最低）',
  },
} as const;

/** The text report: every line fits in 80 columns. */
export function formatStats(stats: Stats, lang: Lang): string {
  const t = LABELS[lang];
  const label = (text: string) => padEnd(text, 16);
  const lines = [
    t.title,
    '',
    `${label(t.reviews)}${padEnd(t.reviewsValue(stats.totalReviews, stats.reviewsToday), 26)}${label(t.streak)}${t.days(stats.streakDays)}`,
    `${label(t.due)}${padEnd(String(stats.dueNow), 26)}${label(t.newLeft)}${t.left(stats.newRemaining)}`,
    `${label(t.retention)}${t.retentionValue(stats.retention30d)}`,
    `${label(t.trueRetention)}${t.young} ${rate(stats.trueRetention30d.young)}   ${t.mature} ${rate(stats.trueRetention30d.mature)}`,
    `${label(t.readiness)}${t.readinessValue(stats.readiness)}`,
    `${label(t.time)}${t.timeValue(stats.timeSpentMs, stats.timeTodayMs, stats.dailyAverage)}`,
    `${label(t.practice)}${t.practiceValue(stats.practice.total, stats.practice.today)}`,
    `${label(t.forecast)}${sparkline(stats.forecast)}  ${t.forecastValue(stats.forecast[0] ?? 0, sum(stats.forecast))}`,
    '',
    t.topics,
  ];
  const topicWidth = Math.min(
    24,
    Math.max(0, ...stats.topics.map((x) => stringWidth(topicName(x.topic, lang)))),
  );
  for (const topic of stats.topics) {
    const name = padEnd(truncateEnd(topicName(topic.topic, lang), topicWidth), topicWidth);
    lines.push(
      `  ${name}  ${bar(topic.readiness)}  ${pct(topic.readiness).padStart(4)}  ${t.cards(topic.cards)}`,
    );
  }
  if (stats.topics.length === 0) lines.push(`  ${t.none}`);
  lines.push('', t.hardest);
  const hardest = stats.hardest.length ? stats.hardest.join(', ') : t.none;
  for (const line of wrap(hardest, WIDTH - 2)) lines.push(`  ${line}`);
  lines.push('', t.leeches);
  const leeches = stats.leeches.length ? stats.leeches.join(', ') : t.none;
  for (const line of wrap(leeches, WIDTH - 2)) lines.push(`  ${line}`);
  return `${lines.join('\n')}\n`;
}

/** One character per day, its height relative to the busiest day; '·' marks a free day. */
function sparkline(days: readonly number[]): string {
  const max = Math.max(1, ...days);
  return days.map((n) => (n === 0 ? '·' : LEVELS[Math.max(1, Math.ceil((n / max) * 8))])).join('');
}

function bar(fraction: number): string {
  const full = Math.round(Math.min(1, Math.max(0, fraction)) * BAR);
  return '█'.repeat(full) + '░'.repeat(BAR - full);
}

function pct(fraction: number, decimals = 0): string {
  return `${(fraction * 100).toFixed(decimals)}%`;
}

/** A true-retention figure: the rate and how many reviews it rests on. */
function rate(r: { readonly reviews: number; readonly rate: number | null }): string {
  return r.rate === null ? '–' : `${pct(r.rate, 1)} (${r.reviews})`;
}

/** '12 min', '2 h 5 min' (or 分钟/小时): time spent, to the minute. */
export function duration(ms: number, lang: Lang): string {
  const m = Math.round(ms / 60_000);
  const [h, min] = lang === 'zh' ? [' 小时 ', ' 分钟'] : [' h ', ' min'];
  return m < 60 ? `${m}${min}` : `${Math.floor(m / 60)}${h}${m % 60}${min}`;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
