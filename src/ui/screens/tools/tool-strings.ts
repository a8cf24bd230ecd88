// Interface text of the stats, settings, practice and card-list screens and the home
// header, in both languages. Kept beside those screens so they grow without touching the
// shell's strings.
import { topicName } from '../../../content/topic-name.js';
import type { Lang } from '../../../content/types.js';
import type { CardStatus } from '../../../srs/card-rows.js';
import type { CardSort } from '../../../session/card-list.js';
import type { SettingRow } from '../../../session/settings-form.js';

const en = {
  // home
  homeDue: (n: number) => `${n} due`,
  homeLearning: (n: number) => `${n} learning`,
  homeNew: (n: number) => `${n} new today`,
  homeStreak: (n: number) => `streak ${n} d`,
  homeReady: 'ready',
  menuStats: 'Stats',
  menuSettings: 'Settings',
  menuPractice: 'Practice (outside the schedule)',
  menuCards: 'Card list',
  // stats
  statsTitle: 'Stats',
  streak: (n: number) => `Streak ${n} day${n === 1 ? '' : 's'}`,
  perDay: (n: number) => `${n} review${n === 1 ? '' : 's'} a study day`,
  time: (all: string, today: string) => `${all} spent (${today} today)`,
  readiness: 'Readiness',
  readinessNote: 'predicted recall tomorrow, all cards',
  trueRetention: 'True retention, 30 days:',
  young: 'young',
  mature: 'mature',
  practice: (n: number, today: number) =>
    `Practice: ${n} answer${n === 1 ? '' : 's'} (${today} today), counted apart`,
  heatmapTitle: 'Reviews, last 16 weeks',
  legend: { less: 'less', more: 'more', max: (n: number) => `(max ${n} a day)` },
  forecastTitle: 'Due, next 14 days',
  today: 'today',
  inDays: (n: number) => `+${n} d`,
  topicsTitle: 'Readiness by topic (recall tomorrow)',
  cardsCount: (n: number) => `${n} cards`,
  hardestTitle: 'Hardest cards: most lapses, then lowest recall',
  hardestKey: 'p practises them',
  lapses: (n: number) => `${n} lapse${n === 1 ? '' : 's'}`,
  none: 'none yet',
  minutes: (m: number) => (m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`),
  // settings
  settingsTitle: 'Settings',
  settingsSaved: 'Saved at once, in the store `tcp-drill settings` uses.',
  settingLabel: {
    newPerDay: 'New cards a day',
    reviewsPerDay: 'Reviews a day',
    learnMore: 'Learn more new today',
    retention: 'Target retention',
    lang: 'Language',
    color: 'Colour',
  } satisfies Record<SettingRow, string>,
  learnMoreValue: (n: number) => `+${n}  (Enter: today only)`,
  learnMoreDone: (n: number, left: number) =>
    `Today's limit raised by ${n}: ${left} new cards now.`,
  retentionCost: (n: number) => `≈ ${n} reviews a day`,
  langName: { en: 'English', zh: '中文' } satisfies Record<Lang, string>,
  langAuto: (name: string) => `auto (${name})`,
  colorName: { auto: 'auto', on: 'on', off: 'off' },
  // practice
  practiceTitle: 'Practice',
  practiceNote: 'Graded as usual, logged as practice: no schedule or daily count changes.',
  topicRow: (topic: string) => `Topic: ${topic}`,
  deckRow: (title: string) => `Deck: ${title}`,
  failedRow: "Today's failed cards",
  hardestRow: 'The hardest 20',
  randomRow: (n: number) => `${n} random cards`,
  nothingToPractise: 'Nothing to practise there yet.',
  practiceBanner: 'Practice: not scheduled, counted apart',
  // card list
  cardsTitle: 'Cards',
  filterAll: 'all cards',
  filterDeck: (title: string) => `deck ${title}`,
  filterTopic: (topic: string) => `topic ${topic}`,
  sortName: { due: 'due', lapses: 'lapses', id: 'id' } satisfies Record<CardSort, string>,
  listStatus: (shown: number, filter: string, sort: string) => `${shown} · ${filter} · by ${sort}`,
  searchPrompt: 'Search: ',
  status: {
    new: 'new',
    learning: 'learning',
    review: 'review',
    suspended: 'suspended',
  } satisfies Record<CardStatus, string>,
  columns: { deck: 'deck', id: 'id', type: 'type', state: 'state', due: 'due', lapses: 'lapses' },
  noDue: '–',
  noMatch: 'No card matches.',
  suspendedNow: (id: string) => `${id} suspended: it is not scheduled until restored (!).`,
  restoredNow: (id: string) => `${id} restored: it is scheduled again.`,
  question: 'Question',
  answer: 'Answer',
};

type Text<T> = T extends (...a: infer A) => string
  ? (...a: A) => string
  : T extends string
    ? string
    : { readonly [K in keyof T]: Text<T[K]> };

export type ToolStrings = { readonly [K in keyof typeof en]: Text<(typeof en)[K]> };

const zh: ToolStrings = {
  homeDue: (n) => `${n} 到期`,
  homeLearning: (n) => `${n} 学习中`,
  homeNew: (n) => `今日 ${n} 新卡`,
  homeStreak: (n) => `连续 ${n} 天`,
  homeReady: '掌握',
  menuStats: '统计',
  menuSettings: '设置',
  menuPractice: '练习（不影响排程）',
  menuCards: '卡片列表',
  statsTitle: '统计',
  streak: (n) => `连续 ${n} 天`,
  perDay: (n) => `每个学习日 ${n} 次复习`,
  time: (all, today) => `共用时 ${all}（今天 ${today}）`,
  readiness: '掌握度',
  readinessNote: '全部卡片明天的预测回忆率',
  trueRetention: '真实保持率（30 天）：',
  young: '未成熟',
  mature: '成熟',
  practice: (n, today) => `练习：${n} 次（今天 ${today} 次），另计`,
  heatmapTitle: '复习记录（近 16 周）',
  legend: { less: '少', more: '多', max: (n) => `（单日最多 ${n}）` },
  forecastTitle: '未来 14 天到期',
  today: '今天',
  inDays: (n) => `${n} 天后`,
  topicsTitle: '各主题掌握度（明天的回忆率）',
  cardsCount: (n) => `${n} 张`,
  hardestTitle: '最难的卡：遗忘最多，其次回忆率最低',
  hardestKey: '按 p 练习',
  lapses: (n) => `遗忘 ${n} 次`,
  none: '暂无',
  minutes: (m) => (m < 60 ? `${m} 分钟` : `${Math.floor(m / 60)} 小时 ${m % 60} 分钟`),
  settingsTitle: '设置',
  settingsSaved: '即时保存，与 `tcp-drill settings` 使用同一存储。',
  settingLabel: {
    newPerDay: '每日新卡',
    reviewsPerDay: '每日复习',
    learnMore: '今天多学新卡',
    retention: '目标保持率',
    lang: '语言',
    color: '颜色',
  },
  learnMoreValue: (n) => `+${n}（Enter：仅限今天）`,
  learnMoreDone: (n, left) => `今日上限已提高 ${n}：现在有 ${left} 张新卡。`,
  retentionCost: (n) => `约每天 ${n} 次复习`,
  langName: { en: 'English', zh: '中文' },
  langAuto: (name) => `自动（${name}）`,
  colorName: { auto: '自动', on: '开', off: '关' },
  practiceTitle: '练习',
  practiceNote: '照常评分，记为练习：不改变排程，也不计入每日数量。',
  topicRow: (topic) => `主题：${topicName(topic, 'zh')}`,
  deckRow: (title) => `卡组：${title}`,
  failedRow: '今天答错的卡',
  hardestRow: '最难的 20 张',
  randomRow: (n) => `随机 ${n} 张`,
  nothingToPractise: '这里还没有可练习的卡。',
  practiceBanner: '练习：不影响排程，另计',
  cardsTitle: '卡片',
  filterAll: '全部卡片',
  filterDeck: (title) => `卡组 ${title}`,
  filterTopic: (topic) => `主题 ${topicName(topic, 'zh')}`,
  sortName: { due: '到期', lapses: '遗忘', id: '编号' },
  listStatus: (shown, filter, sort) => `${shown} 张 · ${filter} · 按${sort}排序`,
  searchPrompt: '搜索：',
  status: { new: '新卡', learning: '学习中', review: '复习', suspended: '已暂停' },
  columns: { deck: '卡组', id: '编号', type: '类型', state: '状态', due: '到期', lapses: '遗忘' },
  noDue: '–',
  noMatch: '没有匹配的卡片。',
  suspendedNow: (id) => `${id} 已暂停：恢复（!）之前不会安排复习。`,
  restoredNow: (id) => `${id} 已恢复：会重新安排复习。`,
  question: '问题',
  answer: '答案',
};

export function toolStrings(lang: Lang): ToolStrings {
  return lang === 'zh' ? zh : en;
}
