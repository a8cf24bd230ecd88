// What the progress store tells the learner, in both languages: what is wrong with a file
// or folder, and what was recovered while opening. The store keeps each message as a
// phrase (a function of this table) and the edge says it in the learner's language.
import type { Lang } from '../content/types.js';

/** File-system error codes worded for the learner; any other code keeps the system's text. */
export const ERRNO_CODES = [
  'ENOENT',
  'EACCES',
  'EPERM',
  'EROFS',
  'EISDIR',
  'ENOTDIR',
  'ELOOP',
  'ENOSPC',
  'EDQUOT',
  'ENAMETOOLONG',
  'EMFILE',
  'EIO',
] as const;
export type ErrnoCode = (typeof ERRNO_CODES)[number];

const en = {
  /** A problem with `path`, one line. */
  at: (path: string, problem: string) => `${path}: ${problem}`,

  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'is on a read-only file system',
  EISDIR: 'is a folder where a file should be',
  ENOTDIR: 'is not a folder (a file is in the way)',
  ELOOP: 'is a loop of symbolic links',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many files are open',
  EIO: 'input/output error (a failing disk or an unmounted share?)',

  noSuchFolder: 'no such folder',
  fileNotFolder: 'is a file, not a folder',
  folderNotFile: 'is a folder, not a file',
  exists: 'already exists; add --force to overwrite it',
  openedReadOnly: 'was opened read-only',
  lockInTheWay: 'is in the way of the lock file (not a file): remove it',
  danglingLink: (to: string) => `is a link to ${to}, which does not exist (not mounted yet?)`,
  shortWrite: (written: number, total: number) =>
    `only ${written} of ${total} bytes were written (disk full?)`,

  // What is wrong with progress.json (the file's name comes first).
  wasEmpty: 'was empty',
  notJson: 'was not valid JSON (truncated or damaged)',
  badShape: 'did not have the expected shape',
  newer: 'was written by a newer version of tcp-drill',
  unreadable: (detail: string) => `could not be read (${detail})`,

  // Notices from opening the store.
  cacheMismatchShown: (file: string, log: string) =>
    `${file} did not match ${log}; showing progress rebuilt from the log (the next tcp-drill run repairs the file).`,
  cacheMismatch: (
    file: string,
    log: string,
    covers: number,
    logEnd: number,
    copy: string,
    reviews: number,
  ) =>
    `${file} did not match ${log} (it covers ${covers} bytes, the log has ${logEnd}); ` +
    `a copy was kept at ${copy} and your progress was rebuilt from the log (${reviews} reviews).`,
  unusableShown: (file: string, problem: string, log: string) =>
    `${file} ${problem}; showing progress rebuilt from ${log} (the next tcp-drill run repairs the file).`,
  movedAside: (file: string, problem: string, to: string, log: string, reviews: number) =>
    `${file} ${problem}; it was moved to ${to} and your progress was rebuilt from ${log} (${reviews} reviews).`,
  damagedLines: (log: string, n: number) =>
    `${log}: skipped ${n} damaged line${n === 1 ? '' : 's'} that could not be read.`,
  futureReviews: (log: string, n: number, latest: string) =>
    `${log}: set aside ${n} review${n === 1 ? '' : 's'} dated in the future (up to ${latest}; a clock set wrong?); ${n === 1 ? 'it counts' : 'they count'} once that time has come.`,
  lockNotFile: (lock: string, log: string) =>
    `${lock} is not a file, so the progress cache cannot be saved (every review is safe in ${log}): remove it.`,

  // What is wrong with a file given to `progress import`.
  importNotJson: 'is not valid JSON',
  notExport: 'not a tcp-drill progress export',
  noFormat: 'not a tcp-drill progress export (no "format" field)',
  badVersion: (version: string, expected: number) =>
    `export format version ${version} is not supported (expected ${expected})`,
  noReviews: 'the export has no "reviews" list',
  badReview: (n: number) => `review #${n} in the export is not a valid review`,
  noVisited: 'the export\'s "playground" field has no "visited" list',
  badVisited: (n: number) => `playground row #${n} in the export is not a row id such as F01`,
};

export type StoreText = { readonly [K in keyof typeof en]: (typeof en)[K] };

const zh: StoreText = {
  at: (path, problem) => `${path}：${problem}`,

  ENOENT: '没有这个文件或文件夹',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EROFS: '位于只读文件系统上',
  EISDIR: '是文件夹，但这里应该是文件',
  ENOTDIR: '不是文件夹（路径上有文件挡着）',
  ELOOP: '是循环的符号链接',
  ENOSPC: '磁盘已满',
  EDQUOT: '磁盘配额已用完',
  ENAMETOOLONG: '路径太长',
  EMFILE: '打开的文件太多',
  EIO: '输入输出错误（磁盘故障，或共享没有挂载？）',

  noSuchFolder: '没有这个文件夹',
  fileNotFolder: '是文件，不是文件夹',
  folderNotFile: '是文件夹，不是文件',
  exists: '已存在；加上 --force 可以覆盖',
  openedReadOnly: '是以只读方式打开的',
  lockInTheWay: '挡住了锁文件（它不是文件），请删除它',
  danglingLink: (to) => `是指向 ${to} 的链接，但目标不存在（还没有挂载？）`,
  shortWrite: (written, total) => `只写入了 ${written} / ${total} 字节（磁盘满了？）`,

  wasEmpty: '是空的',
  notJson: '不是有效的 JSON（被截断或已损坏）',
  badShape: '的结构不符合预期',
  newer: '是更新版本的 tcp-drill 写的',
  unreadable: (detail) => `无法读取（${detail}）`,

  cacheMismatchShown: (file, log) =>
    `${file} 与 ${log} 不一致；现在显示的是根据日志重建的进度（下次运行 tcp-drill 时会修复该文件）。`,
  cacheMismatch: (file, log, covers, logEnd, copy, reviews) =>
    `${file} 与 ${log} 不一致（它涵盖 ${covers} 字节，日志有 ${logEnd} 字节）；` +
    `已在 ${copy} 保留一份副本，并根据日志重建了进度（${reviews} 次复习）。`,
  unusableShown: (file, problem, log) =>
    `${file} ${problem}；现在显示的是根据 ${log} 重建的进度（下次运行 tcp-drill 时会修复该文件）。`,
  movedAside: (file, problem, to, log, reviews) =>
    `${file} ${problem}；已把它移到 ${to}，并根据 ${log} 重建了进度（${reviews} 次复习）。`,
  damagedLines: (log, n) => `${log}：跳过了 ${n} 行无法读取的损坏记录。`,
  futureReviews: (log, n, latest) =>
    `${log}：有 ${n} 条复习的日期在未来（最晚到 ${latest}；时钟设错了？），已暂时搁置，到那个时间后才会计入。`,
  lockNotFile: (lock, log) =>
    `${lock} 不是文件，因此无法保存进度缓存（每次复习都已安全记在 ${log} 中），请删除它。`,

  importNotJson: '不是有效的 JSON',
  notExport: '不是 tcp-drill 的进度导出文件',
  noFormat: '不是 tcp-drill 的进度导出文件（没有 format 字段）',
  badVersion: (version, expected) => `不支持导出格式版本 ${version}（应为 ${expected}）`,
  noReviews: '导出文件中没有 reviews 列表',
  badReview: (n) => `导出文件中的第 ${n} 条复习记录无效`,
  noVisited: '导出文件的 playground 字段中没有 visited 列表',
  badVisited: (n) => `导出文件中模拟场的第 ${n} 项不是 F01 这样的行编号`,
};

export const STORE_TEXT: Readonly<Record<Lang, StoreText>> = { en, zh };

/** A message kept as a value until it is said: the store's words for it, in any language. */
export type StorePhrase = (t: StoreText) => string;

/** What `phrase` says in `lang`. */
export function say(phrase: StorePhrase, lang: Lang = 'en'): string {
  return phrase(STORE_TEXT[lang]);
}
