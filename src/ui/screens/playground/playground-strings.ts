// The playground's own interface text, in both languages (kept beside the screen).
import type { Lang } from '../../../content/types.js';

const en = {
  menu: 'Playground: two hosts, you are the network',
  title: 'Playground',
  time: (s: string) => `t=${s} s`,
  callsGoTo: (h: string) => `calls go to ${h}`,
  host: (h: string) => `Host ${h}`,
  chosen: '(calls)',
  start: 'Nothing yet. Try: b l (B listens), a c (A connects), then d to deliver.',
  inFlight: 'In flight, oldest first:',
  nothingInFlight: 'Nothing in flight.',
  moreInFlight: (n: number) => `… and ${n} more`,
  visited: (n: number, all: number) => `Visited ${n} of the ${all} state changes.`,
  allVisited: 'You have visited every state change of the model.',
  notYet: (from: string, to: string, event: string) =>
    `Not yet: ${from} → ${to}. Get a host to ${from}, then: ${event}.`,
  noTimer: 'No timer is running: nothing to wait for.',
  badLine: (text: string, why: string) => `Cannot run "${text}": ${why}.`,
  typeLine: 'Script line: ',
  typeHint: 'Enter runs it, Esc cancels. E.g. to B: SYN seq=150',
  saved: (file: string) =>
    `Saved to ${file} (in the current folder); replay: tcp-drill sim ${file}`,
  notSaved: (why: string) => `Not saved: ${why}`,
  scriptHead: 'A tcp-drill playground run. Replay it with: tcp-drill sim FILE',
};

export type PlayStrings = typeof en;

const zh: PlayStrings = {
  menu: '模拟场：两台主机，由你掌控网络',
  title: '模拟场',
  time: (s) => `t=${s} 秒`,
  callsGoTo: (h) => `调用发给 ${h}`,
  host: (h) => `主机 ${h}`,
  chosen: '（调用）',
  start: '还没有动作。试试：b l（B 监听），a c（A 连接），再按 d 投递。',
  inFlight: '在途报文段（最早的在前）：',
  nothingInFlight: '网络中没有报文段。',
  moreInFlight: (n) => `…… 还有 ${n} 个`,
  visited: (n, all) => `已走过 ${all} 个状态变化中的 ${n} 个。`,
  allVisited: '模型中的每个状态变化你都走过了。',
  notYet: (from, to, event) =>
    `尚未走过：${from} → ${to}。让一台主机进入 ${from}，然后：${event}。`,
  noTimer: '没有运行中的定时器，无需等待。',
  badLine: (text, why) => `无法执行“${text}”：${why}。`,
  typeLine: '脚本行：',
  typeHint: 'Enter 执行，Esc 取消。例如 to B: SYN seq=150',
  saved: (file) => `已保存到当前文件夹的 ${file}；重放：tcp-drill sim ${file}`,
  notSaved: (why) => `未能保存：${why}`,
  scriptHead: 'tcp-drill 模拟场的一次运行。重放：tcp-drill sim FILE',
};

export function playStrings(lang: Lang): PlayStrings {
  return lang === 'zh' ? zh : en;
}
