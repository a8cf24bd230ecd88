// The sequence drill in a real terminal: one diagram's blanks filled in turn, some wrong, the
// whole diagram at the end with the wrong ones marked, and every blank graded in the log.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, tempHome } from '../helpers/cli.js';
import { KEYS, Terminal, hasTmux } from '../helpers/tmux.js';

const terminals: Terminal[] = [];
afterEach(() => {
  while (terminals.length) terminals.pop()!.kill();
});

describe.skipIf(!hasTmux)('the sequence drill in tmux', () => {
  it.each([
    [80, 24, 'en', 'blank 1 of 5', 'blank 5 of 5', '✗ wrong', 'blanks right'],
    [120, 40, 'zh', '第 1 / 5 空', '第 5 / 5 空', '✗ 错误', '处空白答对'],
  ])('fills a diagram at %ix%i (%s)', async (columns, rows, lang, first, last, wrong, tally) => {
    const home = tempHome();
    const term = Terminal.start(`${process.execPath} ${CLI} --lang ${lang}`, {
      columns,
      rows,
      env: { TCP_DRILL_HOME: home, LANG: 'C.UTF-8', NO_COLOR: '1' },
    });
    terminals.push(term);
    await term.waitFor(/tcp-drill/);
    term.send('d');
    let screen = await term.waitFor(first);
    expect(screen).toContain('[ ? ]');
    expect(screen).toContain('[ _ ]');
    // Option 1 of the first blank is LISTEN, a wrong answer; then always the last option.
    screen = await term.sendAndWait('1');
    expect(screen).toContain(wrong);
    expect(screen).toContain('[✗SYN-SENT]');
    for (let i = 0; i < 4; i++) {
      await term.sendAndWait(KEYS.enter);
      screen = await term.sendAndWait('4');
    }
    expect(screen).toContain(last);
    screen = await term.sendAndWait(KEYS.enter);
    expect(screen).toContain(tally);
    expect(screen).not.toContain('[ ? ]');
    expect(screen).not.toContain('[ _ ]');
    for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(columns);
    term.send('q');
    await term.waitFor('[exit 0]');
    const log = readFileSync(join(home, 'reviews.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { card: string; rating: number; by: string });
    expect(log.filter((r) => r.card.startsWith('seq-handshake-'))).toHaveLength(5);
    expect(log.find((r) => r.card === 'seq-handshake-1-clientState')).toMatchObject({
      rating: 1,
      by: 'auto',
    });
  });
});
