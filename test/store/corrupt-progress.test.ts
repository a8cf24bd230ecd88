// A damaged progress.json must never lose progress or crash: it is moved aside with a
// timestamp, the states are rebuilt from the review log, and the learner gets one line
// saying what happened and where the old file is.
import { existsSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/file-store.js';
import { openStoreEn } from './open-store-en.js';
import { tempDir } from './temp-dir.js';

const T0 = new Date(2026, 2, 10, 9).getTime();
const OPENED = new Date(2026, 2, 11, 8, 30, 5).getTime();

/** A folder with a few grades and a valid cache, and the states they produce. */
function folderWithProgress() {
  const dir = tempDir();
  const { store } = openStore({ dir });
  for (let i = 0; i < 6; i++)
    store.record({ card: `c${i % 2}`, rating: 3, at: T0 + i * 700_000, ms: 1, by: 'self' });
  store.updateSettings({ newPerDay: 7 });
  const states = JSON.stringify([...store.states()]);
  store.close();
  return { dir, states, file: join(dir, 'progress.json') };
}

const damage: Record<string, (text: string) => string> = {
  'bad JSON': () => '{"settings": {"newPerDay": 7,,,',
  truncated: (text) => text.slice(0, Math.floor(text.length / 2)),
  empty: () => '',
  'wrong shape (array)': () => '[1, 2, 3]',
  'wrong shape (fields)': () =>
    JSON.stringify({ settings: 42, cache: { offset: 'x', states: [] } }),
};

describe('a damaged progress.json', () => {
  for (const [kind, corrupt] of Object.entries(damage)) {
    it(`is moved aside and rebuilt from the log: ${kind}`, () => {
      const { dir, states, file } = folderWithProgress();
      const broken = corrupt(readFileSync(file, 'utf8'));
      writeFileSync(file, broken);

      const { store, notices } = openStoreEn({ dir, now: OPENED });
      const aside = join(dir, 'progress.json.corrupt-20260311-083005');
      expect(readFileSync(aside, 'utf8')).toBe(broken); // kept byte for byte
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(aside);
      expect(notices[0]).toContain('rebuilt');
      expect(notices[0]).not.toMatch(/\n|at .*\(/); // one line, no stack trace
      expect(JSON.stringify([...store.states()])).toBe(states);
      expect(store.reviews()).toHaveLength(6);
      // The settings are in the log too: the rebuild keeps them.
      expect(store.settings.newPerDay).toBe(7);
      store.close();

      // The repaired file opens cleanly afterwards.
      const again = openStore({ dir });
      expect(again.notices).toEqual([]);
      expect(JSON.stringify([...again.store.states()])).toBe(states);
      again.store.close();
    });
  }

  it('gets a fresh name if one from the same second exists', () => {
    const { dir, file } = folderWithProgress();
    writeFileSync(file, '{');
    openStore({ dir, now: OPENED }).store.close();
    writeFileSync(file, '{{');
    const { notices, store } = openStoreEn({ dir, now: OPENED });
    store.close();
    expect(
      readdirSync(dir)
        .filter((n) => n.startsWith('progress.json.corrupt-'))
        .sort(),
    ).toEqual(['progress.json.corrupt-20260311-083005', 'progress.json.corrupt-20260311-083005-2']);
    expect(notices[0]).toContain('corrupt-20260311-083005-2');
  });

  it('is noticed when its cache belongs to another log, and a copy is kept', () => {
    const { dir, states } = folderWithProgress();
    const log = join(dir, 'reviews.jsonl');
    const lines = readFileSync(log, 'utf8').split('\n');
    writeFileSync(log, lines.slice(0, 3).join('\n') + '\n'); // the log lost its tail
    const { store, notices } = openStoreEn({ dir, now: OPENED });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('did not match');
    expect(existsSync(join(dir, 'progress.json.corrupt-20260311-083005'))).toBe(true);
    expect(store.reviews()).toHaveLength(3);
    expect(JSON.stringify([...store.states()])).not.toBe(states);
    expect(store.settings.newPerDay).toBe(7); // the settings were fine and are kept
    store.close();
  });
});

describe('a damaged review log', () => {
  it('ignores a partial last line from a crash, and keeps appending cleanly after it', () => {
    const { dir, states } = folderWithProgress();
    const log = join(dir, 'reviews.jsonl');
    appendFileSync(log, '{"id":"torn","card":"c0","at":17');
    const { store, notices } = openStoreEn({ dir });
    expect(notices).toEqual([]);
    expect(JSON.stringify([...store.states()])).toBe(states);
    const next = store.record({ card: 'c9', rating: 3, at: T0 + 99_000_000, ms: 1, by: 'self' });
    store.close();
    const lines = readFileSync(log, 'utf8').split('\n');
    expect(lines.at(-2)).toBe(JSON.stringify(next)); // not glued to the torn line
    const again = openStore({ dir });
    expect(again.store.reviews().map((r) => r.id)).toContain(next.id);
    expect(again.store.reviews()).toHaveLength(7);
    again.store.close();
  });

  it('skips bad lines in the middle and says how many, once', () => {
    const { dir } = folderWithProgress();
    const log = join(dir, 'reviews.jsonl');
    appendFileSync(log, 'garbage\n{"id":"x","card":"c0","at":-5,"rating":3,"ms":1,"by":"self"}\n');
    appendFileSync(
      log,
      `${JSON.stringify({ id: 'ok', card: 'c5', at: T0 + 9e7, rating: 3, ms: 1, by: 'self' })}\n`,
    );
    const { store, notices } = openStoreEn({ dir });
    expect(notices).toEqual([`${log}: skipped 2 damaged lines that could not be read.`]);
    expect(store.states().has('c5')).toBe(true);
    store.close();
    expect(openStore({ dir }).notices).toEqual([]);
  });
});
