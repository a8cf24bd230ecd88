// kill -9 in the middle of grading loses at most the grade in flight, never a grade that
// was reported as stored, and the folder opens cleanly afterwards.
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

describe('SIGKILL while grading', () => {
  it('keeps every printed review, loses at most the one in flight, and reopens cleanly', async () => {
    const dir = tempDir();
    const printed: string[] = [];
    // Three crashes in one folder; frequent checkpoints make a kill during one likely.
    for (let round = 0; round < 3; round++) {
      const grader = startGrader(bundle, dir, `r${round}-`, 0, 3);
      await grader.ready;
      grader.go();
      await grader.printed(20 + Math.floor(Math.random() * 150));
      grader.child.kill('SIGKILL');
      const { signal } = await grader.exited;
      expect(signal).toBe('SIGKILL');
      printed.push(...grader.ids);

      const { store, notices } = openStore({ dir });
      expect(notices).toEqual([]);
      const stored = new Set(store.reviews().map((r) => r.id));
      for (const id of printed) expect(stored.has(id)).toBe(true);
      expect(stored.size - printed.length).toBeGreaterThanOrEqual(0);
      expect(stored.size - printed.length).toBeLessThanOrEqual(1); // the one in flight
      // The cache the dead process left, plus the log tail, agree with a full replay.
      expect(JSON.stringify([...store.states()].sort())).toBe(
        JSON.stringify([...replayLog(store.entries(), store.settings)].sort()),
      );
      // A lock left by the dead process is broken, not waited on forever.
      expect(store.checkpoint()).toBe(true);
      store.close();
      printed.splice(0, printed.length, ...stored);
    }
  });
});
