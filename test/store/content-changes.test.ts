// Progress is keyed by card id, so editing the bank never loses it: an unchanged id keeps
// its progress (even if its text changed), a removed card keeps its history and gets it
// back when it returns, and a new card starts new.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/content/types.js';
import { buildQueue, counts } from '../../src/srs/queue.js';
import { computeStats } from '../../src/srs/stats.js';
import { openStore } from '../../src/store/file-store.js';
import { card } from '../srs/cards.js';
import { tempDir } from './temp-dir.js';

const T0 = new Date(2026, 2, 10, 9).getTime();
const LATER = T0 + 3 * 3_600_000;

function view(dir: string, cards: Card[]) {
  const { store } = openStore({ dir });
  const input = {
    cards,
    states: store.states(),
    reviews: store.reviews(),
    settings: store.settings,
    now: LATER,
  };
  const result = {
    counts: counts(input),
    newQueue: buildQueue({ ...input, mode: 'new' }).map((c) => c.id),
    stats: computeStats(input),
    state: (id: string) => store.states().get(id),
  };
  store.close();
  return result;
}

describe('bank changes', () => {
  it('keep progress by id, hide removed cards without forgetting them, and start new ones new', () => {
    const dir = tempDir();
    const { store } = openStore({ dir });
    for (const id of ['kept', 'removed']) {
      store.record({ card: id, rating: 3, at: T0, ms: 1, by: 'self' });
      store.record({ card: id, rating: 3, at: T0 + 600_000, ms: 1, by: 'self' });
    }
    const removedState = store.states().get('removed');
    store.close();

    // v2: 'kept' is reworded (same id), 'removed' is gone, 'added' is new.
    const v2 = [{ ...card('kept'), prompt: 'reworded' } as Card, card('added')];
    const two = view(dir, v2);
    expect(two.newQueue).toEqual(['added']);
    expect(two.counts.new).toBe(1);
    expect(two.stats.totalReviews).toBe(2); // only 'kept' is in this bank
    expect(two.state('kept')?.state).toBe(2);
    expect(two.state('removed')).toEqual(removedState); // still stored

    // v3: 'removed' is back, with its progress.
    const v3 = [card('kept'), card('removed'), card('added')];
    const three = view(dir, v3);
    expect(three.newQueue).toEqual(['added']);
    expect(three.stats.totalReviews).toBe(4);
    expect(three.state('removed')).toEqual(removedState);
  });
});
