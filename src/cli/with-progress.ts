// The one way a command opens the progress folder: notices first, then the command, then
// close. A folder or file the learner can fix (missing, a file where a folder should be,
// read-only, a dangling link) is one line naming it and exit 1, never an internal error.
import type { Lang } from '../content/types.js';
import { openStore } from '../store/file-store.js';
import { dataDir } from '../store/paths.js';
import type { ProgressStore } from '../store/progress-store.js';
import { StoreError } from '../store/store-error.js';
import { say } from '../store/store-text.js';
import { warn } from './say.js';

export type ProgressAccess = {
  /** false: only read (works in a read-only folder, creates nothing). */
  readonly write: boolean;
  readonly env?: NodeJS.ProcessEnv;
  readonly now?: number;
  /** The language of notices and errors. */
  readonly lang?: Lang;
};

export function withProgress(
  { write, env = process.env, now = Date.now(), lang = 'en' }: ProgressAccess,
  command: (store: ProgressStore, dir: string) => number,
): number {
  const dir = dataDir(env);
  try {
    const { store, notices } = openStore({ dir, now, readOnly: !write });
    try {
      for (const notice of notices) warn(say(notice, lang));
      return command(store, dir);
    } finally {
      store.close();
    }
  } catch (error) {
    return reportStoreError(error, lang);
  }
}

/** Exit 1 with one line for a StoreError; anything else is a bug and goes on up. */
export function reportStoreError(error: unknown, lang: Lang = 'en'): number {
  if (!(error instanceof StoreError)) throw error;
  warn(error.say(lang));
  return 1;
}
