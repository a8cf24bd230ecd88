import { describe, expect, it } from 'vitest';
import { stringWidth } from '../../src/text/width.js';
import { runCli } from '../helpers/cli.js';

describe('tcp-drill --version / --help', () => {
  it('prints the package version', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });

  it('lists every command', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    for (const command of ['lint', 'states', 'stats', 'progress', 'reset']) {
      expect(run.stdout).toContain(`tcp-drill ${command}`);
    }
    expect(run.stdout).toContain('TCP_DRILL_HOME');
  });
});

describe('usage errors exit 2 with a usage line on stderr', () => {
  it.each([
    [['--bogus']],
    [['frobnicate']],
    [['lint', '--frob']],
    [['lint', 'a', 'b']],
    [['--lang', 'fr']],
  ])('%j', (args) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^tcp-drill: /);
    expect(lines[1]).toMatch(/^Usage: tcp-drill/);
  });
});

describe('without a terminal', () => {
  it('the trainer refuses in one line and names the other commands', () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/needs an interactive terminal.*lint, states, sim, stats/);
  });
});

describe('tcp-drill lint', () => {
  it('summarises the built-in content', () => {
    const run = runCli(['lint']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ok: \d+ decks, \d+ cards \(/);
  });

  it('summarises a good folder as JSON', () => {
    const run = runCli(['lint', 'test/fixtures/good', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      decks: 2,
      cards: 18,
      byType: { basic: 2, reversed: 4, cloze: 6, typed: 2, choice: 2, order: 2, drill: 0 },
      byLang: { en: 9, zh: 9 },
    });
  });

  it('reports every problem in a bad folder as FILE:LINE:COL and exits 1', () => {
    const run = runCli(['lint', 'test/fixtures/bad']);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    const problems = lines.slice(0, -1);
    for (const line of problems)
      expect(line).toMatch(/^test\/fixtures\/bad\/[\w-]+\.md:\d+:\d+: \S/);
    const text = run.stderr;
    expect(text).toContain('errors.md:9:1: card has no id');
    expect(text).toContain("errors.md:12:1: card 'bad-no-answer' has no answer");
    expect(text).toContain("errors.md:14:1: cloze card 'bad-cloze' has no deletion");
    expect(text).toContain('errors.md:16:1: multiple choice');
    expect(text).toContain("errors.md:20:1: ordering 'bad-order' needs at least two items");
    expect(text).toContain("errors.md:23:1: unknown card marker 'Z:'");
    expect(text).toContain("duplicate id 'dup-id'");
    expect(text).toContain('front.md:3:17: malformed front matter');
    expect(text).toContain('image.md:3:1: not a text file');
    expect(text).toContain('latin1.md:3:11: not UTF-8 text');
    expect(lines.at(-1)).toBe(`${problems.length} problems in test/fixtures/bad`);
    expect(text).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
  });

  it('names a missing folder in one line', () => {
    const run = runCli(['lint', 'no/such/dir']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('tcp-drill lint: no such folder: no/such/dir\n');
  });
});

describe('tcp-drill states', () => {
  it.each(['en', 'zh'])(
    'prints the diagram, then the table, within 80 columns (%s)',
    async (lang) => {
      const { default: stringWidth } = await import('string-width');
      const run = runCli(['states', '--lang', lang]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('[ ESTABLISHED ]');
      expect(run.stdout.indexOf('[ ESTABLISHED ]')).toBeLessThan(run.stdout.indexOf('F01'));
      for (const line of run.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    },
  );

  it('--json lists the 46 state changes with RFC spellings', () => {
    const data = JSON.parse(runCli(['states', '--json']).stdout) as {
      states: string[];
      transitions: { from: string; event: string; send: string; to: string; source: string }[];
    };
    expect(data.states).toHaveLength(11);
    expect(data.states).toContain('SYN-RECEIVED');
    expect(data.transitions).toHaveLength(46);
    expect(Object.keys(data.transitions[0]!).sort()).toEqual([
      'event',
      'from',
      'send',
      'source',
      'to',
    ]);
    expect(data.transitions).toContainEqual(
      expect.objectContaining({ from: 'FIN-WAIT-1', to: 'TIME-WAIT' }),
    );
  });
});

describe('help layout', () => {
  it('fits in 80 columns', () => {
    for (const line of runCli(['--help']).stdout.split('\n'))
      expect(line.length).toBeLessThanOrEqual(80);
  });

  it('follows the language: --lang zh or LANG=zh_*', () => {
    const byFlag = runCli(['--help', '--lang', 'zh']);
    expect(byFlag.status).toBe(0);
    expect(byFlag.stdout).toContain('用法：');
    expect(byFlag.stdout).toContain('查看学习进度');
    expect(runCli(['--lang=zh', '--help']).stdout).toBe(byFlag.stdout);
    expect(runCli(['--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toBe(byFlag.stdout);
    expect(runCli(['--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).not.toContain('Usage');
    for (const line of byFlag.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });
});
