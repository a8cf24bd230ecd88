// The CLI commands around the store: stats, progress export|import and reset. (They sit
// here with the store they drive; the bank is mocked, the data folder is a temp dir.)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { card } from '../srs/cards.js';
import { openStore } from '../../src/store/file-store.js';
import { tempDir } from './temp-dir.js';

vi.mock('../../src/content/builtin.js', () => ({
  builtinBank: {
    decks: [],
    cards: [
      card('hs-1', { topic: 'handshake' }),
      card('hs-2', { topic: 'handshake' }),
      card('td-1', { topic: 'teardown' }),
      { ...card('zh-1'), lang: 'zh' },
    ],
  },
}));

const { runStats } = await import('../../src/cli/stats.js');
const { runProgress } = await import('../../src/cli/progress.js');
const { runReset } = await import('../../src/cli/reset.js');
const RESET_PROMPT = 'Type yes to clear all progress (a backup is kept): ';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

function home(grades: [string, number][] = []) {
  const dir = tempDir();
  const { store } = openStore({ dir });
  for (const [id, rating] of grades)
    store.record({ card: id, rating: rating as 1, at: Date.now() - 60_000, ms: 1, by: 'self' });
  store.close();
  return { dir, env: { TCP_DRILL_HOME: dir } };
}

describe('stats', () => {
  it('--json prints one line with the contract keys, old and new', async () => {
    const { env } = home([
      ['hs-1', 3],
      ['td-1', 1],
      ['zh-1', 3],
    ]);
    expect(await runStats({ json: true, lang: 'en' }, env)).toBe(0);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trim().split('\n')).toHaveLength(1);
    const stats = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(stats).sort()).toEqual(
      [
        'dueNow',
        'forecast',
        'leeches',
        'newRemaining',
        'retention30d',
        'reviewsToday',
        'streakDays',
        'topics',
        'totalReviews',
        // added by the Stats screen; the keys above are kept as they were
        'heatmap',
        'hardest',
        'readiness',
        'trueRetention30d',
        'dailyAverage',
        'timeSpentMs',
        'timeTodayMs',
        'practice',
        'suspended',
        'learning',
      ].sort(),
    );
    expect(stats).toMatchObject({
      totalReviews: 2,
      reviewsToday: 2,
      newRemaining: 1,
      retention30d: 0.5,
      streakDays: 1,
    });
  });

  it('prints a readable report within 80 columns, without a terminal', async () => {
    const { env } = home([['hs-1', 3]]);
    expect(await runStats({ json: false, lang: 'en' }, env)).toBe(0);
    expect(out).toContain('handshake');
    expect(out).toContain('teardown');
    expect(out).toMatch(/Next 14 days/);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('counts the language saved in settings, unless --lang says otherwise', async () => {
    const { dir, env } = home();
    const { store } = openStore({ dir });
    store.updateSettings({ lang: 'zh' });
    store.close();
    expect(await runStats({ json: true, lang: 'en' }, env)).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ newRemaining: 1 }); // zh-1 only
    out = '';
    expect(await runStats({ json: true, lang: 'en', langGiven: true }, env)).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ newRemaining: 3 });
  });

  it('does not create a data folder just to show empty stats', async () => {
    const dir = join(tempDir(), 'never-trained');
    expect(await runStats({ json: true, lang: 'zh' }, { TCP_DRILL_HOME: dir })).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ totalReviews: 0, newRemaining: 1 });
    expect(existsSync(dir)).toBe(false);
  });
});

describe('progress export|import', () => {
  it('exports to a file and imports it elsewhere, once', () => {
    const from = home([
      ['hs-1', 3],
      ['hs-2', 4],
    ]);
    const file = join(tempDir(), 'progress-export.json');
    expect(runProgress('export', file, from.env)).toBe(0);
    expect(out).toContain('Exported 2 reviews');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      format: 'tcp-drill-progress',
      version: 1,
    });

    const to = home();
    out = '';
    expect(runProgress('import', file, to.env)).toBe(0);
    expect(out).toMatch(/^Imported 2 reviews/);
    out = '';
    expect(runProgress('import', file, to.env)).toBe(0);
    expect(out).toMatch(/^Imported 0 reviews .*\(2 already here\)/);
  });

  it("carries the playground's visited rows and says how many it added", () => {
    const from = home([['hs-1', 3]]);
    writeFileSync(join(from.dir, 'playground.json'), '{"visited": ["F01", "F02", "F04"]}\n');
    const file = join(tempDir(), 'progress-export.json');
    expect(runProgress('export', file, from.env)).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).playground).toEqual({
      visited: ['F01', 'F02', 'F04'],
    });

    const to = home();
    writeFileSync(join(to.dir, 'playground.json'), '{"visited": ["E05", "F02"]}\n');
    out = '';
    expect(runProgress('import', file, to.env)).toBe(0);
    expect(out).toBe(
      `Imported 1 review from ${file} (0 already here); 2 visited playground rows added\n`,
    );
    expect(JSON.parse(readFileSync(join(to.dir, 'playground.json'), 'utf8'))).toEqual({
      visited: ['E05', 'F01', 'F02', 'F04'],
    });
    out = '';
    expect(runProgress('import', file, to.env)).toBe(0);
    expect(out).toBe(`Imported 0 reviews from ${file} (1 already here)\n`);
  });

  it('explains an unknown subcommand with a usage line and exit code 2', () => {
    expect(runProgress('sync', 'x.json', home().env)).toBe(2);
    expect(err).toMatch(/Usage: tcp-drill progress export\|import FILE/);
  });

  it('reports a missing or invalid file in one line, exit code 1', () => {
    const { env } = home();
    const dir = tempDir();
    expect(runProgress('import', join(dir, 'nope.json'), env)).toBe(1);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "tcp-drill-progress", "version": 1, "reviews": [{"id": 3}]}');
    expect(runProgress('import', bad, env)).toBe(1);
    writeFileSync(bad, 'not json');
    expect(runProgress('import', bad, env)).toBe(1);
    writeFileSync(
      bad,
      '{"format": "tcp-drill-progress", "version": 1, "reviews": [], "playground": {"visited": [1]}}',
    );
    expect(runProgress('import', bad, env)).toBe(1);
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/nope\.json: no such file/);
    expect(lines[1]).toMatch(/review #1/);
    expect(lines[2]).toMatch(/not valid JSON/);
    expect(lines[3]).toMatch(/bad\.json: playground row #1 in the export is not a row id/);
  });
});

describe('reset', () => {
  it('refuses without --yes when there is no terminal (exit 2), changing nothing', async () => {
    const { dir, env } = home([['hs-1', 3]]);
    const io = { input: new PassThrough(), output: new PassThrough() };
    expect(await runReset({ yes: false }, env, io)).toBe(2);
    expect(err).toMatch(/--yes/);
    expect(existsSync(join(dir, 'reviews.jsonl'))).toBe(true);
  });

  /** A terminal to ask on, and what it has shown. */
  const tty = () => {
    const input = Object.assign(new PassThrough(), { isTTY: true });
    const output = Object.assign(new PassThrough(), { isTTY: true });
    let shown = '';
    output.on('data', (c: Buffer) => (shown += c.toString()));
    return { io: { input, output }, shown: () => shown };
  };

  it('asks on a terminal, and only "yes" clears (with a backup)', async () => {
    const { dir, env } = home([['hs-1', 3]]);
    const no = tty();
    const declined = runReset({ yes: false }, env, no.io);
    no.io.input.write('no\n');
    expect(await declined).toBe(0);
    expect(no.shown()).toContain(RESET_PROMPT);
    expect(existsSync(join(dir, 'reviews.jsonl'))).toBe(true);

    const eof = tty(); // Ctrl+D: no answer is not a yes
    const closed = runReset({ yes: false }, env, eof.io);
    eof.io.input.end();
    expect(await closed).toBe(0);
    expect(existsSync(join(dir, 'reviews.jsonl'))).toBe(true);

    const yes = tty();
    const accepted = runReset({ yes: false }, env, yes.io);
    yes.io.input.write('yes\n');
    expect(await accepted).toBe(0);
    expect(yes.shown()).toMatch(/Backup: .*backup-\d{8}-\d{6}/);
    expect(existsSync(join(dir, 'reviews.jsonl'))).toBe(false);
  });

  it('asks in Chinese, and still takes "yes" for yes', async () => {
    const { dir, env } = home([['hs-1', 3]]);
    const no = tty();
    const declined = runReset({ yes: false, lang: 'zh' }, env, no.io);
    no.io.input.write('no\n');
    expect(await declined).toBe(0);
    expect(no.shown()).toContain('输入 yes 清空全部进度（会保留备份）：');
    expect(no.shown()).toMatch(/\n什么都没有改动。\n$/);
    const yes = tty();
    const accepted = runReset({ yes: false, lang: 'zh' }, env, yes.io);
    yes.io.input.write('yes\n');
    expect(await accepted).toBe(0);
    expect(yes.shown()).toMatch(/\n进度已清空。备份：.*backup-\d{8}-\d{6}\n$/);
    expect(existsSync(join(dir, 'reviews.jsonl'))).toBe(false);
  });

  it('--yes clears at once and says where the backup is', async () => {
    const { dir, env } = home([['hs-1', 3]]);
    const io = { input: new PassThrough(), output: new PassThrough() };
    let shown = '';
    io.output.on('data', (c: Buffer) => (shown += c.toString()));
    expect(await runReset({ yes: true }, env, io)).toBe(0);
    expect(shown).toContain(join(dir, 'backup-'));
  });
});
