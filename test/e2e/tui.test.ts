// The built trainer in a real terminal (tmux), driven with keys like a person would.
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, tempHome } from '../helpers/cli.js';
import { KEYS, Terminal, hasTmux } from '../helpers/tmux.js';

const terminals: Terminal[] = [];
afterEach(() => {
  while (terminals.length) terminals.pop()!.kill();
});

function start(opts: { columns?: number; rows?: number; home?: string; args?: string } = {}) {
  const term = Terminal.start(`${process.execPath} ${CLI} ${opts.args ?? ''}`, {
    columns: opts.columns ?? 80,
    rows: opts.rows ?? 24,
    env: { TCP_DRILL_HOME: opts.home ?? tempHome(), LANG: 'C.UTF-8' },
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

    term.send(KEYS.down, KEYS.down, KEYS.enter);
    const question = await term.waitFor(/card 1 of \d+/);
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
    term.send('q');
    await term.waitFor('[exit 0]');
  });

  it('refuses a terminal that is too small, in one line', async () => {
    const term = start({ columns: 30, rows: 10 });
    const screen = await term.waitFor('[exit 2]');
    expect(screen.replace(/\n/g, '')).toMatch(/terminal too small ?\(30×10\); ?it needs at least 40×12/);
  });
});
