// Issue 7: every message the CLI prints for a person follows the language. Each kind of
// message is run three ways: in English (byte for byte as before), under LANG=zh_CN.UTF-8,
// and with --lang zh; the Chinese runs say it in Chinese, in as many lines, with the same
// exit code. JSON and FILE:LINE diagnostics stay as they are in every language.
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome, type Run } from '../helpers/cli.js';

const ZH_LOCALE = { LANG: 'zh_CN.UTF-8' };
const HAN = /\p{Script=Han}/u;
const ASCII_BESIDE_HAN = /\p{Script=Han} ?[(),:;?!]|[(),:;?!] ?\p{Script=Han}/u;
const SETTINGS_USAGE =
  'tcp-drill settings [new-per-day=N] [reviews-per-day=N] [retention=0.9] [lang=auto|en|zh] [color=auto|on|off] [--json]';
const PROGRESS_USAGE = 'tcp-drill progress export|import FILE [--force]';
const EMPTY_EXPORT = '{"format":"tcp-drill-progress","version":1,"reviews":[]}';

/** What one run needs: its arguments, and the folder, file and input it was given. */
type Setup = { args: string[]; home?: string; file?: string; input?: string };

type Case = {
  what: string;
  /** Called afresh for every run, so no run sees what another one left. */
  setup: () => Setup;
  status: number;
  stream?: 'stdout' | 'stderr';
  en: (s: Setup) => string | RegExp;
  zh: (s: Setup) => string | RegExp;
  /** false where `--lang zh` would change the case itself (a missing or bad --lang). */
  byFlag?: boolean;
};

const args =
  (...a: string[]) =>
  () => ({ args: a });

/** A file with `text` in a fresh folder. */
function fileWith(text: string, name = 'file.json'): string {
  const file = join(tempHome(), name);
  writeFileSync(file, text);
  return file;
}

/** A progress folder whose review log has one line that cannot be read. */
function homeWithDamagedLog(): string {
  const home = tempHome();
  writeFileSync(join(home, 'reviews.jsonl'), 'not json\n');
  return home;
}

const CASES: Case[] = [
  {
    what: 'unknown option',
    setup: args('--bogus'),
    status: 2,
    en: () => "tcp-drill: unknown option '--bogus'\nUsage: tcp-drill [--lang en|zh]\n",
    zh: () => "tcp-drill: 未知选项 '--bogus'\n用法：tcp-drill [--lang en|zh]\n",
  },
  {
    what: 'unknown command',
    setup: args('frobnicate'),
    status: 2,
    en: () => "tcp-drill: unknown command 'frobnicate'\nUsage: tcp-drill --help\n",
    zh: () => "tcp-drill: 未知命令 'frobnicate'\n用法：tcp-drill --help\n",
  },
  {
    what: 'unexpected argument',
    setup: args('lint', 'a', 'b'),
    status: 2,
    en: () => "tcp-drill: unexpected argument 'b'\nUsage: tcp-drill lint [DIR|FILE] [--json]\n",
    zh: () => "tcp-drill: 多余的参数 'b'\n用法：tcp-drill lint [DIR|FILE] [--json]\n",
  },
  {
    what: 'missing argument',
    setup: args('progress', 'export'),
    status: 2,
    en: () => `tcp-drill: missing argument\nUsage: ${PROGRESS_USAGE}\n`,
    zh: () => `tcp-drill: 缺少参数\n用法：${PROGRESS_USAGE}\n`,
  },
  {
    what: 'a switch given a value',
    setup: args('stats', '--json=1'),
    status: 2,
    en: () => 'tcp-drill: --json takes no value\nUsage: tcp-drill stats [--json]\n',
    zh: () => 'tcp-drill: --json 不接受值\n用法：tcp-drill stats [--json]\n',
  },
  {
    what: '--lang without a value',
    setup: args('stats', '--lang'),
    status: 2,
    byFlag: false,
    en: () => 'tcp-drill: --lang needs a value\nUsage: tcp-drill stats [--json]\n',
    zh: () => 'tcp-drill: --lang 需要一个值\n用法：tcp-drill stats [--json]\n',
  },
  {
    what: 'a bad --lang falls back to the locale',
    setup: args('--lang', 'fr'),
    status: 2,
    byFlag: false,
    en: () => "tcp-drill: --lang must be en or zh, not 'fr'\nUsage: tcp-drill [--lang en|zh]\n",
    zh: () => "tcp-drill: --lang 只能是 en 或 zh，不能是 'fr'\n用法：tcp-drill [--lang en|zh]\n",
  },
  {
    what: 'no terminal for the trainer',
    setup: args(),
    status: 2,
    en: () =>
      'tcp-drill: the trainer needs an interactive terminal; without one, use: lint, states, sim, stats, settings, progress, reset (see --help)\n',
    zh: () =>
      'tcp-drill: 练习界面需要交互式终端；没有终端时，可以使用：lint、states、sim、stats、settings、progress、reset（见 --help）\n',
  },
  {
    what: 'settings: a bad retention',
    setup: args('settings', 'retention=2'),
    status: 2,
    en: () =>
      `tcp-drill: retention must be a number from 0.7 to 0.99, not '2'\nUsage: ${SETTINGS_USAGE}\n`,
    zh: () =>
      `tcp-drill: retention 必须是 0.7 到 0.99 之间的数，不能是 '2'\n用法：${SETTINGS_USAGE}\n`,
  },
  {
    what: 'settings: a bad count',
    setup: args('settings', 'new-per-day=x'),
    status: 2,
    en: () =>
      `tcp-drill: new-per-day must be a whole number from 0 to 9999, not 'x'\nUsage: ${SETTINGS_USAGE}\n`,
    zh: () =>
      `tcp-drill: new-per-day 必须是 0 到 9999 之间的整数，不能是 'x'\n用法：${SETTINGS_USAGE}\n`,
  },
  {
    what: 'settings: a bad choice',
    setup: args('settings', 'color=red'),
    status: 2,
    en: () =>
      `tcp-drill: color must be one of auto, on, off, not 'red'\nUsage: ${SETTINGS_USAGE}\n`,
    zh: () => `tcp-drill: color 只能是 auto、on、off 之一，不能是 'red'\n用法：${SETTINGS_USAGE}\n`,
  },
  {
    what: 'settings: an unknown name',
    setup: args('settings', 'colour=red'),
    status: 2,
    en: () =>
      `tcp-drill: unknown setting 'colour' (known: new-per-day, reviews-per-day, retention, lang, color)\nUsage: ${SETTINGS_USAGE}\n`,
    zh: () =>
      `tcp-drill: 未知设置 'colour'（可用的设置：new-per-day、reviews-per-day、retention、lang、color）\n用法：${SETTINGS_USAGE}\n`,
  },
  {
    what: 'progress: an unknown subcommand',
    setup: args('progress', 'frob', 'x'),
    status: 2,
    en: () => `tcp-drill: unknown progress command 'frob'\nUsage: ${PROGRESS_USAGE}\n`,
    zh: () => `tcp-drill: 未知的 progress 子命令 'frob'\n用法：${PROGRESS_USAGE}\n`,
  },
  {
    what: 'reset without a terminal to ask on',
    setup: args('reset'),
    status: 2,
    en: () =>
      'tcp-drill: reset needs --yes when there is no terminal to ask on; nothing was changed\n',
    zh: () => 'tcp-drill: 没有终端可以确认，reset 需要加上 --yes；什么都没有改动\n',
  },
  {
    what: 'progress export onto an existing file',
    setup: () => {
      const file = fileWith('keep me');
      return { args: ['progress', 'export', file], file };
    },
    status: 1,
    en: (s) => `tcp-drill: ${s.file}: already exists; add --force to overwrite it\n`,
    zh: (s) => `tcp-drill: ${s.file}：已存在；加上 --force 可以覆盖\n`,
  },
  {
    what: 'progress import of a file that is not JSON',
    setup: () => {
      const file = fileWith('{{');
      return { args: ['progress', 'import', file], file };
    },
    status: 1,
    en: (s) => `tcp-drill: cannot import ${s.file}: is not valid JSON\n`,
    zh: (s) => `tcp-drill: 无法导入 ${s.file}：不是有效的 JSON\n`,
  },
  {
    what: 'progress import of an export from a newer version',
    setup: () => {
      const file = fileWith('{"format":"tcp-drill-progress","version":2,"reviews":[]}');
      return { args: ['progress', 'import', file], file };
    },
    status: 1,
    en: (s) =>
      `tcp-drill: cannot import ${s.file}: export format version 2 is not supported (expected 1)\n`,
    zh: (s) => `tcp-drill: 无法导入 ${s.file}：不支持导出格式版本 2（应为 1）\n`,
  },
  {
    what: 'progress import of something else on stdin',
    setup: () => ({ args: ['progress', 'import', '-'], input: '[]' }),
    status: 1,
    en: () =>
      'tcp-drill: cannot import stdin: not a tcp-drill progress export (no "format" field)\n',
    zh: () => 'tcp-drill: 无法导入标准输入：不是 tcp-drill 的进度导出文件（没有 format 字段）\n',
  },
  {
    what: 'a progress folder that is a file',
    setup: () => {
      const home = fileWith('not a folder', 'home');
      return { args: ['stats'], home };
    },
    status: 1,
    en: (s) => `tcp-drill: ${s.home}: is a file, not a folder\n`,
    zh: (s) => `tcp-drill: ${s.home}：是文件，不是文件夹\n`,
  },
  {
    what: 'a progress folder that is a link to nowhere',
    setup: () => {
      const base = tempHome();
      const home = join(base, 'home');
      symlinkSync(join(base, 'not-mounted'), home);
      return { args: ['settings', 'new-per-day=3'], home, file: join(base, 'not-mounted') };
    },
    status: 1,
    en: (s) =>
      `tcp-drill: ${s.home}: is a link to ${s.file}, which does not exist (not mounted yet?)\n`,
    zh: (s) => `tcp-drill: ${s.home}：是指向 ${s.file} 的链接，但目标不存在（还没有挂载？）\n`,
  },
  {
    what: 'a notice: a damaged line in the review log',
    setup: () => ({ args: ['stats', '--json'], home: homeWithDamagedLog() }),
    status: 0,
    en: (s) =>
      `tcp-drill: ${s.home}/reviews.jsonl: skipped 1 damaged line that could not be read.\n`,
    zh: (s) => `tcp-drill: ${s.home}/reviews.jsonl：跳过了 1 行无法读取的损坏记录。\n`,
  },
  {
    what: 'a notice: a damaged progress.json, only read',
    setup: () => {
      const home = tempHome();
      writeFileSync(join(home, 'progress.json'), '{{');
      return { args: ['settings', '--json'], home };
    },
    status: 0,
    en: (s) =>
      `tcp-drill: ${s.home}/progress.json was not valid JSON (truncated or damaged); showing progress rebuilt from ${s.home}/reviews.jsonl (the next tcp-drill run repairs the file).\n`,
    zh: (s) =>
      `tcp-drill: ${s.home}/progress.json 不是有效的 JSON（被截断或已损坏）；现在显示的是根据 ${s.home}/reviews.jsonl 重建的进度（下次运行 tcp-drill 时会修复该文件）。\n`,
  },
  {
    what: 'progress export to a file',
    setup: () => {
      const file = join(tempHome(), 'out.json');
      return { args: ['progress', 'export', file], file };
    },
    status: 0,
    stream: 'stdout',
    en: (s) => `Exported 0 reviews to ${s.file}\n`,
    zh: (s) => `已把 0 次复习导出到 ${s.file}\n`,
  },
  {
    what: 'progress export to stdout',
    setup: args('progress', 'export', '-'),
    status: 0,
    en: () => 'Exported 0 reviews to stdout\n',
    zh: () => '已把 0 次复习导出到标准输出\n',
  },
  {
    what: 'progress import',
    setup: () => {
      const file = fileWith(EMPTY_EXPORT);
      return { args: ['progress', 'import', file], file };
    },
    status: 0,
    stream: 'stdout',
    en: (s) => `Imported 0 reviews from ${s.file} (0 already here)\n`,
    zh: (s) => `已从 ${s.file} 导入 0 次复习（0 次原本就有）\n`,
  },
  {
    what: 'progress import from stdin',
    setup: () => ({ args: ['progress', 'import', '-'], input: EMPTY_EXPORT }),
    status: 0,
    stream: 'stdout',
    en: () => 'Imported 0 reviews from stdin (0 already here)\n',
    zh: () => '已从标准输入导入 0 次复习（0 次原本就有）\n',
  },
  {
    what: 'reset with nothing to clear',
    setup: () => {
      const home = tempHome();
      return { args: ['reset', '--yes'], home };
    },
    status: 0,
    stream: 'stdout',
    en: (s) => `No progress to clear in ${s.home}\n`,
    zh: (s) => `${s.home} 中没有需要清空的进度\n`,
  },
  {
    what: 'reset that keeps the settings',
    setup: () => {
      const home = tempHome();
      expect(runCli(['settings', 'new-per-day=3'], { home }).status).toBe(0);
      return { args: ['reset', '--yes'], home };
    },
    status: 0,
    stream: 'stdout',
    en: (s) =>
      new RegExp(`^Progress cleared \\(settings kept\\)\\. Backup: ${s.home}/backup-\\S+\n$`),
    zh: (s) => new RegExp(`^进度已清空（设置已保留）。备份：${s.home}/backup-\\S+\n$`),
  },
  {
    what: 'lint: a folder that is not there',
    setup: args('lint', 'no/such/dir'),
    status: 1,
    en: () => 'tcp-drill lint: no such folder: no/such/dir\n',
    zh: () => 'tcp-drill lint: 没有这个文件夹：no/such/dir\n',
  },
  {
    what: 'lint: the summary',
    setup: args('lint', 'test/fixtures/robust/good.md'),
    status: 0,
    stream: 'stdout',
    en: () => 'ok: 1 deck, 1 card (1 basic; en 1)\n',
    zh: () => '没有问题：1 个卡组，1 张卡片（1 basic；en 1）\n',
  },
  {
    what: 'lint: the summary of a folder',
    setup: args('lint', 'test/fixtures/good'),
    status: 0,
    stream: 'stdout',
    en: () =>
      'ok: 2 decks, 18 cards (2 basic, 4 reversed, 6 cloze, 2 typed, 2 choice, 2 order; en 9, zh 9)\n',
    zh: () =>
      '没有问题：2 个卡组，18 张卡片（2 basic、4 reversed、6 cloze、2 typed、2 choice、2 order；en 9、zh 9）\n',
  },
  {
    what: 'lint: a summary with a warning',
    setup: args('lint', 'test/fixtures/lint/empty-deck.md'),
    status: 0,
    stream: 'stdout',
    en: () => '1 deck, 0 cards; 1 warning\n',
    zh: () => '1 个卡组，0 张卡片；1 个警告\n',
  },
  {
    what: 'sim: a file that is not there',
    setup: () => {
      const file = join(tempHome(), 'missing.sim');
      return { args: ['sim', file], file };
    },
    status: 1,
    en: (s) => `tcp-drill: cannot read ${s.file}: no such file\n`,
    zh: (s) => `tcp-drill: 无法读取 ${s.file}：没有这个文件\n`,
  },
];

function run(s: Setup, lang: 'en' | 'locale' | 'flag'): Run {
  const argv = lang === 'flag' ? [...s.args, '--lang', 'zh'] : s.args;
  return runCli(argv, {
    ...(s.home ? { home: s.home } : {}),
    ...(s.input === undefined ? {} : { input: s.input }),
    ...(lang === 'locale' ? { env: ZH_LOCALE } : {}),
  });
}

function expectText(actual: string, expected: string | RegExp): void {
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else expect(actual).toMatch(expected);
}

/** Chinese on every line, with full-width punctuation where it touches Chinese (the
 * program's `tcp-drill: ` prefix is the same in every language). */
function expectChinese(text: string): void {
  for (const line of text.trimEnd().split('\n')) {
    expect(line).toMatch(HAN);
    expect(line.replace(/^tcp-drill( lint)?: /, '')).not.toMatch(ASCII_BESIDE_HAN);
  }
}

describe.each(CASES)('$what', (c) => {
  const stream = c.stream ?? 'stderr';

  it('is unchanged in English', () => {
    const s = c.setup();
    const en = run(s, 'en');
    expect(en.status).toBe(c.status);
    expectText(en[stream], c.en(s));
  });

  it.each(c.byFlag === false ? (['locale'] as const) : (['locale', 'flag'] as const))(
    'is Chinese by %s, in as many lines, with the same exit code',
    (how) => {
      const s = c.setup();
      const zh = run(s, how);
      expect(zh.status).toBe(c.status);
      expectText(zh[stream], c.zh(s));
      expectChinese(zh[stream]);
      const en = c.en(s);
      const lines = typeof en === 'string' ? en.split('\n').length : 2; // a pattern: one line
      expect(zh[stream].split('\n')).toHaveLength(lines);
    },
  );
});

describe('what scripts read stays as it is in Chinese', () => {
  it.each([
    [['stats', '--json']],
    [['settings', '--json']],
    [['lint', 'test/fixtures/good', '--json']],
    [['lint', 'test/fixtures/bad', '--json']],
    [['states', '--json']],
    [['sim', 'test/fixtures/sim/figure-6.sim', '--json']],
  ])('%j: the same JSON', (argv) => {
    const en = runCli(argv);
    const zh = runCli(argv, { env: ZH_LOCALE });
    expect(zh.status).toBe(en.status);
    if (argv[0] === 'stats') {
      // The figures are of the Chinese cards; the keys are the contract.
      expect(Object.keys(JSON.parse(zh.stdout))).toEqual(Object.keys(JSON.parse(en.stdout)));
    } else expect(zh.stdout).toBe(en.stdout);
  });

  it("lint's FILE:LINE:COL diagnostics stay English; the count after them is Chinese", () => {
    const en = runCli(['lint', 'test/fixtures/bad']);
    const zh = runCli(['lint', 'test/fixtures/bad'], { env: ZH_LOCALE });
    expect(zh.status).toBe(1);
    const [enLines, zhLines] = [en, zh].map((r) => r.stderr.trimEnd().split('\n'));
    expect(zhLines!.slice(0, -1)).toEqual(enLines!.slice(0, -1));
    expect(enLines!.at(-1)).toBe(`${enLines!.length - 1} problems in test/fixtures/bad`);
    expect(zhLines!.at(-1)).toBe(`test/fixtures/bad 中有 ${zhLines!.length - 1} 个问题`);
  });

  it("sim's FILE:LINE: messages stay English", () => {
    const input = 'deliver\nto A: PSH\n';
    const en = runCli(['sim', '-'], { input });
    const zh = runCli(['sim', '-', '--lang', 'zh'], { input });
    expect(zh.status).toBe(1);
    expect(zh.stderr).toBe(en.stderr);
    expect(zh.stderr).toMatch(/^-:2: unknown flag 'PSH'/);
  });
});

describe('the text reports follow the locale too', () => {
  it('states and stats under LANG=zh_CN.UTF-8', () => {
    const states = runCli(['states'], { env: ZH_LOCALE });
    expect(states.status).toBe(0);
    expect(states.stdout).toContain('编号 事件');
    expect(states.stdout).toContain('任意状态：');
    expect(states.stdout).toBe(runCli(['states', '--lang', 'zh']).stdout);
    const stats = runCli(['stats'], { env: ZH_LOCALE });
    expect(stats.stdout).toMatch(/^tcp-drill 学习统计\n/);
    expect(stats.stdout).toBe(runCli(['stats', '--lang', 'zh']).stdout);
  });
});

describe('sim with a folder piped in', () => {
  it('is one line naming stdin and exit 1, not an internal error, in either language', () => {
    const dir = tempHome();
    mkdirSync(join(dir, 'folder'));
    const fd = openSync(join(dir, 'folder'), 'r');
    try {
      const en = runCli(['sim'], { stdin: fd });
      expect(en.status).toBe(1);
      expect(en.stderr).toBe('tcp-drill: cannot read stdin: it is a folder\n');
      const zh = runCli(['sim'], { stdin: fd, env: ZH_LOCALE });
      expect(zh.status).toBe(1);
      expect(zh.stderr).toBe('tcp-drill: 无法读取标准输入：它是文件夹\n');
    } finally {
      closeSync(fd);
    }
  });
});

describe('an internal error', () => {
  // A bug on demand: a preloaded module makes every write to stdout throw.
  const BUG = [
    '--import',
    'data:text/javascript,process.stdout.write=()=>{throw new Error("boom")}',
  ];

  it('is said in English as before, and in Chinese by LANG or --lang, exit 70', () => {
    const en = runCli(['states'], { nodeArgs: BUG });
    expect(en.status).toBe(70);
    expect(en.stderr).toBe(
      'tcp-drill: internal error: boom\nRun again with TCP_DRILL_DEBUG=1 for details, and please report it.\n',
    );
    const zh =
      'tcp-drill: 内部错误：boom\n请设置 TCP_DRILL_DEBUG=1 再运行一次以查看详情，并报告这个问题。\n';
    for (const r of [
      runCli(['states'], { nodeArgs: BUG, env: ZH_LOCALE }),
      runCli(['states', '--lang', 'zh'], { nodeArgs: BUG }),
    ]) {
      expect(r.status).toBe(70);
      expect(r.stderr).toBe(zh);
    }
  });
});
