// Learner settings that scheduling, queues and stats depend on. Plain data with defaults
// (Anki's 20 new / 200 reviews a day, FSRS's 90% desired retention).

export type Settings = {
  readonly newPerDay: number;
  readonly reviewsPerDay: number;
  /** Desired probability of recall when a card comes due (0.7..0.99). */
  readonly requestRetention: number;
};

export const DEFAULT_SETTINGS: Settings = {
  newPerDay: 20,
  reviewsPerDay: 200,
  requestRetention: 0.9,
};

/** Settings from untrusted data (a file, an import): unknown keys dropped, bad values defaulted. */
export function sanitizeSettings(input: unknown): Settings {
  const o = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  return {
    newPerDay: count(o.newPerDay, DEFAULT_SETTINGS.newPerDay),
    reviewsPerDay: count(o.reviewsPerDay, DEFAULT_SETTINGS.reviewsPerDay),
    requestRetention:
      typeof o.requestRetention === 'number' &&
      o.requestRetention >= 0.7 &&
      o.requestRetention <= 0.99
        ? o.requestRetention
        : DEFAULT_SETTINGS.requestRetention,
  };
}

function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 9999
    ? value
    : fallback;
}
