// The state-machine drill's own interface text, in both languages.
import type { Lang } from '../../../content/types.js';

const en = {
  menu: 'State machine: next state and segment',
  title: 'State machine',
  progress: (i: number, n: number, right: number, answered: number) =>
    `question ${i} of ${n} · ${right}/${answered} right`,
  youAreIn: 'You are in',
  arcsIn: 'Arcs in:',
  arcsOut: 'Arcs out lead to (the events show once you answer):',
  moreIn: (n: number) => `and ${n} more by ABORT, RST or timeout (not drawn in Figure 5)`,
  taken: 'The arc taken:',
  keeps: 'No arc is taken: the state stays.',
  right: '✓ right',
  wrong: (answer: string) => `✗ wrong: the answer is ${answer}`,
  source: 'Source: ',
  empty: 'No state-machine question is due or new right now. Esc goes home.',
  done: (right: number, answered: number) =>
    `Round complete: ${right} of ${answered} right. Esc goes home.`,
  notSaved: (why: string) => `The grade was not saved (${why}).`,
};

export type DrillStrings = typeof en;

const zh: DrillStrings = {
  menu: '状态机：下一个状态和发送的报文段',
  title: '状态机',
  progress: (i, n, right, answered) => `第 ${i} / ${n} 题 · 答对 ${right}/${answered}`,
  youAreIn: '你所在的状态',
  arcsIn: '进入的弧：',
  arcsOut: '离开的弧通向（作答后显示事件）：',
  moreIn: (n) => `另有 ${n} 条经 ABORT、RST 或超时进入（图 5 未画出）`,
  taken: '走过的弧：',
  keeps: '没有走任何弧：状态保持不变。',
  right: '✓ 正确',
  wrong: (answer) => `✗ 错误：正确答案是 ${answer}`,
  source: '出处：',
  empty: '现在没有到期或新的状态机题目。按 Esc 回到主页。',
  done: (right, answered) => `本轮完成：${answered} 题中答对 ${right} 题。按 Esc 回到主页。`,
  notSaved: (why) => `评分未能保存（${why}）。`,
};

export function drillStrings(lang: Lang): DrillStrings {
  return lang === 'zh' ? zh : en;
}
