// What the command line says to a person, in both languages: usage errors, refusals, and
// each command's own lines. JSON output and FILE:LINE diagnostics are not here: scripts
// read those, so they stay as they are. Loaded only when a message is needed.
import type { Lang } from '../content/types.js';

const en = {
  usage: (line: string) => `Usage: ${line}`,

  // Usage problems (see UsageProblem in args.ts).
  unknownOption: (flag: string) => `unknown option '${flag}'`,
  unknownCommand: (name: string) => `unknown command '${name}'`,
  missingArgument: 'missing argument',
  unexpectedArgument: (arg: string) => `unexpected argument '${arg}'`,
  badLang: (value: string) => `--lang must be en or zh, not '${value}'`,
  needsValue: (flag: string) => `${flag} needs a value`,
  takesNoValue: (flag: string) => `${flag} takes no value`,

  noTerminal: (commands: string) =>
    `the trainer needs an interactive terminal; without one, use: ${commands} (see --help)`,
  internalError: (message: string) => `internal error: ${message}`,
  reportBug: 'Run again with TCP_DRILL_DEBUG=1 for details, and please report it.',

  // Starting the trainer.
  tooSmall: (columns: number, rows: number, minColumns: number, minRows: number) =>
    `terminal too small (${columns}×${rows}); it needs at least ${minColumns}×${minRows}`,
  cannotOpenProgress: (dir: string, reason: string) => `cannot open progress in ${dir}: ${reason}`,
  contentProblem: (problem: string) => `TCP_DRILL_CONTENT: ${problem}`,
  noDecksIn: (dir: string) => `no decks in ${dir}`,

  // settings
  unknownSetting: (name: string, known: string) => `unknown setting '${name}' (known: ${known})`,
  settingChoice: (name: string, allowed: string, value: string) =>
    `${name} must be one of ${allowed}, not '${value}'`,
  settingRetention: (value: string) =>
    `retention must be a number from 0.7 to 0.99, not '${value}'`,
  settingCount: (name: string, value: string) =>
    `${name} must be a whole number from 0 to 9999, not '${value}'`,

  // progress export|import
  unknownProgressCommand: (sub: string) => `unknown progress command '${sub}'`,
  missingProgressCommand: 'missing progress command',
  stdin: 'stdin',
  cannotImport: (file: string, problem: string) => `cannot import ${file}: ${problem}`,
  cannotImportStdin: (problem: string) => `cannot import stdin: ${problem}`,
  exportedToStdout: (n: number) => `Exported ${n} reviews to stdout`,
  exported: (n: number, file: string) => `Exported ${n} reviews to ${file}`,
  imported: (n: number, from: string, present: number) =>
    `Imported ${n} review${n === 1 ? '' : 's'} from ${from} (${present} already here)`,
  importedFromStdin: (n: number, present: number) =>
    `Imported ${n} review${n === 1 ? '' : 's'} from stdin (${present} already here)`,
  settingsImported: '; settings updated from the file',
  visitedImported: (n: number) => `; ${n} visited playground row${n === 1 ? '' : 's'} added`,

  // reset
  resetNeedsYes: 'reset needs --yes when there is no terminal to ask on; nothing was changed',
  resetPrompt: 'Type yes to clear all progress (a backup is kept): ',
  nothingChanged: 'Nothing was changed.',
  cleared: (backup: string) => `Progress cleared. Backup: ${backup}`,
  clearedKeptSettings: (backup: string) => `Progress cleared (settings kept). Backup: ${backup}`,
  nothingToClear: (dir: string) => `No progress to clear in ${dir}`,

  // lint (its FILE:LINE:COL diagnostics stay English, as in lint --json)
  lintOk: (counts: string) => `ok: ${counts}`,
  lintCounts: (decks: number, cards: number) =>
    `${decks} deck${decks === 1 ? '' : 's'}, ${cards} card${cards === 1 ? '' : 's'}`,
  lintDetail: (types: string, langs: string) => ` (${types}; ${langs})`,
  listSeparator: ', ',
  lintWarnings: (counts: string, n: number) => `${counts}; ${n} warning${n === 1 ? '' : 's'}`,
  lintProblems: (n: number, where: string) => `${n} problem${n === 1 ? '' : 's'} in ${where}`,
  noSuchFolder: (dir: string) => `no such folder: ${dir}`,

  // sim (its FILE:LINE: messages stay English: scripts read them)
  simNeedsScript: 'sim needs a script: a FILE, or one piped in',
  cannotRead: (file: string, why: string) => `cannot read ${file}: ${why}`,
  cannotReadStdin: (why: string) => `cannot read stdin: ${why}`,
  noSuchFile: 'no such file',
  isAFolder: 'it is a folder',
  permissionDenied: 'permission denied',
};

export type CliStrings = { readonly [K in keyof typeof en]: (typeof en)[K] };

const zh: CliStrings = {
  usage: (line) => `用法：${line}`,

  unknownOption: (flag) => `未知选项 '${flag}'`,
  unknownCommand: (name) => `未知命令 '${name}'`,
  missingArgument: '缺少参数',
  unexpectedArgument: (arg) => `多余的参数 '${arg}'`,
  badLang: (value) => `--lang 只能是 en 或 zh，不能是 '${value}'`,
  needsValue: (flag) => `${flag} 需要一个值`,
  takesNoValue: (flag) => `${flag} 不接受值`,

  noTerminal: (commands) =>
    `练习界面需要交互式终端；没有终端时，可以使用：${commands}（见 --help）`,
  internalError: (message) => `内部错误：${message}`,
  reportBug: '请设置 TCP_DRILL_DEBUG=1 再运行一次以查看详情，并报告这个问题。',

  tooSmall: (columns, rows, minColumns, minRows) =>
    `终端太小（${columns}×${rows}），至少需要 ${minColumns}×${minRows}`,
  cannotOpenProgress: (dir, reason) => `无法打开 ${dir} 中的进度：${reason}`,
  contentProblem: (problem) => `TCP_DRILL_CONTENT：${problem}`,
  noDecksIn: (dir) => `${dir} 中没有卡组`,

  unknownSetting: (name, known) => `未知设置 '${name}'（可用的设置：${known}）`,
  settingChoice: (name, allowed, value) => `${name} 只能是 ${allowed} 之一，不能是 '${value}'`,
  settingRetention: (value) => `retention 必须是 0.7 到 0.99 之间的数，不能是 '${value}'`,
  settingCount: (name, value) => `${name} 必须是 0 到 9999 之间的整数，不能是 '${value}'`,

  unknownProgressCommand: (sub) => `未知的 progress 子命令 '${sub}'`,
  missingProgressCommand: '缺少 progress 子命令（export 或 import）',
  stdin: '标准输入',
  cannotImport: (file, problem) => `无法导入 ${file}：${problem}`,
  cannotImportStdin: (problem) => `无法导入标准输入：${problem}`,
  exportedToStdout: (n) => `已把 ${n} 次复习导出到标准输出`,
  exported: (n, file) => `已把 ${n} 次复习导出到 ${file}`,
  imported: (n, from, present) => `已从 ${from} 导入 ${n} 次复习（${present} 次原本就有）`,
  importedFromStdin: (n, present) => `已从标准输入导入 ${n} 次复习（${present} 次原本就有）`,
  settingsImported: '；设置已按文件更新',
  visitedImported: (n) => `；新增 ${n} 条模拟场走过的状态变化`,

  resetNeedsYes: '没有终端可以确认，reset 需要加上 --yes；什么都没有改动',
  resetPrompt: '输入 yes 清空全部进度（会保留备份）：',
  nothingChanged: '什么都没有改动。',
  cleared: (backup) => `进度已清空。备份：${backup}`,
  clearedKeptSettings: (backup) => `进度已清空（设置已保留）。备份：${backup}`,
  nothingToClear: (dir) => `${dir} 中没有需要清空的进度`,

  lintOk: (counts) => `没有问题：${counts}`,
  lintCounts: (decks, cards) => `${decks} 个卡组，${cards} 张卡片`,
  lintDetail: (types, langs) => `（${types}；${langs}）`,
  listSeparator: '、',
  lintWarnings: (counts, n) => `${counts}；${n} 个警告`,
  lintProblems: (n, where) => `${where} 中有 ${n} 个问题`,
  noSuchFolder: (dir) => `没有这个文件夹：${dir}`,

  simNeedsScript: 'sim 需要一个脚本：给出 FILE，或用管道输入',
  cannotRead: (file, why) => `无法读取 ${file}：${why}`,
  cannotReadStdin: (why) => `无法读取标准输入：${why}`,
  noSuchFile: '没有这个文件',
  isAFolder: '它是文件夹',
  permissionDenied: '没有权限',
};

const STRINGS: Readonly<Record<Lang, CliStrings>> = { en, zh };

export function cliStrings(lang: Lang): CliStrings {
  return STRINGS[lang];
}
