// Where progress lives. Resolved here and nowhere else.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const REVIEW_LOG = 'reviews.jsonl';
export const PROGRESS_NAME = 'progress';
export const PROGRESS_FILE = `${PROGRESS_NAME}.json`;
export const LOCK_FILE = 'progress.lock';
export const PLAYGROUND_FILE = 'playground.json';

/**
 * The data folder: TCP_DRILL_HOME if set (so progress can live in a synced folder), else
 * the folder conf would pick for projectName 'tcp-drill' with projectSuffix '' (env-paths'
 * config dir: ~/.config/tcp-drill on Linux, ~/Library/Preferences/tcp-drill on macOS,
 * %APPDATA%\tcp-drill\Config on Windows). Computed rather than asked of conf, because
 * constructing a Conf creates the folder, and naming env-paths would be an undeclared dependency.
 */
export function dataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.TCP_DRILL_HOME) return resolve(env.TCP_DRILL_HOME);
  const name = 'tcp-drill';
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', name);
  if (platform === 'win32')
    return join(env.APPDATA || join(home, 'AppData', 'Roaming'), name, 'Config');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), name);
}
