// Two processes grading in one folder at the same time lose nothing: O_APPEND single-write
// lines, and each process catching up on the other's lines in file order.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayLog } from '../../src/srs/review-log.js';
import { openStore } from '../../src/store/file-store.js';
import { bundleGrader, startGrader } from './grader-process.js';
import { tempDir } from './temp-dir.js';

let bundle = '';
beforeAll(async () => {
  bundle = await bundleGrader();
});
afterAll(() => rmSync(bundle, { recursive: true, force: true }));

describe('two processes grading the same folder', () => {
  it('keep every review of both', async () => {
    const dir = tempDir();
    const N = 300;
    // Both grade the same five cards, so their grades interleave on each card.
    const a = startGrader(bundle, dir, 'card-', N, 20);
    const b = startGrader(bundle, dir, 'card-', N, 20);
    await Promise.all([a.ready, b.ready]);
    a.go();
    b.go();
    const [ea, eb] = await Promise.all([a.exited, b.exited]);
    expect(ea.code).toBe(0);
    expect(eb.code).toBe(0);
    expect(a.ids).toHaveLength(N);
    expect(b.ids).toHaveLength(N);

    const { store, notices } = openStore({ dir });
    expect(notices).toEqual([]);
    const ids = store.reviews().map((r) => r.id);
    expect(ids).toHaveLength(2 * N);
    expect(new Set(ids)).toEqual(new Set([...a.ids, ...b.ids]));
    // They really did run at the same time: the log alternates between them.
    const fromA = new Set(a.ids);
    const switches = ids.filter(
      (id, i) => i > 0 && fromA.has(id) !== fromA.has(ids[i - 1]!),
    ).length;
    expect(switches).toBeGreaterThan(2);
    // The cache written by whichever closed last equals a fold of the whole log.
    expect(JSON.stringify([...store.states()].sort())).toBe(
      JSON.stringify([...replayLog(store.entries(), store.settings)].sort()),
    );
    store.close();
  });
});
