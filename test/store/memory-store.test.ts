import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/srs/scheduler.js';
import { openStore } from '../../src/store/file-store.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { ProgressStore } from '../../src/store/progress-store.js';
import { tempDir } from './temp-dir.js';

const T0 = new Date(2026, 2, 10, 9).getTime();

function script(store: ProgressStore) {
  for (let i = 0; i < 30; i++) {
    store.record({
      card: `c${i % 4}`,
      rating: ((i % 4) + 1) as Rating,
      at: T0 + i * 500_000,
      ms: 10,
      by: 'self',
    });
    if (i % 7 === 6) store.undo(T0 + i * 500_000 + 1);
  }
  store.updateSettings({ reviewsPerDay: 10 });
  return {
    states: JSON.stringify([...store.states()].sort()),
    reviews: store.reviews().map((r) => [r.card, r.at, r.rating]),
    settings: store.settings,
  };
}

describe('memory store', () => {
  it('behaves like the file store', () => {
    const { store } = openStore({ dir: tempDir() });
    const onDisk = script(store);
    store.close();
    expect(script(createMemoryStore())).toEqual(onDisk);
  });

  it('starts from given settings and entries', () => {
    const store = createMemoryStore({
      settings: { newPerDay: 3 },
      entries: [{ id: 'r1', card: 'a', at: T0, rating: 3, ms: 1, by: 'self' }],
    });
    expect(store.settings.newPerDay).toBe(3);
    expect(store.states().get('a')?.reps).toBe(1);
    expect(store.undo()).toBeUndefined(); // not this session's grade
  });
});
