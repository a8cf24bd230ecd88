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
  typeHere: 'type, then Enter',
  right: '✓ right',
  wrong: '✗ wrong',
  near: '~ almost: check the spelling',
  expected: 'Expected: ',
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
  widen: (n: number) => `(The diagram is ${n} columns wide: widen the terminal to see all of it.)`,
  notSaved: (why: string) => `Not saved (${why}). Grade again to retry, or q to quit.`,
} as const;

type Strings = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends (...a: infer A) => string
    ? (...a: A) => string
    : string;
};

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
  typeHere: '输入后按 Enter',
  right: '✓ 正确',
  wrong: '✗ 错误',
  near: '~ 差一点：检查一下拼写',
  expected: '正确答案：',
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
  widen: (n) => `（图宽 ${n} 列：把终端调宽即可看到全图。）`,
  notSaved: (why) => `未能保存（${why}）。再次评分以重试，或按 q 退出。`,
};

export function strings(lang: Lang): Strings {
  return lang === 'zh' ? zh : en;
}
