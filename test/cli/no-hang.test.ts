// Class 2 of issue 11: nothing hangs. Each case runs the built CLI in a child process that
// is killed after COMMAND_TIMEOUT_MS, so a hang fails the test instead of stalling it.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';

const FRONT = '---\nid: big\ntitle: Big\ntopic: states\nlang: en\nsource: RFC 9293\n---\n\n';

function deck(body: string): string {
  const file = join(tempHome(), 'deck.md');
  writeFileSync(file, FRONT + body);
  return file;
}

describe('the Markdown parser never gets a deck it would take minutes on', () => {
  it('10,000 list markers on one line: a FILE:LINE diagnostic', () => {
    const file = 'test/fixtures/robust/deep-markers.md';
    const run = runCli(['lint', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}:12:1: lists or quotes nested`);
  });

  it('a thousand levels of indented lists: a FILE:LINE diagnostic', () => {
    const lines = Array.from({ length: 1000 }, (_, k) => `${'  '.repeat(k)}- level ${k}`);
    const file = deck(`Q: How deep? <!-- id: big-q -->\nA: deep\n\n${lines.join('\n')}\n`);
    const run = runCli(['lint', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/:\d+:1: lists or quotes nested 17 deep \(at most 16\)/);
  });

  it('a deck over 512 KiB: a FILE:LINE diagnostic where the limit is crossed', () => {
    const file = deck(`Q: Long? <!-- id: big-q -->\nA: ${'a'.repeat(600 * 1024)}\n`);
    const run = runCli(['lint', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(':10:1: the deck is longer than 512 KiB');
  });

  it('one list of more than 2,000 items: a diagnostic', () => {
    const file = deck(`Q: Many? <!-- id: big-q -->\nA: yes\n\n${'- item\n'.repeat(2500)}`);
    const run = runCli(['lint', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(':2012:1: more than 2000 items in one list');
  });

  it('5,000 multiple-choice cards (15,000 options in 5,000 lists) compile in time', () => {
    const cards = Array.from(
      { length: 5000 },
      (_, i) =>
        `M: Which is option ${i}? <!-- id: big-${i} -->\n- [x] Right\n- [ ] Wrong\n- [ ] Also wrong\n`,
    );
    // In one document this took 30 s of parsing alone; the bound leaves room for a busy machine.
    const run = runCli(['lint', deck(cards.join('\n')), '--json'], { timeoutMs: 20_000 });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ cards: 5000 });
  });
});

describe('a lock that cannot be removed', () => {
  it('a folder where progress.lock should be: commands end, and say so', () => {
    const home = tempHome();
    expect(runCli(['settings', 'new-per-day=5'], { home }).status).toBe(0);
    const lock = join(home, 'progress.lock');
    mkdirSync(lock);
    const old = (Date.now() - 3_600_000) / 1000;
    utimesSync(lock, old, old);
    const stats = runCli(['stats', '--json'], { home });
    expect(stats.status).toBe(0);
    expect(stats.stderr).toBe(
      `tcp-drill: ${lock} is not a file, so the progress cache cannot be saved (every review is safe in ${join(home, 'reviews.jsonl')}): remove it.\n`,
    );
    const set = runCli(['settings', 'new-per-day=6'], { home });
    expect(set.stderr).toContain(`${lock} is not a file`);
    expect(set.status).toBe(0);
  });
});
