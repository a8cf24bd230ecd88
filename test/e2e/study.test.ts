// The trainer in tmux on the study fixture (TCP_DRILL_CONTENT), so that no content edit
// can break it: learn three cards, undo one, open help, quit, start again and check the
// counts, at three sizes, in Chinese and without colour.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, tempHome } from '../helpers/cli.js';
import { KEYS, Terminal, hasTmux } from '../helpers/tmux.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'study');
const terminals: Terminal[] = [];
afterEach(() => {
  while (terminals.length) terminals.pop()!.kill();
});

type Run = { columns: number; rows: number; env?: Record<string, string> };

function start(home: string, run: Run) {
  const term = Terminal.start(`${process.execPath} ${CLI}`, {
    columns: run.columns,
    rows: run.rows,
    env: { TCP_DRILL_HOME: home, TCP_DRILL_CONTENT: FIXTURE, LANG: 'C.UTF-8', ...run.env },
  });
  terminals.push(term);
  return term;
}

const RUNS: readonly (Run & { name: string })[] = [
  { name: '80x24', columns: 80, rows: 24 },
  { name: '60x16', columns: 60, rows: 16 },
  { name: '120x40', columns: 120, rows: 40 },
  { name: 'zh 80x24', columns: 80, rows: 24, env: { LANG: 'zh_CN.UTF-8' } },
  { name: 'NO_COLOR 60x16', columns: 60, rows: 16, env: { NO_COLOR: '1', FORCE_COLOR: '1' } },
];

describe.skipIf(!hasTmux)('studying the fixture deck in tmux', () => {
  it.each(RUNS)(
    'learns three, undoes one, opens help, and keeps the count ($name)',
    async (run) => {
      const zh = run.env?.LANG?.startsWith('zh') === true;
      const text = zh
        ? {
            newCards: /(\d+) 新卡/,
            card: (n: number) => `第 ${n} / `,
            help: '按键',
            first: '哪一方会进入 TIME-WAIT',
          }
        : {
            newCards: /(\d+) new/,
            card: (n: number) => `card ${n} of`,
            help: 'Keys',
            first: 'Which side enters TIME-WAIT',
          };
      const home = tempHome();
      let term = start(home, run);
      const first = await term.waitFor(text.newCards);
      expect(Number(text.newCards.exec(first)?.[1])).toBe(6);
      term.send('n');
      await term.waitFor(text.first);
      // Three flashcards: show the answer, grade Good.
      for (const n of [1, 2, 3]) {
        await term.waitFor(text.card(n));
        await term.sendAndWait(KEYS.space);
        await term.waitFor(zh ? '良好' : 'Good');
        term.send('3');
      }
      // Card 4 asks to pick; with nothing picked, u undoes the grade of card 3.
      await term.waitFor(text.card(4));
      term.send('u');
      await term.waitFor(text.card(3));
      term.send('?');
      const help = await term.waitFor(text.help);
      for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(run.columns);
      term.send(KEYS.escape);
      await term.waitFor(text.card(3));
      term.send('q');
      await term.waitFor('[exit 0]');
      if (run.env?.NO_COLOR) expect(term.styledScreen()).not.toMatch(/\u001B\[\d+(;\d+)*m/);
      term.kill();

      term = start(home, run);
      const again = await term.waitFor(text.newCards);
      expect(Number(text.newCards.exec(again)?.[1])).toBe(4);
      const log = readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n');
      expect(log.length).toBeGreaterThanOrEqual(4);
      term.send('q');
      await term.waitFor('[exit 0]');
    },
  );
});
