// Study days roll over at 4 am LOCAL time. The time zone is pinned for this file so the
// expected instants can be written as UTC with the zone's offset spelled out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayKey, dayStart, studyDayStart } from '../../src/srs/day.js';

const HOUR = 3_600_000;
const savedTz = process.env.TZ;

function inZone(tz: string, body: () => void) {
  return () => {
    process.env.TZ = tz;
    try {
      body();
    } finally {
      process.env.TZ = 'UTC';
    }
  };
}

describe('study days', () => {
  beforeAll(() => {
    process.env.TZ = 'UTC';
  });
  afterAll(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it(
    'roll over at 4 am local time, not at midnight or in UTC (Shanghai, UTC+8)',
    inZone('Asia/Shanghai', () => {
      // 2026-03-10 04:00 in Shanghai is 2026-03-09 20:00 UTC.
      const fourAm = Date.UTC(2026, 2, 9, 20);
      expect(new Date(fourAm).getHours()).toBe(4); // the zone really is in effect
      expect(dayStart(fourAm)).toBe(fourAm);
      expect(dayStart(fourAm - 1)).toBe(fourAm - 24 * HOUR);
      expect(dayKey(fourAm - 1)).toBe('2026-03-09');
      expect(dayKey(fourAm)).toBe('2026-03-10');
      // 23:30 and 03:59 the next night are still the same study day.
      expect(dayKey(fourAm + 19.5 * HOUR)).toBe('2026-03-10');
      expect(dayKey(fourAm + 24 * HOUR - 60_000)).toBe('2026-03-10');
      expect(studyDayStart(fourAm + 5 * HOUR, 1)).toBe(fourAm + 24 * HOUR);
      expect(dayStart(fourAm, 0)).toBe(fourAm - 4 * HOUR); // another rollover hour: midnight
    }),
  );

  it(
    'keep to 4 am across a daylight-saving change (New York, 2026-03-08)',
    inZone('America/New_York', () => {
      // Before the change New York is UTC-5; after it, UTC-4.
      const sat = Date.UTC(2026, 2, 7, 9); // Sat 04:00 EST
      const sun = Date.UTC(2026, 2, 8, 8); // Sun 04:00 EDT: the study day was 23 hours long
      expect(dayStart(sat + HOUR)).toBe(sat);
      expect(studyDayStart(sat, 1)).toBe(sun);
      expect(dayStart(sun + HOUR)).toBe(sun);
      expect(dayKey(sun - 1)).toBe('2026-03-07');
      expect(dayKey(sun)).toBe('2026-03-08');
    }),
  );
});
