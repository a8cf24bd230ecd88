// The sequence-diagram drill's own interface text, in both languages.
import type { Lang } from '../../../content/types.js';
import type { BlankPart } from '../../../tcp/scenarios.js';

const en = {
  menu: 'Sequence diagrams: fill in the blanks',
  title: 'Sequence diagrams',
  progress: (i: number, n: number, right: number, answered: number) =>
    `blank ${i} of ${n} · ${right}/${answered} right`,
  roundOver: (right: number, n: number) => `${right} of ${n} blanks right.`,
  right: '✓ right',
  wrong: (answer: string) => `✗ wrong: it is ${answer}`,
  youPicked: (pick: string) => `You picked ${pick}.`,
  part: (step: number, part: BlankPart, side: string) =>
    part === 'segment'
      ? `step ${step}, the segment`
      : part === 'flags'
        ? `step ${step}, the control bits`
        : part === 'seq' || part === 'ack'
          ? `step ${step}, the ${part}`
          : `step ${step}, the ${side.toLowerCase()}'s state`,
  missed: (where: string, pick: string, answer: string) =>
    `✗ ${where}: you picked ${pick}, it is ${answer}`,
  source: 'Source: ',
  empty: 'No sequence diagram has a blank due or new right now. Esc goes home.',
  done: (right: number, answered: number) =>
    `All diagrams done: ${right} of ${answered} blanks right. Esc goes home.`,
  notSaved: (why: string) => `The grade was not saved (${why}).`,
};

export type SequenceStrings = typeof en;

const zh: SequenceStrings = {
  menu: '时序图：逐个填空',
  title: '时序图',
  progress: (i, n, right, answered) => `第 ${i} / ${n} 空 · 答对 ${right}/${answered}`,
  roundOver: (right, n) => `${n} 处空白答对 ${right} 处。`,
  right: '✓ 正确',
  wrong: (answer) => `✗ 错误：应为 ${answer}`,
  youPicked: (pick) => `你选的是 ${pick}。`,
  part: (step, part, side) =>
    part === 'segment'
      ? `第 ${step} 步的报文段`
      : part === 'flags'
        ? `第 ${step} 步的控制位`
        : part === 'seq' || part === 'ack'
          ? `第 ${step} 步的 ${part}`
          : `第 ${step} 步${side}的状态`,
  missed: (where, pick, answer) => `✗ ${where}：你选了 ${pick}，应为 ${answer}`,
  source: '出处：',
  empty: '现在没有到期或新的时序图空白。按 Esc 回到主页。',
  done: (right, answered) =>
    `所有时序图已完成：${answered} 处空白答对 ${right} 处。按 Esc 回到主页。`,
  notSaved: (why) => `评分未能保存（${why}）。`,
};

export function sequenceStrings(lang: Lang): SequenceStrings {
  return lang === 'zh' ? zh : en;
}
