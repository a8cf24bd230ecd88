import { describe, expect, it } from 'vitest';
import {
  grade,
  intervalLabel,
  isCardState,
  newState,
  preview,
  retrievability,
  type CardState,
  type Rating,
} from '../../src/srs/scheduler.js';
import { replayLog, type Review } from '../../src/srs/review-log.js';

const SETTINGS = { requestRetention: 0.9 };
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = Date.UTC(2026, 2, 2, 9, 0);

/** Grades `ratings` in turn, each at the moment the card comes due. */
function run(ratings: readonly Rating[], start = T0): CardState[] {
  const out: CardState[] = [];
  let state: CardState | undefined;
  let now = start;
  for (const r of ratings) {
    state = grade(state, r, now, SETTINGS);
    out.push(state);
    now = state.due;
  }
  return out;
}

describe('scheduler', () => {
  it('walks the learning steps 1m and 10m, then graduates', () => {
    const [first, second] = run([3, 3]);
    expect(first).toMatchObject({ state: 1, reps: 1 });
    expect(first!.due - T0).toBe(10 * MIN);
    expect(second!.state).toBe(2);
    expect(second!.scheduled_days).toBeGreaterThanOrEqual(1);
    expect(grade(undefined, 1, T0, SETTINGS).due - T0).toBe(MIN);
  });

  it('grows the interval with each Good', () => {
    const reviews = run([3, 3, 3, 3, 3, 3]).slice(1);
    const intervals = reviews.map((s) => s.scheduled_days);
    for (let i = 1; i < intervals.length; i++)
      expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
  });

  it('counts a lapse when a review card is forgotten, and relearns in 10 minutes', () => {
    const states = run([3, 3, 3, 1]);
    const lapsed = states[3]!;
    expect(lapsed).toMatchObject({ state: 3, lapses: 1 });
    expect(lapsed.due - states[2]!.due).toBe(10 * MIN);
    expect(lapsed.stability).toBeLessThan(states[2]!.stability);
  });

  it('fuzzes intervals, but deterministically from the card and the time', () => {
    const review = run([3, 3, 3])[2]!;
    const at = (i: number) => review.due + i * 7919;
    const days = new Set(
      Array.from({ length: 40 }, (_, i) => grade(review, 3, at(i), SETTINGS).scheduled_days),
    );
    expect(days.size).toBeGreaterThan(1); // fuzz is on
    for (let i = 0; i < 40; i++)
      expect(grade(review, 3, at(i), SETTINGS)).toEqual(grade(review, 3, at(i), SETTINGS));
  });

  it('replays a log to identical states every time', () => {
    const log: Review[] = [];
    let now = T0;
    for (let i = 0; i < 300; i++) {
      now += ((i * 7907) % 3) * DAY + 11 * MIN + i;
      log.push({
        id: `r${i}`,
        card: `c${i % 7}`,
        at: now,
        rating: (((i * 31) % 4) + 1) as Rating,
        ms: 1000,
        by: 'self',
      });
    }
    const once = replayLog(log, SETTINGS);
    const again = replayLog(JSON.parse(JSON.stringify(log)) as Review[], SETTINGS);
    expect(JSON.stringify([...again])).toBe(JSON.stringify([...once]));
  });

  it('keeps states as plain JSON with epoch-ms dates', () => {
    const state = run([3, 3, 1])[2]!;
    const copy = JSON.parse(JSON.stringify(state)) as unknown;
    expect(copy).toEqual(state);
    expect(isCardState(copy)).toBe(true);
    expect(typeof state.due).toBe('number');
    expect(typeof state.last_review).toBe('number');
    expect(grade(copy as CardState, 3, state.due, SETTINGS)).toEqual(
      grade(state, 3, state.due, SETTINGS),
    );
    expect(isCardState({ ...state, due: '2026-01-01' })).toBe(false);
  });

  it('labels what each button would do', () => {
    const fresh = preview(undefined, T0, SETTINGS);
    expect(fresh[1].intervalLabel).toBe('1m');
    expect(fresh[3].intervalLabel).toBe('10m');
    expect(fresh[4].intervalLabel).toMatch(/^\d+d$/);
    expect(fresh[3].state).toEqual(grade(undefined, 3, T0, SETTINGS));
    const review = run([3, 3, 3, 3])[3]!;
    const labels = preview(review, review.due, SETTINGS);
    expect(labels[1].intervalLabel).toBe('10m');
    expect(labels[3].intervalLabel).toMatch(/^\d+(\.\d)?(d|mo)$/);
  });

  it('formats intervals like Anki', () => {
    expect(intervalLabel(30_000)).toBe('<1m');
    expect(intervalLabel(MIN)).toBe('1m');
    expect(intervalLabel(10 * MIN)).toBe('10m');
    expect(intervalLabel(5 * 60 * MIN)).toBe('5h');
    expect(intervalLabel(DAY)).toBe('1d');
    expect(intervalLabel(96 * DAY)).toBe('3.2mo');
    expect(intervalLabel(90 * DAY)).toBe('3mo');
    expect(intervalLabel(400 * DAY)).toBe('1.1y');
    expect(intervalLabel(30_000, 'zh')).toBe('<1分钟');
    expect(intervalLabel(10 * MIN, 'zh')).toBe('10分钟');
    expect(intervalLabel(5 * 60 * MIN, 'zh')).toBe('5小时');
    expect(intervalLabel(DAY, 'zh')).toBe('1天');
    expect(intervalLabel(96 * DAY, 'zh')).toBe('3.2个月');
    expect(intervalLabel(400 * DAY, 'zh')).toBe('1.1年');
  });

  it('predicts recall between 0 and 1, falling with time; 0 for a new card', () => {
    expect(retrievability(newState(T0), T0)).toBe(0);
    const review = run([3, 3, 3])[2]!;
    const r = [0, 1, 10, 100, 1000].map((d) =>
      retrievability(review, review.last_review! + d * DAY),
    );
    for (const x of r) expect(x).toBeGreaterThanOrEqual(0);
    for (const x of r) expect(x).toBeLessThanOrEqual(1);
    for (let i = 1; i < r.length; i++) expect(r[i]).toBeLessThan(r[i - 1]!);
    // At the due date recall is close to the requested retention.
    expect(retrievability(review, review.due)).toBeGreaterThan(0.8);
    expect(retrievability(review, review.due)).toBeLessThan(0.97);
  });

  it('survives a clock that stepped back (ts-fsrs would throw on a negative interval)', () => {
    const review = run([3, 3, 3])[2]!;
    const earlier = review.last_review! - 2 * DAY;
    expect(grade(review, 3, earlier, SETTINGS)).toEqual(
      grade(review, 3, review.last_review!, SETTINGS),
    );
    expect(preview(review, earlier, SETTINGS)[3].state.reps).toBe(review.reps + 1);
  });

  it('schedules further out with a lower requested retention', () => {
    const review = run([3, 3, 3])[2]!;
    const strict = grade(review, 3, review.due, { requestRetention: 0.95 });
    const relaxed = grade(review, 3, review.due, { requestRetention: 0.8 });
    expect(relaxed.scheduled_days).toBeGreaterThan(strict.scheduled_days);
  });
});
