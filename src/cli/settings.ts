// `tcp-drill settings [name=value ...] [--json]`: show or change the daily limits and the
// desired retention. Changing retention reschedules every card (the store replays the log).
import type { Lang } from '../content/types.js';
import { SETTING_NAMES, parseSetting, type SettingProblem } from '../srs/settings.js';
import type { Settings } from '../srs/settings.js';
import { cliStrings, type CliStrings } from './cli-strings.js';
import { warn } from './say.js';
import { withProgress } from './with-progress.js';

const USAGE =
  'tcp-drill settings [new-per-day=N] [reviews-per-day=N] [retention=0.9] [lang=auto|en|zh] [color=auto|on|off] [--json]';

export function runSettings(
  args: readonly string[],
  opts: { json: boolean; lang?: Lang },
  env: NodeJS.ProcessEnv = process.env,
): number {
  const lang = opts.lang ?? 'en';
  let patch: Partial<Settings> = {};
  for (const arg of args) {
    const parsed = parseSetting(arg);
    if (!parsed.ok) {
      const t = cliStrings(lang);
      warn(problemText(parsed.problem, t));
      process.stderr.write(`${t.usage(USAGE)}\n`);
      return 2;
    }
    patch = { ...patch, ...parsed.patch };
  }
  const show = (settings: Settings): number => {
    process.stdout.write(opts.json ? `${JSON.stringify(settings)}\n` : format(settings));
    return 0;
  };
  // Reading opens nothing for writing, so it needs no folder; only a change creates one.
  if (args.length === 0)
    return withProgress({ write: false, env, lang }, (store) => show(store.settings));
  return withProgress({ write: true, env, lang }, (store) => show(store.updateSettings(patch)));
}

function problemText(p: SettingProblem, t: CliStrings): string {
  switch (p.kind) {
    case 'unknown':
      return t.unknownSetting(p.name, p.known.join(t.listSeparator));
    case 'choice':
      return t.settingChoice(p.name, p.allowed.join(t.listSeparator), p.value);
    case 'retention':
      return t.settingRetention(p.value);
    case 'count':
      return t.settingCount(p.name, p.value);
  }
}

function format(settings: Settings): string {
  return Object.entries(SETTING_NAMES)
    .map(([name, key]) => `${name.padEnd(16)} ${settings[key] ?? 'auto'}\n`)
    .join('');
}
