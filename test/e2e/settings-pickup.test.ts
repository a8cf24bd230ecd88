// Settings made from the command line reach a trainer that is already running, and a
// language saved in settings is the trainer's language when --lang is not given.
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, runCli, tempHome } from '../helpers/cli.js';
import { KEYS, Terminal, hasTmux } from '../helpers/tmux.js';

const terminals: Terminal[] = [];
afterEach(async () => {
  // Quit first: a trainer still running writes its cache on exit, into the folder removed below.
  for (const term of terminals.splice(0)) {
    term.send('q');
    await term.waitFor('[exit ');
    term.kill();
  }
});

function start(home: string, args = '') {
  const term = Terminal.start(`${process.execPath} ${CLI} ${args}`, {
    env: { TCP_DRILL_HOME: home, LANG: 'C.UTF-8' },
  });
  terminals.push(term);
  return term;
}

function home(): string {
  const dir = tempHome();
  return dir;
}

describe.skipIf(!hasTmux)('settings and a running trainer', () => {
  it('takes in a new-card limit set from the command line at the next change of screen', async () => {
    const dir = home();
    const term = start(dir);
    await term.waitFor('20 new');
    expect(runCli(['settings', 'new-per-day=3'], { home: dir }).status).toBe(0);
    term.send('n');
    await term.waitFor(/ 3 new · 0 learning/);
    await term.sendAndWait(KEYS.escape);
    expect(await term.waitFor('3 new')).toContain('3 new');
  });

  it('opens in the language saved in settings, unless --lang says otherwise', async () => {
    const dir = home();
    expect(runCli(['settings', 'lang=zh'], { home: dir }).status).toBe(0);
    const zh = start(dir);
    await zh.waitFor('学习新卡');
    const en = start(dir, '--lang en');
    await en.waitFor('Learn new cards');
  });
});
