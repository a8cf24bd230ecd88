// `tcp-drill settings [name=value ...] [--json]`: show or change the daily limits and the
// desired retention. Changing retention reschedules every card (the store replays the log).
import { SETTING_NAMES, parseSetting } from '../srs/settings.js';
import type { Settings } from '../srs/settings.js';
import { warn } from './say.js';
import { withProgress } from './with-progress.js';

const USAGE =
  'Usage: tcp-drill settings [new-per-day=N] [reviews-per-day=N] [retention=0.9] [--json]';

export function runSettings(
  args: readonly string[],
  opts: { json: boolean },
  env: NodeJS.ProcessEnv = process.env,
): number {
  let patch: Partial<Settings> = {};
  for (const arg of args) {
    const parsed = parseSetting(arg);
    if (!parsed.ok) {
      warn(parsed.error);
      process.stderr.write(`${USAGE}\n`);
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
    return withProgress({ write: false, env }, (store) => show(store.settings));
  return withProgress({ write: true, env }, (store) => show(store.updateSettings(patch)));
}

function format(settings: Settings): string {
  return Object.entries(SETTING_NAMES)
    .map(([name, key]) => `${name.padEnd(16)} ${settings[key]}\n`)
    .join('');
}
