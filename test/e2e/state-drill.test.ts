// The state-machine drill in a real terminal: a round answered right and wrong, the current
// state marked without colour, the whole diagram on `v`, and the grades kept in the log.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, tempHome } from '../helpers/cli.js';
import { KEYS, Terminal, hasTmux } from '../helpers/tmux.js';

const terminals: Terminal[] = [];
afterEach(() => {
  while (terminals.length) terminals.pop()!.kill();
});

describe.skipIf(!hasTmux)('the state-machine drill in tmux', () => {
  it.each([
    [
      80,
      24,
      'en',
      'question 1 of',
      'You are in >[ CLOSED ]<',
      '1. LISTEN · sends nothing',
      '✓ right',
    ],
    [120, 40, 'zh', '第 1 /', '你所在的状态 >[ CLOSED ]<', '1. LISTEN · 不发送', '✓ 正确'],
  ])(
    'answers two questions at %ix%i (%s)',
    async (columns, rows, lang, first, where, pair, right) => {
      const home = tempHome();
      const term = Terminal.start(`${process.execPath} ${CLI} --lang ${lang}`, {
        columns,
        rows,
        env: { TCP_DRILL_HOME: home, LANG: 'C.UTF-8', NO_COLOR: '1' },
      });
      terminals.push(term);
      await term.waitFor(/tcp-drill/);
      term.send('m');
      let screen = await term.waitFor(first);
      expect(screen).toContain(where);
      expect(screen).toContain(pair);
      screen = await term.sendAndWait('1');
      expect(screen).toContain(right);
      expect(screen).toContain('▶ CLOSED --');
      for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(columns);
      screen = await term.sendAndWait(KEYS.enter);
      screen = await term.sendAndWait('v');
      expect(screen).toMatch(/\[\*[A-Z-]+\*\]/);
      term.send('q');
      await term.waitFor('[exit 0]');
      expect(readFileSync(join(home, 'reviews.jsonl'), 'utf8')).toContain('"card":"fsm-f01"');
    },
  );
});
