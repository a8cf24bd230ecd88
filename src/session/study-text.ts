// What the study screens say about the schedule, in both languages: why a queue is empty,
// the session summary, a card shown early, and the line left on the terminal on leaving.
// Pure: every time is passed in.
import type { Lang } from '../content/types.js';
import type { EmptyReason } from '../srs/queue.js';
import type { SessionSummary } from '../srs/session-summary.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

type Text = {
  inTime: (ms: number) => string;
  newLimit: (limit: number, due: number) => string;
  noNew: (due: number) => string;
  reviewLimit: (limit: number, fresh: number) => string;
  nothingDue: (fresh: number) => string;
  nextCard: (when: string) => string;
  noCardYet: string;
  shownEarly: (when: string) => string;
  studied: (cards: number, reviews: number) => string;
  ratings: (again: number, hard: number, good: number, easy: number) => string;
  accuracy: (share: number | null) => string;
  timeSpent: (ms: number) => string;
  leaving: (today: number, next: string) => string;
  dueNow: (n: number) => string;
  nextDue: (when: string) => string;
  nothingScheduled: string;
};

const en: Text = {
  inTime: (ms) =>
    ms < MIN
      ? 'in under a minute'
      : ms < HOUR
        ? `in ${Math.round(ms / MIN)} min`
        : ms < DAY
          ? `in ${Math.round(ms / HOUR)} h`
          : `in ${plural(Math.round(ms / DAY), 'day')}`,
  newLimit: (limit, due) =>
    due > 0
      ? `Daily new limit reached (${limit}): press r for the ${due} due, or raise it in settings.`
      : `Daily new limit reached (${limit}): raise it in settings, or come back tomorrow.`,
  noNew: (due) =>
    due > 0
      ? `No new cards left for today: press r for the ${due} due.`
      : 'No new cards left for today.',
  reviewLimit: (limit, fresh) =>
    `Daily review limit reached (${limit}): raise it in settings` +
    (fresh > 0 ? `, or press n for ${plural(fresh, 'new card')}.` : ', or come back tomorrow.'),
  nothingDue: (fresh) =>
    fresh > 0 ? `Nothing is due: press n for ${plural(fresh, 'new card')}.` : 'Nothing is due.',
  nextCard: (when) => `Next card ${when}.`,
  noCardYet: 'No card studied yet.',
  shownEarly: (when) => `due ${when}, shown early`,
  studied: (cards, reviews) =>
    `${plural(cards, 'card')} studied` +
    (reviews !== cards ? ` (${plural(reviews, 'grade')})` : ''),
  ratings: (again, hard, good, easy) =>
    `Again ${again} · Hard ${hard} · Good ${good} · Easy ${easy}`,
  accuracy: (share) => `Accuracy ${share === null ? '–' : `${Math.round(share * 100)}%`}`,
  timeSpent: (ms) => {
    const { m, s } = minutes(ms);
    return `Time ${m > 0 ? `${m} min ${s} s` : `${s} s`}`;
  },
  leaving: (today, next) => `${plural(today, 'review')} today · ${next}`,
  dueNow: (n) => `${n} due now`,
  nextDue: (when) => `next due ${when}`,
  nothingScheduled: 'nothing scheduled yet',
};

const zh: Text = {
  inTime: (ms) =>
    ms < MIN
      ? '不到 1 分钟后'
      : ms < HOUR
        ? `${Math.round(ms / MIN)} 分钟后`
        : ms < DAY
          ? `${Math.round(ms / HOUR)} 小时后`
          : `${Math.round(ms / DAY)} 天后`,
  newLimit: (limit, due) =>
    due > 0
      ? `今天的新卡上限（${limit}）已到：按 r 复习 ${due} 张到期卡，或在设置里调高上限。`
      : `今天的新卡上限（${limit}）已到：可在设置里调高上限，或明天再来。`,
  noNew: (due) => (due > 0 ? `今天没有新卡了：按 r 复习 ${due} 张到期卡。` : '今天没有新卡了。'),
  reviewLimit: (limit, fresh) =>
    `今天的复习上限（${limit}）已到：可在设置里调高上限` +
    (fresh > 0 ? `，或按 n 学习 ${fresh} 张新卡。` : '，或明天再来。'),
  nothingDue: (fresh) =>
    fresh > 0 ? `没有到期的卡：按 n 学习 ${fresh} 张新卡。` : '没有到期的卡。',
  nextCard: (when) => `下一张卡 ${when}到期。`,
  noCardYet: '还没有学过任何卡片。',
  shownEarly: (when) => `${when}到期，提前显示`,
  studied: (cards, reviews) =>
    `学习了 ${cards} 张卡` + (reviews !== cards ? `（评分 ${reviews} 次）` : ''),
  ratings: (again, hard, good, easy) =>
    `重来 ${again} · 困难 ${hard} · 良好 ${good} · 简单 ${easy}`,
  accuracy: (share) => `正确率 ${share === null ? '–' : `${Math.round(share * 100)}%`}`,
  timeSpent: (ms) => {
    const { m, s } = minutes(ms);
    return `用时 ${m > 0 ? `${m} 分 ${s} 秒` : `${s} 秒`}`;
  },
  leaving: (today, next) => `今天复习 ${today} 次 · ${next}`,
  dueNow: (n) => `${n} 张已到期`,
  nextDue: (when) => `下一张 ${when}到期`,
  nothingScheduled: '还没有安排复习',
};

export function studyText(lang: Lang): Text {
  return lang === 'zh' ? zh : en;
}

/** The sentence that explains an empty queue, with when the next card is due if known. */
export function emptyMessage(reason: EmptyReason, now: number, lang: Lang): string[] {
  const t = studyText(lang);
  switch (reason.kind) {
    case 'new-limit':
      return [t.newLimit(reason.limit, reason.due)];
    case 'review-limit':
      return [t.reviewLimit(reason.limit, reason.new)];
    case 'no-new':
      return [t.noNew(reason.due), ...next(reason.nextDue)];
    case 'nothing-due':
      return [t.nothingDue(reason.new), ...next(reason.nextDue)];
  }
  function next(at: number | undefined): string[] {
    return at === undefined ? [] : [t.nextCard(t.inTime(at - now))];
  }
}

/** The summary's lines: what was studied, the grades, accuracy and time, and what is next. */
export function summaryLines(
  s: SessionSummary,
  nextDue: number | undefined,
  now: number,
  lang: Lang,
): string[] {
  const t = studyText(lang);
  return [
    t.studied(s.cards, s.reviews),
    t.ratings(s.ratings[1], s.ratings[2], s.ratings[3], s.ratings[4]),
    `${t.accuracy(s.accuracy)} · ${t.timeSpent(s.ms)}`,
    ...(nextDue === undefined ? [] : [t.nextCard(t.inTime(nextDue - now))]),
  ];
}

/** "due in 8 min, shown early" for a learning card shown `earlyBy` ms before it is due. */
export function shownEarly(earlyBy: number, lang: Lang): string | undefined {
  if (earlyBy <= 0) return undefined;
  const t = studyText(lang);
  return t.shownEarly(t.inTime(earlyBy));
}

/** The one line left on the normal screen: "12 reviews today · next due in 10 min". */
export function leavingLine(
  o: { readonly reviewsToday: number; readonly dueNow: number; readonly nextDue?: number },
  now: number,
  lang: Lang,
): string {
  const t = studyText(lang);
  const next =
    o.dueNow > 0
      ? t.dueNow(o.dueNow)
      : o.nextDue === undefined
        ? t.nothingScheduled
        : t.nextDue(t.inTime(o.nextDue - now));
  return t.leaving(o.reviewsToday, next);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function minutes(ms: number): { m: number; s: number } {
  const total = Math.round(ms / 1000);
  return { m: Math.floor(total / 60), s: total % 60 };
}
