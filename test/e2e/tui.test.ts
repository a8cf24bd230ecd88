// The built trainer in a real terminal (tmux), driven with keys like a person would.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, runCli, tempHome } from '../helpers/cli.js';
import { KEYS, Terminal, hasTmux } from '../helpers/tmux.js';

const terminals: Terminal[] = [];
afterEach(() => {
  while (terminals.length) terminals.pop()!.kill();
});

/** A session's header: what is left, kept apart (`20 new · 0 learning · 0 review`). */
const FIRST_CARD = /\d+ new · 0 learning · \d+ review/;
const AFTER_ONE = /\d+ new · 1 learning · \d+ review/;

/** From the home screen: learn the first new card, grade it Good, land on card 2. */
async function learnOneCard(term: Terminal) {
  await term.waitFor('Learn new cards');
  term.send('n');
  await term.waitFor(FIRST_CARD);
  await term.sendAndWait(KEYS.space);
  await term.waitFor('3 Good');
  term.send('3');
  await term.waitFor(AFTER_ONE);
}

function start(
  opts: {
    columns?: number;
    rows?: number;
    home?: string;
    args?: string;
    env?: Record<string, string>;
  } = {},
) {
  const term = Terminal.start(`${process.execPath} ${CLI} ${opts.args ?? ''}`, {
    columns: opts.columns ?? 80,
    rows: opts.rows ?? 24,
    env: { TCP_DRILL_HOME: opts.home ?? tempHome(), LANG: 'C.UTF-8', ...opts.env },
  });
  terminals.push(term);
  return term;
}

describe.skipIf(!hasTmux)('the trainer in tmux', () => {
  it('shows the home screen at 80x24, reviews a deck card and quits cleanly', async () => {
    const term = start();
    const home = await term.waitFor('Learn new cards');
    expect(home).toContain('tcp-drill');
    expect(home).toMatch(/Review due cards/);
    expect(home).toMatch(/Browse: /);
    expect(home).toContain('q quit');
    for (const line of home.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

    // The menu moves with the arrows; the first deck is also its digit, 1.
    term.send(KEYS.down);
    await term.waitFor(/❯ r {2}Review due cards/);
    term.send('1');
    const question = await term.waitFor(/ 1 \/ \d+/);
    expect(question).toContain('Esc back');
    await term.sendAndWait('Escape');
    await term.waitFor('Learn new cards');
    term.send('q');
    const after = await term.waitFor('[exit 0]');
    // The alternate screen is gone: the shell's screen is back, without the trainer's frame.
    expect(after).not.toContain('Learn new cards');
  });

  it('works in a narrow terminal', async () => {
    const term = start({ columns: 44, rows: 20 });
    const home = await term.waitFor('Learn new cards');
    for (const line of home.split('\n')) expect(line.length).toBeLessThanOrEqual(44);
    // Nothing scrolled off: the title and the key hints are both on screen (the footer
    // keeps its main hints and `? help`, which lists the rest).
    expect(home).toContain('tcp-drill');
    expect(home).toContain('? help');
    // Every menu row stays on one line.
    const rows = home.split('\n').filter((l) => l.includes('Browse:'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\d+ cards\s*$/);
    // The last row (G, as in less): the sequence-diagram drills, browsed. Browsing shows
    // each answer (the blank filled in), drawn within the width. Only the first ten rows
    // carry a digit, so whether this one has one depends on how many decks exist.
    term.send('G');
    await term.waitFor(/❯ +(?:\d +)?Browse: Sequence/);
    term.send(KEYS.enter);
    const drill = await term.waitFor(/ 1 \/ \d+/);
    expect(drill).toContain('[SYN-SENT]');
    for (const line of drill.split('\n')) expect(line.length).toBeLessThanOrEqual(44);
    term.send('q');
    await term.waitFor('[exit 0]');
  });

  it('names a progress folder that is a file once, in one line, and exits 1', async () => {
    const home = join(tempHome(), 'home');
    writeFileSync(home, 'not a folder');
    const term = start({ home });
    const screen = (await term.waitFor('[exit 1]')).replace(/\n/g, '');
    expect(screen).toContain(`cannot open progress in ${home}: is a file, not a folder`);
    expect(screen.split(home)).toHaveLength(2);
  });

  it('refuses a terminal that is too small, in one line', async () => {
    const term = start({ columns: 30, rows: 10 });
    const screen = await term.waitFor('[exit 2]');
    expect(screen.replace(/\n/g, '')).toMatch(
      /terminal too small ?\(30×10\); ?it needs at least 40×16/,
    );
  });

  it.each([
    ['LANG=zh_CN.UTF-8', { env: { LANG: 'zh_CN.UTF-8' } }],
    ['--lang zh', { args: '--lang zh' }],
  ])('refuses a terminal that is too small in Chinese, by %s', async (_, how) => {
    const term = start({ columns: 30, rows: 10, ...how });
    const screen = await term.waitFor('[exit 2]');
    const text = screen.replace(/\n/g, '');
    expect(text).toMatch(/tcp-drill: ?终端太小（30×10），至少需要 ?40×16/);
    expect(text).not.toMatch(/too small/);
  });

  it('names a progress folder it cannot open, in Chinese under LANG=zh_CN.UTF-8', async () => {
    const home = join(tempHome(), 'home');
    writeFileSync(home, 'not a folder');
    const term = start({ home, env: { LANG: 'zh_CN.UTF-8' } });
    const screen = await term.waitFor('[exit 1]');
    // Compared without spaces: one that falls where the line wraps is not on the screen.
    const line = `tcp-drill: 无法打开 ${home} 中的进度：是文件，不是文件夹`;
    expect(screen.replace(/\s/g, '')).toContain(line.replace(/\s/g, ''));
  });

  it("says the store's notices in Chinese, on the home screen and after leaving", async () => {
    const home = tempHome();
    writeFileSync(join(home, 'reviews.jsonl'), 'not json\n');
    const term = start({ home, columns: 100, env: { LANG: 'zh_CN.UTF-8' } });
    const notice = `${join(home, 'reviews.jsonl')}：跳过了 1 行无法读取的损坏记录。`;
    const screen = await term.waitFor('学习新卡');
    expect(screen).toContain(notice);
    term.send('q');
    const after = await term.waitFor('[exit 0]');
    expect(after).toContain(notice);
    expect(after).not.toMatch(/skipped/);
  });

  it.each([
    ['en', {}, 'tcp-drill: sim needs a script: a FILE, or one piped in\nUsage: tcp-drill sim'],
    [
      'zh',
      { LANG: 'zh_CN.UTF-8' },
      'tcp-drill: sim 需要一个脚本：给出 FILE，或用管道输入\n用法：tcp-drill sim',
    ],
  ])('sim on a terminal with no script asks for one (%s), exit 2', async (_, env, words) => {
    const term = start({ args: 'sim', env });
    expect(await term.waitFor('[exit 2]')).toContain(words);
  });

  it('hides the review while the terminal is too small, and keeps its place', async () => {
    const term = start();
    await learnOneCard(term);
    const before = term.screen();
    term.resize(30, 10);
    // At 30 columns the shortest wording that fits one row.
    await term.waitFor('Need 40×16 (q quits)');
    term.resize(80, 24);
    // The same session: still on card 2, with the same question.
    const after = await term.waitFor(AFTER_ONE);
    expect(after.split('\n').slice(0, 4)).toEqual(before.split('\n').slice(0, 4));
    term.send(KEYS.escape);
    await term.waitFor('Learn new cards');
    term.send('q');
    await term.waitFor('[exit 0]');
  });

  it('keeps progress across a quit and a restart', async () => {
    const home = tempHome();
    let term = start({ home });
    const first = await term.waitFor('Learn new cards');
    const newBefore = Number(/(\d+) new/.exec(first)?.[1]);
    await learnOneCard(term);
    // Card 2 may ask for a typed answer, where q is text: go home first.
    term.send(KEYS.escape);
    await term.waitFor('Learn new cards');
    term.send('q');
    await term.waitFor('[exit 0]');
    term.kill();

    term = start({ home });
    const again = await term.waitFor('Learn new cards');
    expect(Number(/(\d+) new/.exec(again)?.[1])).toBe(newBefore - 1);
    term.send('q');
    await term.waitFor('[exit 0]');
    const stats = JSON.parse(runCli(['stats', '--json'], { home }).stdout) as {
      totalReviews: number;
    };
    expect(stats.totalReviews).toBe(1);
  });

  it('restores the terminal on Ctrl-C mid-review and keeps the grade', async () => {
    const home = tempHome();
    const term = start({ home });
    await learnOneCard(term);
    term.send(KEYS.ctrlC);
    // The exit status shells expect after an interrupt, and the leaving line.
    const after = await term.waitFor('[exit 130]');
    expect(after).toMatch(/1 review today · next due in 10 min/);
    expect(after).not.toMatch(AFTER_ONE);
    expect(after).not.toMatch(/Error|at .*\.js:\d+/);
    expect(readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('restores the terminal on SIGTERM and keeps the grade', async () => {
    const home = tempHome();
    const term = start({ home });
    await learnOneCard(term);
    execFileSync('kill', ['-TERM', String(term.programPid())]);
    const after = await term.waitFor('[exit 143]');
    expect(after).not.toMatch(AFTER_ONE);
    expect(existsSync(join(home, 'reviews.jsonl'))).toBe(true);
    expect(readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('draws in colour, and without any with NO_COLOR', async () => {
    const coloured = start({ env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    await coloured.waitFor('Learn new cards');
    expect(coloured.styledScreen()).toMatch(/\u001B\[\d+(;\d+)*m/);
    const plain = start({ env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    await plain.waitFor('Learn new cards');
    expect(plain.styledScreen()).not.toMatch(/\u001B\[\d+(;\d+)*m/);
  });

  it('draws live frames when the shell exports CI (as CI machines do)', async () => {
    const term = start({ env: { CI: 'true' } });
    await term.waitFor('Learn new cards');
    term.send('n');
    await term.waitFor(FIRST_CARD);
    term.send(KEYS.escape);
    await term.waitFor('Learn new cards');
    term.send('q');
    await term.waitFor('[exit 0]');
  });

  it('speaks Chinese with --lang zh, aligned by display width', async () => {
    const term = start({ args: '--lang zh' });
    const home = await term.waitFor('学习新卡');
    expect(home).toContain('浏览：三次握手');
    expect(home).toContain('q 退出');
    term.send('n');
    const card = await term.waitFor(/新卡 \d+ · 学习中 0 · 复习 \d+/);
    expect(card).toContain('显示答案');
    term.send(KEYS.escape);
    await term.waitFor('学习新卡');
    term.send('q');
    await term.waitFor('[exit 0]');
  });
});
