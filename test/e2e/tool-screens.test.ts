// Stats, settings, practice and the card list in a real terminal, at the sizes the app
// supports, in English and Chinese, with and without colour.
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, runCli, tempHome } from '../helpers/cli.js';
import { KEYS, Terminal, hasTmux } from '../helpers/tmux.js';

const terminals: Terminal[] = [];
afterEach(async () => {
  for (const term of terminals.splice(0)) {
    // Out of a search or a session first, where q would be text.
    term.send(KEYS.escape);
    term.send(KEYS.escape);
    term.send('q');
    await term.waitFor('[exit ').catch(() => '');
    term.kill();
  }
});

function start(opts: { columns: number; rows: number; lang?: 'zh'; noColor?: boolean }) {
  const home = tempHome();
  const env: Record<string, string> = {
    TCP_DRILL_HOME: home,
    LANG: opts.lang === 'zh' ? 'zh_CN.UTF-8' : 'C.UTF-8',
  };
  if (opts.noColor) env.NO_COLOR = '1';
  const term = Terminal.start(`${process.execPath} ${CLI}`, { ...opts, env });
  terminals.push(term);
  return { term, home };
}

/**
 * Sends `key` until the screen passes `test`: a key sent in the instant a new screen is
 * drawn, before it listens, is lost, so it is sent again (a wait for a condition, not a sleep).
 */
async function pressUntil(term: Terminal, key: string, test: string | RegExp): Promise<string> {
  for (let i = 0; i < 5; i++) {
    term.send(key);
    const screen = await term.waitFor(test, 2000).catch(() => undefined);
    if (screen !== undefined) return screen;
  }
  return term.waitFor(test, 1);
}

const fits = (screen: string, columns: number) =>
  screen.split('\n').every((l) => [...l].length <= columns);

const TEXT = {
  en: {
    home: 'Learn new cards',
    stats: 'Reviews, last 16 weeks',
    settings: 'New cards a day',
    practice: "Today's failed cards",
    cards: 'all cards',
    help: 'Keys',
  },
  zh: {
    home: '学习新卡',
    stats: '复习记录（近 16 周）',
    settings: '每日新卡',
    practice: '今天答错的卡',
    cards: '全部卡片',
    help: '按键',
  },
};

describe.skipIf(!hasTmux)('the tool screens in tmux', () => {
  for (const [columns, rows] of [
    [80, 24],
    [60, 16],
    [120, 40],
  ] as const) {
    it(`opens stats, settings, practice and the card list at ${columns}x${rows}, with help and Esc`, async () => {
      const { term } = start({ columns, rows });
      const t = TEXT.en;
      await term.waitFor(t.home);
      for (const [key, marker] of [
        ['s', t.stats],
        ['o', t.settings],
        ['p', t.practice],
        ['c', t.cards],
      ] as const) {
        term.send(key);
        const screen = await term.waitFor(marker);
        expect(fits(screen, columns), screen).toBe(true);
        term.send('?');
        await term.waitFor(t.help);
        term.send(KEYS.escape);
        await term.waitFor(marker);
        term.send(KEYS.escape);
        await term.waitFor(t.home);
      }
    });
  }

  it('works in Chinese without colour, and practice leaves the schedule alone', async () => {
    const { term, home } = start({ columns: 80, rows: 24, lang: 'zh', noColor: true });
    const t = TEXT.zh;
    await term.waitFor(t.home);
    // Learn one card and fail it: it is then among today's failed cards.
    term.send('n');
    await term.waitFor((s) => !s.includes(t.home));
    term.type('x'); // a typed card's wrong answer, or nothing on a flashcard
    await pressUntil(term, KEYS.enter, '确认评分');
    term.send('1');
    await term.sendAndWait(KEYS.escape);
    await term.waitFor(t.home);
    const before = JSON.parse(runCli(['stats', '--json'], { home }).stdout) as Record<
      string,
      unknown
    >;
    term.send('p');
    await term.waitFor(t.practice);
    // Five topics and the deck row, then today's failed cards.
    for (let i = 0; i < 6; i++) await term.sendAndWait(KEYS.down);
    const setup = await term.waitFor((s) => /❯\s+今天答错的卡/.test(s));
    expect(setup).not.toMatch(/\u001B\[/);
    term.send(KEYS.enter);
    await term.waitFor('练习：不影响排程');
    term.type('x');
    await pressUntil(term, KEYS.enter, '确认评分');
    term.send('3');
    await term.sendAndWait(KEYS.escape);
    await term.waitFor(t.home);
    const after = JSON.parse(runCli(['stats', '--json'], { home }).stdout) as Record<
      string,
      unknown
    >;
    expect(after.dueNow).toBe(before.dueNow);
    expect(after.forecast).toEqual(before.forecast);
    expect(after.totalReviews).toBe(before.totalReviews);
    expect(after.practice).toMatchObject({ total: 1, today: 1 });
    term.send('s');
    const stats = await term.waitFor(t.stats);
    expect(stats).toContain('少 · ░ ▒ ▓ █ 多');
    expect(term.styledScreen()).not.toMatch(/\u001B\[3\dm/);
  });

  it('suspends a card from the list, and it no longer comes up', async () => {
    const { term, home } = start({ columns: 80, rows: 24 });
    await term.waitFor('Learn new cards');
    term.send('n');
    const first = await term.waitFor(/\d+ new · \d+ learning/);
    const prompt = first.split('\n')[2]!.trim();
    await pressUntil(term, KEYS.escape, 'Learn new cards');
    // The first new card, found in the list by its text, then suspended.
    term.send('c');
    await term.waitFor('all cards');
    term.send('/');
    await term.waitFor('Search:');
    term.type(prompt.slice(0, 30));
    await term.waitFor(/Cards +1 · /);
    // Enter keeps the search and gives the keys back to the list (its footer returns).
    await pressUntil(term, KEYS.enter, 'f filter');
    await pressUntil(term, '!', /❯ .*suspended/);
    await pressUntil(term, KEYS.escape, 'Learn new cards');
    term.send('n');
    const next = await term.waitFor(/\d+ new · \d+ learning/);
    expect(next).not.toContain(prompt);
    expect(JSON.parse(runCli(['stats', '--json'], { home }).stdout).suspended).toHaveLength(1);
  });
});
