import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/file-store.js';
import { PLAYGROUND_FILE } from '../../src/store/paths.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import {
  exportProgress,
  ImportError,
  importProgress,
  mergeProgress,
  parseExport,
} from '../../src/store/transfer.js';
import { tempDir } from './temp-dir.js';

const T0 = new Date(2026, 2, 10, 9).getTime();
const H = 3_600_000;

function folder(cards: string[], start: number) {
  const dir = tempDir();
  const { store } = openStore({ dir });
  cards.forEach((card, i) =>
    store.record({ card, rating: 3, at: start + i * H, ms: 800, by: 'self' }),
  );
  return { dir, store };
}

const sortedStates = (s: { states(): ReadonlyMap<string, unknown> }) =>
  JSON.stringify([...s.states()].sort());

describe('export and import', () => {
  it('round-trips everything: reviews, undo entries, settings, states', () => {
    const { dir, store } = folder(['a', 'b', 'a', 'c'], T0);
    store.undo();
    store.updateSettings({ newPerDay: 9 });
    const data = JSON.parse(JSON.stringify(exportProgress(store))) as unknown;
    expect(data).toMatchObject({
      format: 'tcp-drill-progress',
      version: 1,
      settings: { newPerDay: 9 },
    });
    expect((data as { reviews: unknown[] }).reviews).toHaveLength(5); // four reviews and one undo
    const states = sortedStates(store);
    store.close();

    const other = tempDir();
    const result = importProgress(other, data);
    expect(result).toMatchObject({ added: 4, present: 0, settingsUpdated: true });
    const { store: copy } = openStore({ dir: other });
    expect(sortedStates(copy)).toBe(states);
    expect(copy.reviews()).toHaveLength(3);
    expect(copy.settings.newPerDay).toBe(9);
    copy.close();
    expect(dir).not.toBe(other);
  });

  it('is idempotent: importing the same file twice adds nothing the second time', () => {
    const { store } = folder(['a', 'b'], T0);
    const data = exportProgress(store);
    store.close();
    const target = tempDir();
    expect(importProgress(target, data).added).toBe(2);
    const { store: once } = openStore({ dir: target });
    const after = { states: sortedStates(once), entries: once.entries().length };
    once.close();
    expect(importProgress(target, data)).toMatchObject({
      added: 0,
      present: 2,
      settingsUpdated: false,
    });
    const { store: twice } = openStore({ dir: target });
    expect({ states: sortedStates(twice), entries: twice.entries().length }).toEqual(after);
    twice.close();
  });

  it('merges two machines both ways to the same result, older reviews folded in time order', () => {
    const laptop = folder(['a', 'b'], T0 + 24 * H); // the laptop studied later
    const desktop = folder(['a', 'c'], T0);
    const fromLaptop = exportProgress(laptop.store);
    const fromDesktop = exportProgress(desktop.store);
    laptop.store.close();
    desktop.store.close();
    expect(importProgress(desktop.dir, fromLaptop).added).toBe(2);
    expect(importProgress(laptop.dir, fromDesktop).added).toBe(2);
    const a = openStore({ dir: laptop.dir }).store;
    const b = openStore({ dir: desktop.dir }).store;
    expect(a.reviews()).toHaveLength(4);
    expect(sortedStates(a)).toBe(sortedStates(b));
    expect(a.states().get('a')!.reps).toBe(2);
    a.close();
    b.close();
  });

  it('treats a review of the same card at the same moment as present, whatever its id', () => {
    const { store } = folder(['a'], T0);
    const data = exportProgress(store);
    const renamed = {
      ...data,
      reviews: data.reviews.map((r) => ({ ...r, id: `other-${'id' in r ? r.id : ''}` })),
    };
    expect(store.merge(parseExport(renamed).reviews)).toMatchObject({ added: 0, present: 1 });
    store.close();
  });

  it('rejects files that are not exports, saying why', () => {
    expect(() => parseExport([])).toThrow(ImportError);
    expect(() => parseExport({ format: 'something-else' })).toThrow(
      /not a tcp-drill progress export/,
    );
    expect(() => parseExport({ format: 'tcp-drill-progress', version: 2, reviews: [] })).toThrow(
      /version 2/,
    );
    expect(() =>
      parseExport({ format: 'tcp-drill-progress', version: 1, reviews: [{ id: 'x' }] }),
    ).toThrow(/review #1/);
  });

  it("carries the playground's visited rows, and adds them to the rows already there", () => {
    const { dir, store } = folder(['a'], T0);
    store.markVisited(['F02', 'F01']);
    const data = JSON.parse(JSON.stringify(exportProgress(store))) as unknown;
    store.close();
    expect(data).toMatchObject({ playground: { visited: ['F01', 'F02'] } });
    // The fields of version 1 keep their names and order; the new one comes last.
    expect(Object.keys(data as object)).toEqual([
      'format',
      'version',
      'settings',
      'settingsChangedAt',
      'reviews',
      'playground',
    ]);

    const other = tempDir();
    const { store: before } = openStore({ dir: other });
    before.markVisited(['E05', 'F02']);
    before.close();
    expect(importProgress(other, data)).toMatchObject({ added: 1, visitedAdded: 1 });
    expect(JSON.parse(readFileSync(join(other, PLAYGROUND_FILE), 'utf8'))).toEqual({
      visited: ['E05', 'F01', 'F02'],
    });
    // Again: nothing more to add.
    expect(importProgress(other, data)).toMatchObject({ added: 0, visitedAdded: 0 });
    const { store: after } = openStore({ dir: other });
    expect(after.visited()).toEqual(['E05', 'F01', 'F02']);
    after.close();
    expect(dir).not.toBe(other);
  });

  it('imports an export written before the playground field, keeping the rows there', () => {
    const { store } = folder(['a', 'b'], T0);
    const { playground: _, ...old } = exportProgress(store);
    store.close();
    expect(parseExport(old).playground).toEqual({ visited: [] });
    const target = tempDir();
    const { store: mine } = openStore({ dir: target });
    mine.markVisited(['F01']);
    mine.close();
    expect(importProgress(target, old)).toMatchObject({ added: 2, visitedAdded: 0 });
    const { store: after } = openStore({ dir: target });
    expect(after.visited()).toEqual(['F01']);
    expect(after.reviews()).toHaveLength(2);
    after.close();
  });

  it('rejects a playground field it cannot read, saying where', () => {
    const base = { format: 'tcp-drill-progress', version: 1, reviews: [] };
    expect(() => parseExport({ ...base, playground: ['F01'] })).toThrow(/"playground" field/);
    expect(() => parseExport({ ...base, playground: null })).toThrow(/"playground" field/);
    expect(() => parseExport({ ...base, playground: { visited: ['F01', 7] } })).toThrow(
      /playground row #2/,
    );
    expect(() => parseExport({ ...base, playground: { visited: ['../x'] } })).toThrow(ImportError);
  });

  it('works on the in-memory store too', () => {
    const mem = createMemoryStore();
    mem.record({ card: 'a', rating: 3, at: T0, ms: 1, by: 'self' });
    mem.markVisited(['F01']);
    const other = createMemoryStore();
    expect(mergeProgress(other, exportProgress(mem))).toMatchObject({ added: 1, visitedAdded: 1 });
    expect(sortedStates(other)).toBe(sortedStates(mem));
    expect(other.visited()).toEqual(['F01']);
  });
});
