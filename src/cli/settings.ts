// `tcp-drill settings [name=value ...] [--json]`: show or change the daily limits and the
// desired retention. Changing retention reschedules every card (the store replays the log).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, SETTING_NAMES, parseSetting } from '../srs/settings.js';
import type { Settings } from '../srs/settings.js';
import { openStore } from '../store/file-store.js';
import { PROGRESS_FILE, REVIEW_LOG, dataDir } from '../store/paths.js';

const USAGE =
  'Usage: tcp-drill settings [new-per-day=N] [reviews-per-day=N] [retention=0.9] [lang=auto|en|zh] [color=auto|on|off] [--json]';

export function runSettings(
  args: readonly string[],
  opts: { json: boolean },
  env: NodeJS.ProcessEnv = process.env,
): number {
  let patch: Partial<Settings> = {};
  for (const arg of args) {
    const parsed = parseSetting(arg);
    if (!parsed.ok) {
      process.stderr.write(`tcp-drill: ${parsed.error}\n${USAGE}\n`);
      return 2;
    }
    patch = { ...patch, ...parsed.patch };
  }
  const dir = dataDir(env);
  const exists = existsSync(join(dir, PROGRESS_FILE)) || existsSync(join(dir, REVIEW_LOG));
  let settings: Settings = DEFAULT_SETTINGS;
  // Reading needs no folder; only a change creates one.
  if (exists || args.length > 0) {
    const { store, notices } = openStore({ dir });
    try {
      for (const notice of notices) process.stderr.write(`tcp-drill: ${notice}\n`);
      settings = args.length > 0 ? store.updateSettings(patch) : store.settings;
    } finally {
      store.close();
    }
  }
  process.stdout.write(opts.json ? `${JSON.stringify(settings)}\n` : format(settings));
  return 0;
}

function format(settings: Settings): string {
  return Object.entries(SETTING_NAMES)
    .map(([name, key]) => `${name.padEnd(16)} ${settings[key] ?? 'auto'}\n`)
    .join('');
}
