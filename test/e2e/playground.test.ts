// The playground in a real terminal: open a connection with a lost SYN that is retransmitted,
// close from both sides, wait out TIME-WAIT, save the run with `w`, and replay it with `sim`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, runCli, tempHome } from '../helpers/cli.js';
import { Terminal, hasTmux } from '../helpers/tmux.js';

const terminals: Terminal[] = [];
afterEach(() => {
  while (terminals.length) terminals.pop()!.kill();
});

async function keys(term: Terminal, ...presses: string[]): Promise<string> {
  let screen = term.screen();
  for (const p of presses) screen = await term.sendAndWait(p);
  return screen;
}

const visitedOf = (screen: string) => Number(/Visited (\d+) of the 46/.exec(screen)?.[1]);

/** The diagram rows that start a step: the script line number, then the action (12 wide). */
function numberedRows(screen: string): { line: number; do: string }[] {
  return screen.split('\n').flatMap((text) => {
    const m = /^\s*(\d+) /.exec(text);
    return m ? [{ line: Number(m[1]), do: text.slice(m[0].length, m[0].length + 12).trim() }] : [];
  });
}

describe.skipIf(!hasTmux)('the playground in tmux', () => {
  it.each([
    [80, 24],
    [120, 40],
  ])(
    'plays a whole connection at %ix%i and saves a run that sim replays',
    async (columns, rows) => {
      const home = tempHome();
      const cwd = tempHome('tcp-drill-run-');
      const term = Terminal.start(`cd '${cwd}' && ${process.execPath} ${CLI}`, {
        columns,
        rows,
        env: { TCP_DRILL_HOME: home, LANG: 'C.UTF-8' },
      });
      terminals.push(term);
      await term.waitFor('Learn new cards');
      term.send('f');
      let screen = await term.waitFor('Visited 0 of the 46');
      // B listens, A connects, the SYN is lost and retransmitted when the RTO fires.
      screen = await keys(term, 'b', 'l', 'a', 'c', 'p', 'n');
      expect(screen).toMatch(/drop .*SYN seq=100 +X/);
      expect(screen).toContain('1. A→B SYN seq=100');
      screen = await keys(term, 'd', 'd', 'd');
      expect(screen).toMatch(/Host A \(calls\) ESTABLISHED +Host B ESTABLISHED/);
      const opened = visitedOf(screen);
      expect(opened).toBeGreaterThan(0);
      // A closes, B closes, the last ACK arrives; A waits out TIME-WAIT.
      screen = await keys(term, 'x', 'd', 'd', 'b', 'x', 'd');
      expect(screen).toMatch(/Host A TIME-WAIT/);
      screen = await keys(term, 'd', 'm');
      expect(screen).toMatch(/Host A CLOSED +▶ Host B \(calls\) CLOSED/);
      expect(visitedOf(screen)).toBeGreaterThan(opened);
      for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(columns);
      screen = await keys(term, 'w');
      const file = /Saved to (\S+\.sim)/.exec(screen)?.[1];
      expect(file).toBeDefined();
      expect(readdirSync(cwd)).toEqual([file]);
      const replay = runCli(['sim', join(cwd, file!), '--json'], { home });
      expect(replay.status).toBe(0);
      const trace = JSON.parse(replay.stdout) as {
        steps: { line: number; do: string; states: { A: string; B: string }; rows: string[] }[];
      };
      expect(trace.steps.at(-1)?.states).toEqual({ A: 'CLOSED', B: 'CLOSED' });
      // The number the playground shows before each step is the line sim reports for it.
      const shown = numberedRows(screen);
      expect(shown.length).toBeGreaterThanOrEqual(3);
      for (const row of shown) {
        const step = trace.steps.find((s) => s.line === row.line);
        expect(step?.do, `line ${row.line}`).toBe(row.do);
      }
      expect(shown.at(-1)?.line).toBe(trace.steps.at(-1)?.line);
      expect(trace.steps.at(-1)?.rows).toContain('F20');
      expect(readFileSync(join(cwd, file!), 'utf8')).toContain('A connect\ndrop\nwait 1\n');
      // What was visited is kept in the store for the next session.
      expect(JSON.parse(readFileSync(join(home, 'playground.json'), 'utf8')).visited).toContain(
        'F20',
      );
    },
  );
});
