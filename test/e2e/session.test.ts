// A study session in a real terminal (tmux), as a learner goes through it: learn three
// cards, undo one, open help, quit, start again; the counts, the leaving line and the log
// must agree with each other and with `stats`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, runCli, tempHome } from '../helpers/cli.js';
import { KEYS, Terminal, hasTmux } from '../helpers/tmux.js';

const terminals: Terminal[] = [];
afterEach(() => {
  while (terminals.length) terminals.pop()!.kill();
});

function start(home: string, opts: { columns?: number; rows?: number; env?: object } = {}) {
  const term = Terminal.start(`${process.execPath} ${CLI}`, {
    columns: opts.columns ?? 80,
    rows: opts.rows ?? 24,
    env: { TCP_DRILL_HOME: home, LANG: 'C.UTF-8', ...opts.env },
  });
  terminals.push(term);
  return term;
}

// tempHome() folders are removed after the file's tests (test/helpers/cli.ts).
const newHome = () => tempHome();

/** The home headline counts as stats does: due now, in learning steps, new left today. */
const HOME_COUNTS = /(\d+) due · (\d+) learning · (\d+) new today/;
const LEFT = /(\d+) new · (\d+) learning · (\d+) review/;

function homeCounts(screen: string): number[] {
  const m = HOME_COUNTS.exec(screen);
  if (!m) throw new Error(`no counts on the home screen:\n${screen}`);
  // [new, learning, due]
  return [m[3], m[2], m[1]].map(Number);
}

function left(screen: string): string {
  return LEFT.exec(screen)?.[0] ?? '';
}

const typing = (screen: string) => screen.includes('Enter check');

describe.skipIf(!hasTmux)('a study session in tmux', () => {
  it.each([
    [80, 24],
    [60, 16],
    [120, 40],
  ])(
    'at %ix%i: learn 3, undo one, help, quit, restart: counts and the log agree',
    async (columns, rows) => {
      const home = newHome();
      let term = start(home, { columns, rows });
      const [fresh] = homeCounts(await term.waitFor(HOME_COUNTS));
      term.send('n');
      let screen = await term.waitFor(`${fresh} new · 0 learning · 0 review`);
      for (let i = 1; i <= 3; i++) {
        // Every card type can be given up (Tab); the digit then overrides that Again.
        term.send('Tab');
        await term.waitFor('given up');
        term.send('3');
        screen = await term.waitFor(`${fresh! - i} new · ${i} learning · 0 review`);
      }
      // Undo the third card's grade: it is asked again, new again.
      term.send(typing(screen) ? 'C-z' : 'u');
      screen = await term.waitFor(`${fresh! - 2} new · 2 learning · 0 review`);
      if (!typing(screen)) {
        term.send('?');
        await term.waitFor('close help');
        term.send(KEYS.escape);
        await term.waitFor(left(screen));
      }
      term.send(KEYS.escape);
      await term.waitFor(HOME_COUNTS);
      term.send('q');
      const after = await term.waitFor('[exit 0]');
      // The leaving line, on the normal screen: two reviews in effect, the first step soon.
      expect(after).toMatch(/2 reviews today · next due in (9|10) min/);
      const log = readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n');
      const entries = log.map((l) => JSON.parse(l) as Record<string, unknown>);
      // Three auto-free overrides: each a give-up, its undo and the learner's Good; then one undo.
      expect(entries.filter((e) => 'undo' in e)).toHaveLength(4);
      expect(entries.filter((e) => e.by === 'self' && e.rating === 3)).toHaveLength(3);
      term.kill();

      term = start(home, { columns, rows });
      const counts = homeCounts(await term.waitFor(HOME_COUNTS));
      // The two cards learnt are in their 10-minute step: learning, not due yet.
      expect(counts).toEqual([fresh! - 2, 2, 0]);
      term.send('q');
      await term.waitFor('[exit 0]');
      const stats = JSON.parse(runCli(['stats', '--json'], { home }).stdout) as {
        newRemaining: number;
        reviewsToday: number;
      };
      expect(stats.newRemaining).toBe(counts[0]);
      expect(stats.reviewsToday).toBe(2);
    },
  );

  it('speaks Chinese through LANG, the leaving line too', async () => {
    const home = newHome();
    const term = start(home, { env: { LANG: 'zh_CN.UTF-8' } });
    await term.waitFor(/0 到期 · 0 学习中 · 今日 \d+ 新卡/);
    term.send('n');
    await term.waitFor(/新卡 \d+ · 学习中 0 · 复习 0/);
    term.send('Tab');
    await term.waitFor('已放弃');
    term.send(KEYS.enter);
    await term.waitFor(/学习中 1/);
    term.send(KEYS.escape);
    await term.waitFor('学习新卡');
    term.send('q');
    const after = await term.waitFor('[exit 0]');
    expect(after).toMatch(/今天复习 1 次 · 下一张 (不到 )?1 分钟后到期/);
  });

  it('works without colour (NO_COLOR=1): give up, override, quit', async () => {
    const home = newHome();
    const term = start(home, { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    await term.waitFor(HOME_COUNTS);
    term.send('n');
    await term.waitFor(LEFT);
    term.send('Tab');
    const gaveUp = await term.waitFor('given up');
    expect(term.styledScreen()).not.toMatch(/\u001B\[\d+(;\d+)*m/);
    expect(gaveUp).toMatch(/\[1 Again/);
    term.send('4');
    await term.waitFor(/0 learning/);
    term.send(KEYS.escape);
    await term.waitFor(HOME_COUNTS);
    term.send('q');
    await term.waitFor('[exit 0]');
    const log = readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n');
    expect(log.map((l) => Object.keys(JSON.parse(l) as object).includes('undo'))).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('saves like a quit on SIGHUP (the terminal closed)', async () => {
    const home = newHome();
    const term = start(home);
    await term.waitFor(HOME_COUNTS);
    term.send('n');
    await term.waitFor(LEFT);
    term.send('Tab');
    await term.waitFor('given up');
    term.send('3');
    await term.waitFor(/1 learning/);
    execFileSync('kill', ['-HUP', String(term.programPid())]);
    await term.waitFor('[exit 129]');
    // The state cache was written on the way out, covering the whole log.
    const progress = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as {
      cache: { offset: number; states: Record<string, unknown> };
    };
    const log = readFileSync(join(home, 'reviews.jsonl'));
    expect(progress.cache.offset).toBe(log.length);
    expect(Object.keys(progress.cache.states)).toHaveLength(1);
  });
});
