// `tcp-drill stats`: progress at a glance in at most 80 columns, or with --json one line
// holding exactly the keys of Stats (a contract for scripts). Needs no terminal.
import type { Lang } from '../content/types.js';
import { computeStats, type Stats } from '../srs/stats.js';
import { padEnd, stringWidth, truncateEnd, wrap } from '../text/width.js';
import { inertJson } from '../text/escape.js';
import { safe } from './say.js';
import { withProgress } from './with-progress.js';

export async function runStats(
  opts: { json: boolean; lang: Lang },
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const { builtinBank } = await import('../content/builtin.js');
  const cards = builtinBank.cards.filter((c) => c.lang === opts.lang);
  const now = Date.now();
  // Only reads: works in a read-only folder, and creates none on a machine that never trained.
  return withProgress({ write: false, env, now }, (store) => {
    const stats = computeStats({
      cards,
      states: store.states(),
      reviews: store.reviews(),
      settings: store.settings,
      now,
    });
    // Card ids come from the log, which may come from someone else's export.
    process.stdout.write(opts.json ? `${inertJson(stats)}\n` : safe(formatStats(stats, opts.lang)));
    return 0;
  });
}

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
    topics: 'Readiness by topic (predicted recall)',
    cards: (n: number) => `${n} card${n === 1 ? '' : 's'}`,
    leeches: 'Leeches (forgotten 8+ times; worth rewriting)',
    none: 'none yet',
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
    topics: '各主题掌握度（预测回忆率）',
    cards: (n: number) => `${n} 张`,
    leeches: '顽固卡（遗忘 8 次以上，建议改写）',
    none: '暂无',
  },
} as const;

/** The text report: every line fits in 80 columns. */
export function formatStats(stats: Stats, lang: Lang): string {
  const t = LABELS[lang];
  const label = (text: string) => padEnd(text, 14);
  const lines = [
    t.title,
    '',
    `${label(t.reviews)}${padEnd(t.reviewsValue(stats.totalReviews, stats.reviewsToday), 28)}${label(t.streak)}${t.days(stats.streakDays)}`,
    `${label(t.due)}${padEnd(String(stats.dueNow), 28)}${label(t.newLeft)}${t.left(stats.newRemaining)}`,
    `${label(t.retention)}${t.retentionValue(stats.retention30d)}`,
    `${label(t.forecast)}${sparkline(stats.forecast)}  ${t.forecastValue(stats.forecast[0] ?? 0, sum(stats.forecast))}`,
    '',
    t.topics,
  ];
  const topicWidth = Math.min(24, Math.max(0, ...stats.topics.map((x) => stringWidth(x.topic))));
  for (const topic of stats.topics) {
    const name = padEnd(truncateEnd(topic.topic, topicWidth), topicWidth);
    lines.push(
      `  ${name}  ${bar(topic.readiness)}  ${pct(topic.readiness).padStart(4)}  ${t.cards(topic.cards)}`,
    );
  }
  if (stats.topics.length === 0) lines.push(`  ${t.none}`);
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

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
