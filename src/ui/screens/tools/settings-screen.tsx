import { useReducer, useState } from 'react';
import type { Lang } from '../../../content/types.js';
import {
  SETTING_ROWS,
  START_FORM,
  settingChange,
  settingsFormReducer,
} from '../../../session/settings-form.js';
import type { SettingRow } from '../../../session/settings-form.js';
import type { Settings } from '../../../srs/settings.js';
import { padEnd, stringWidth } from '../../../text/width.js';
import { useAppContext } from '../../app-context.js';
import { Frame } from '../../components/frame.js';
import { useFrame } from '../../hooks/use-frame.js';
import { resolveLang } from '../../../cli/lang.js';
import { useKeys } from '../../hooks/use-keys.js';
import type { Scope } from '../../keymap.js';
import { line, stack, textLines } from '../../layout/lines.js';
import type { Line } from '../../layout/lines.js';
import { toolStrings, type ToolStrings } from './tool-strings.js';

const SCOPES: readonly Scope[] = ['settings', 'global'];
const ON_LEARN_MORE: readonly Scope[] = ['learn-more', ...SCOPES];

/**
 * Settings (`o` on home), each change saved at once:
 *
 *   Settings
 *
 *   ❯ New cards a day          ‹ 20 ›
 *     Reviews a day            ‹ 200 ›
 *     Learn more new today     ‹ +10 ›  (Enter: today only)
 *     Target retention         ‹ 0.90 ›  ≈ 35 reviews a day
 *     Language                 ‹ English ›
 *     Colour                   ‹ auto ›
 *
 *   Saved at once, in the store `tcp-drill settings` uses.
 *
 *   ↑↓ move  ←→ change  Enter learn the extra cards now  Esc back  ? help  q quit
 */
export function SettingsScreen() {
  const { trainer, lang, width, navigate, setLang, setColour } = useAppContext();
  const s = toolStrings(lang);
  const [form, dispatch] = useReducer(settingsFormReducer, START_FORM);
  // Read after every change: the store is the truth (another process may write it too).
  const [settings, setSettings] = useState<Settings>(() => trainer.settings());
  const [notice, setNotice] = useState<string>();
  const row = SETTING_ROWS[form.cursor]!;
  const save = (patch: Partial<Settings>) => {
    const saved = trainer.updateSettings(patch);
    setSettings(saved);
    // Back to auto: the language the locale picks, as at start without a saved one.
    if ('lang' in patch) setLang(saved.lang ?? resolveLang(undefined));
    if ('color' in patch)
      setColour(saved.color === undefined ? !process.env.NO_COLOR : saved.color === 'on');
  };
  const change = (by: -1 | 1) => {
    if (row === 'learnMore') {
      dispatch({ type: 'learn-more', by });
      return;
    }
    const patch = settingChange(row, settings, by);
    if (patch) save(patch);
    setNotice(undefined);
  };
  const labelWidth = Math.max(...SETTING_ROWS.map((r) => stringWidth(s.settingLabel[r]))) + 2;
  const rows = SETTING_ROWS.map((r, i) =>
    settingLine(
      r,
      i === form.cursor,
      settings,
      form.learnMore,
      trainer.workload(settings.requestRetention),
      lang,
      s,
      labelWidth,
    ),
  );
  const frame = useFrame({
    header: [line('header', { text: s.settingsTitle, tone: 'title', bold: true })],
    body: stack(
      rows,
      notice ? textLines(notice, width, 'notice', { tone: 'good' }) : [],
      textLines(s.settingsSaved, width, 'status', { tone: 'muted' }),
    ),
    scopes: row === 'learnMore' ? ON_LEARN_MORE : SCOPES,
    resetKey: 'settings',
  });
  useKeys(frame.plan.scopes, ({ command }) => {
    switch (command) {
      case 'back':
        navigate({ type: 'home' });
        return true;
      case 'up':
        dispatch({ type: 'move', by: -1 });
        return true;
      case 'down':
        dispatch({ type: 'move', by: 1 });
        return true;
      case 'decrease':
        change(-1);
        return true;
      case 'increase':
        change(1);
        return true;
      case 'start':
        if (row === 'learnMore') {
          trainer.learnMore(form.learnMore);
          setNotice(s.learnMoreDone(form.learnMore, trainer.counts().new));
        }
        return true;
      default:
        // ↑↓ move the cursor here; the frame scrolls with PgUp/PgDn when the body is taller.
        return frame.scroll(command);
    }
  });
  return <Frame frame={frame} />;
}

function settingLine(
  row: SettingRow,
  on: boolean,
  settings: Settings,
  learnMore: number,
  workload: number,
  lang: Lang,
  s: ToolStrings,
  labelWidth: number,
): Line {
  const value: Record<SettingRow, string> = {
    newPerDay: String(settings.newPerDay),
    reviewsPerDay: String(settings.reviewsPerDay),
    learnMore: `+${learnMore}`,
    retention: settings.requestRetention.toFixed(2),
    lang: settings.lang ? s.langName[settings.lang] : s.langAuto(s.langName[lang]),
    color: s.colorName[settings.color ?? 'auto'],
  };
  const note: Partial<Record<SettingRow, string>> = {
    learnMore: s.learnMoreValue(learnMore).replace(`+${learnMore}`, '').trim(),
    retention: s.retentionCost(workload),
  };
  return line(
    'menu',
    { text: on ? '❯ ' : '  ', tone: 'accent' },
    { text: padEnd(s.settingLabel[row], labelWidth), ...(on ? { tone: 'accent' as const } : {}) },
    { text: `‹ ${value[row]} ›`, bold: on, ...(on ? { tone: 'accent' as const } : {}) },
    ...(note[row] ? [{ text: `  ${note[row]}`, tone: 'muted' as const }] : []),
  );
}
