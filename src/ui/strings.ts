// Interface text in both languages. Card text comes from the decks, not from here.
import type { Lang } from '../content/types.js';

const en = {
  appTitle: 'tcp-drill',
  tagline: 'TCP handshakes, teardowns and socket states',
  decks: 'Decks',
  cards: 'cards',
  due: 'due',
  new: 'new',
  learnNew: 'Learn new cards',
  reviewDue: 'Review due cards',
  browseDeck: (title: string) => `Browse: ${title}`,
  question: 'Question',
  answer: 'Answer',
  yourAnswer: 'Your answer: ',
  typeHere: 'type, then Enter; Enter alone gives up',
  right: '✓ right',
  wrong: '✗ wrong',
  near: '~ almost: check the spelling',
  gaveUp: '✗ given up: graded Again',
  expected: 'Expected: ',
  accepted: 'Accepted: ',
  rightOrder: 'The right order:',
  youPicked: (what: string) => `You picked ${what}; the diagram shows the answer.`,
  source: 'Source: ',
  why: 'Why',
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
  nothingDue: 'Nothing to study here right now.',
  sessionDone: 'Session complete',
  reviewed: 'cards graded',
  pickOrder: 'Press the numbers in the right order.',
  pickOne: 'Press the number of your answer.',
  tooSmall: (w: number, h: number, mw: number, mh: number) =>
    `Terminal too small: ${w}×${h}. Make it at least ${mw}×${mh}, or press q.`,
  cardOf: (i: number, n: number) => `card ${i} of ${n}`,
  /** What is left in a session, kept apart so a learning step coming round adds to none. */
  left: (fresh: number, learning: number, review: number) =>
    `${fresh} new · ${learning} learning · ${review} review`,
  /** What the home screen's `n` and `r` would give. */
  homeCounts: (fresh: number, learning: number, review: number) =>
    `${fresh} new · ${learning} learning · ${review} to review`,
  stillToday: (fresh: number, due: number) => `Still today: ${fresh} new (n), ${due} due (r).`,
  moreAbove: (n: number) => `↑ ${n} more`,
  moreBelow: (n: number) => `↓ ${n} more`,
  helpTitle: 'Keys',
  helpScopes: {
    global: 'Everywhere (not while typing an answer)',
    home: 'Home',
    question: 'A card: the question',
    typing: 'Typing an answer',
    picking: 'Picking options or an order',
    answer: 'The answer: grading',
    summary: 'End of a session',
    empty: 'Nothing to study',
    browse: 'Browsing a deck (nothing is graded)',
    scroll: 'Text taller than the screen',
    sideways: 'A diagram wider than the screen',
    help: 'This help',
  },
  gradesTitle: 'Grades',
  gradesHelp: [
    'Again: you did not know it. Hard: you knew it, with effort. Good: you knew it. Easy: too easy to need it soon.',
    'Cards you answer by typing or picking are graded for you (wrong → Again, right → Good); a digit changes the grade.',
    'FSRS (the scheduler) uses each grade to estimate how well you remember the card, and shows it again just before you would forget it: Again soon, Easy much later.',
  ],
  notSaved: (why: string) => `Not saved (${why}). Grade again to retry, or q to quit.`,
} as const;

type Text<T> = T extends (...a: infer A) => string
  ? (...a: A) => string
  : T extends string
    ? string
    : { readonly [K in keyof T]: Text<T[K]> };

export type Strings = { readonly [K in keyof typeof en]: Text<(typeof en)[K]> };

const zh: Strings = {
  appTitle: 'tcp-drill',
  tagline: 'TCP 三次握手、四次挥手与套接字状态',
  decks: '卡组',
  cards: '张',
  due: '到期',
  new: '新卡',
  learnNew: '学习新卡',
  reviewDue: '复习到期卡',
  browseDeck: (title) => `浏览：${title}`,
  question: '问题',
  answer: '答案',
  yourAnswer: '你的答案：',
  typeHere: '输入后按 Enter；直接按 Enter 即放弃',
  right: '✓ 正确',
  wrong: '✗ 错误',
  near: '~ 差一点：检查一下拼写',
  gaveUp: '✗ 已放弃：记为重来',
  expected: '正确答案：',
  accepted: '可接受的答案：',
  rightOrder: '正确顺序：',
  youPicked: (what) => `你选了 ${what}；图中已填入正确答案。`,
  source: '出处：',
  why: '解释',
  again: '重来',
  hard: '困难',
  good: '良好',
  easy: '简单',
  nothingDue: '这里暂时没有要学习的卡片。',
  sessionDone: '本轮完成',
  reviewed: '张已评分',
  pickOrder: '按正确顺序依次按数字键。',
  pickOne: '按答案对应的数字键。',
  tooSmall: (w, h, mw, mh) => `终端太小：${w}×${h}。请调到至少 ${mw}×${mh}，或按 q 退出。`,
  cardOf: (i, n) => `第 ${i} / ${n} 张`,
  left: (fresh, learning, review) => `新卡 ${fresh} · 学习中 ${learning} · 复习 ${review}`,
  homeCounts: (fresh, learning, review) => `新卡 ${fresh} · 学习中 ${learning} · 待复习 ${review}`,
  stillToday: (fresh, due) => `今天还有：新卡 ${fresh} 张（n），到期 ${due} 张（r）。`,
  moreAbove: (n) => `↑ 还有 ${n} 行`,
  moreBelow: (n) => `↓ 还有 ${n} 行`,
  helpTitle: '按键',
  helpScopes: {
    global: '任何地方（输入答案时除外）',
    home: '主页',
    question: '卡片：问题',
    typing: '输入答案',
    picking: '选择选项或顺序',
    answer: '答案：评分',
    summary: '一轮结束',
    empty: '没有可学习的卡片',
    browse: '浏览卡组（不评分）',
    scroll: '内容比屏幕高',
    sideways: '图比屏幕宽',
    help: '本帮助',
  },
  gradesTitle: '评分',
  gradesHelp: [
    '重来：不会。困难：想起来了，但很吃力。良好：会。简单：太简单，不必很快再见。',
    '输入或选择作答的卡片由程序评分（错 → 重来，对 → 良好）；按数字键可以改分。',
    'FSRS（调度算法）根据每次评分估计你对这张卡的记忆程度，在你快要忘记之前再出示它：重来很快再见，简单要过很久。',
  ],
  notSaved: (why) => `未能保存（${why}）。再次评分以重试，或按 q 退出。`,
};

export function strings(lang: Lang): Strings {
  return lang === 'zh' ? zh : en;
}
