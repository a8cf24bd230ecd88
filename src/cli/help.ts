// The --help text, built from the command table so the two never disagree, in the
// learner's language.
import type { Lang } from '../content/types.js';
import { COMMANDS, type CommandName } from './args.js';

const ZH_SUMMARY: Record<CommandName, string> = {
  train: '打开练习界面（需要终端）',
  lint: '检查卡组（默认：内置卡组）',
  states: 'RFC 9293 状态图与状态表',
  sim: '回放两端模拟脚本（时序图或 JSON）',
  stats: '查看学习进度',
  settings: '每日上限、保持率、语言、颜色',
  progress: '在不同机器间复制进度',
  reset: '清空进度；--all 连设置一起',
};

const TEXT = {
  en: {
    title: (v: string) =>
      `tcp-drill ${v}: how TCP opens and closes connections, with spaced repetition`,
    usage: 'Usage:',
    summary: (name: CommandName) => COMMANDS[name].summary,
    helpVersion: 'this text | the version',
    environment: 'Environment:',
    home: 'progress folder (default on Linux: ~/.config/tcp-drill)',
    lang: 'zh_* selects Chinese; --lang overrides it, and so does\n                   `settings lang=` for the trainer and stats',
  },
  zh: {
    title: (v: string) => `tcp-drill ${v}：TCP 如何建立和关闭连接，配合间隔重复记忆`,
    usage: '用法：',
    summary: (name: CommandName) => ZH_SUMMARY[name],
    helpVersion: '本说明 | 版本号',
    environment: '环境变量：',
    home: '进度文件夹（Linux 默认：~/.config/tcp-drill）',
    lang: 'zh_* 选择中文；--lang 优先于它，训练界面和\n                   stats 也遵从 `settings lang=`',
  },
} as const;

export function helpText(version: string, lang: Lang = 'en'): string {
  const t = TEXT[lang];
  const names = Object.keys(COMMANDS) as CommandName[];
  const rows = names.map((name) => `  ${COMMANDS[name].usage.padEnd(40)} ${t.summary(name)}`);
  return [
    t.title(version),
    '',
    t.usage,
    ...rows,
    `  ${'tcp-drill --help | --version'.padEnd(40)} ${t.helpVersion}`,
    '',
    t.environment,
    `  TCP_DRILL_HOME   ${t.home}`,
    `  LANG, LC_ALL     ${t.lang}`,
    '',
  ].join('\n');
}
