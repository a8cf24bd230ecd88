// The settings screen as data: its rows, the cursor, and what ← or → does to each row.
// Changes are saved at once by the screen; "learn N more today" is applied with Enter.
import type { Settings } from '../srs/settings.js';

export type SettingRow =
  'newPerDay' | 'reviewsPerDay' | 'learnMore' | 'retention' | 'lang' | 'color';

export const SETTING_ROWS: readonly SettingRow[] = [
  'newPerDay',
  'reviewsPerDay',
  'learnMore',
  'retention',
  'lang',
  'color',
];

export type SettingsForm = {
  readonly cursor: number;
  /** How many more new cards Enter adds to today's limit. */
  readonly learnMore: number;
};

export type SettingsFormAction =
  | { readonly type: 'move'; readonly by: number }
  | { readonly type: 'learn-more'; readonly by: -1 | 1 };

export const START_FORM: SettingsForm = { cursor: 0, learnMore: 10 };

const LEARN_MORE_STEP = 5;
const LEARN_MORE_MAX = 200;

export function settingsFormReducer(form: SettingsForm, action: SettingsFormAction): SettingsForm {
  switch (action.type) {
    case 'move':
      return {
        ...form,
        cursor: Math.min(SETTING_ROWS.length - 1, Math.max(0, form.cursor + action.by)),
      };
    case 'learn-more': {
      const next = form.learnMore + action.by * LEARN_MORE_STEP;
      return { ...form, learnMore: Math.min(LEARN_MORE_MAX, Math.max(LEARN_MORE_STEP, next)) };
    }
  }
}

const COLORS = ['auto', 'on', 'off'] as const;
const LANGS = ['auto', 'en', 'zh'] as const;

/**
 * The change ← (-1) or → (+1) makes to a row, as a settings patch; undefined for the
 * learn-more row, which is not a setting. Steps are coarse where values are large.
 */
export function settingChange(
  row: SettingRow,
  settings: Settings,
  by: -1 | 1,
): Partial<Settings> | undefined {
  switch (row) {
    case 'newPerDay': {
      const n = settings.newPerDay;
      const step = n + by < 10 || (n === 10 && by < 0) ? 1 : 5;
      return { newPerDay: clamp(n + by * step, 0, 9999) };
    }
    case 'reviewsPerDay': {
      const n = settings.reviewsPerDay;
      const step = n + by * 10 < 100 || (n === 100 && by < 0) ? 10 : 50;
      return { reviewsPerDay: clamp(n + by * step, 0, 9999) };
    }
    case 'retention':
      return {
        requestRetention:
          Math.round(clamp(settings.requestRetention + by * 0.01, 0.7, 0.99) * 100) / 100,
      };
    case 'lang': {
      // auto (the locale's), English, Chinese: as `tcp-drill settings lang=` takes them.
      const i = LANGS.indexOf(settings.lang ?? 'auto');
      const next = LANGS[(i + by + LANGS.length) % LANGS.length]!;
      return { lang: next === 'auto' ? undefined : next };
    }
    case 'color': {
      const i = COLORS.indexOf(settings.color ?? 'auto');
      const next = COLORS[(i + by + COLORS.length) % COLORS.length]!;
      return { color: next === 'auto' ? undefined : next };
    }
    case 'learnMore':
      return undefined;
  }
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
