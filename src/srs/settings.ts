// Learner settings that scheduling, queues and stats depend on. Plain data with defaults
// (Anki's 20 new / 200 reviews a day, FSRS's 90% desired retention).

export type Settings = {
  readonly newPerDay: number;
  readonly reviewsPerDay: number;
  /** Desired probability of recall when a card comes due (0.7..0.99). */
  readonly requestRetention: number;
  /** The trainer's language once chosen; absent: --lang, then the locale decide. */
  readonly lang?: 'en' | 'zh';
  /** Colour forced on or off; absent: automatic (NO_COLOR and the terminal decide). */
  readonly color?: 'on' | 'off';
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
    ...(o.lang === 'en' || o.lang === 'zh' ? { lang: o.lang } : {}),
    ...(o.color === 'on' || o.color === 'off' ? { color: o.color } : {}),
  };
}

function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 9999
    ? value
    : fallback;
}

/** The names a learner types (`tcp-drill settings new-per-day=30`) for each setting. */
export const SETTING_NAMES = {
  'new-per-day': 'newPerDay',
  'reviews-per-day': 'reviewsPerDay',
  retention: 'requestRetention',
  lang: 'lang',
  color: 'color',
} as const satisfies Record<string, keyof Settings>;

/** The words `lang` and `color` take; `auto` clears the choice. */
const CHOICES = { lang: ['auto', 'en', 'zh'], color: ['auto', 'on', 'off'] } as const;

export type SettingName = keyof typeof SETTING_NAMES;

/** What is wrong with one `name=value`; the CLI words it in the learner's language. */
export type SettingProblem =
  | { readonly kind: 'unknown'; readonly name: string; readonly known: readonly string[] }
  | {
      readonly kind: 'choice';
      readonly name: string;
      readonly allowed: readonly string[];
      readonly value: string;
    }
  | { readonly kind: 'retention'; readonly value: string }
  | { readonly kind: 'count'; readonly name: string; readonly value: string };

/** Parses one `name=value`, with the same bounds as sanitizeSettings. */
export function parseSetting(
  text: string,
): { ok: true; patch: Partial<Settings> } | { ok: false; problem: SettingProblem } {
  const [name = '', raw = ''] = text.split('=', 2);
  if (!(name in SETTING_NAMES))
    return { ok: false, problem: { kind: 'unknown', name, known: Object.keys(SETTING_NAMES) } };
  const key = SETTING_NAMES[name as SettingName];
  if (key === 'lang' || key === 'color') {
    const allowed: readonly string[] = CHOICES[key];
    if (!allowed.includes(raw))
      return { ok: false, problem: { kind: 'choice', name, allowed, value: raw } };
    return { ok: true, patch: { [key]: raw === 'auto' ? undefined : raw } };
  }
  const value = Number(raw);
  if (key === 'requestRetention') {
    if (raw === '' || !(value >= 0.7 && value <= 0.99))
      return { ok: false, problem: { kind: 'retention', value: raw } };
  } else if (raw === '' || !Number.isInteger(value) || value < 0 || value > 9999) {
    return { ok: false, problem: { kind: 'count', name, value: raw } };
  }
  return { ok: true, patch: { [key]: value } };
}
