// `tcp-drill reset [--all]`: moves all progress into a backup folder (nothing is deleted).
// Settings are kept unless --all is given. Asks first on a terminal; without one, --yes is
// required so a script never resets by accident.
import { createInterface } from 'node:readline/promises';
import { openStore } from '../store/file-store.js';
import { dataDir } from '../store/paths.js';
import { resetProgress } from '../store/reset.js';
import type { Settings } from '../srs/settings.js';
import { safe, warn } from './say.js';
import { reportStoreError, withProgress } from './with-progress.js';

export const RESET_PROMPT = 'Type yes to clear all progress (a backup is kept): ';

export type ResetIo = {
  readonly input: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly output: NodeJS.WritableStream & { readonly isTTY?: boolean };
};

export async function runReset(
  opts: { yes: boolean; all?: boolean },
  env: NodeJS.ProcessEnv = process.env,
  io: ResetIo = { input: process.stdin, output: process.stdout },
): Promise<number> {
  if (!opts.yes) {
    if (!io.input.isTTY || !io.output.isTTY) {
      warn('reset needs --yes when there is no terminal to ask on; nothing was changed');
      return 2;
    }
    // Saying no is a fine answer, not a failure.
    if ((await ask(io, RESET_PROMPT)).trim().toLowerCase() !== 'yes') {
      io.output.write('Nothing was changed.\n');
      return 0;
    }
  }
  const dir = dataDir(env);
  let kept: { value: Settings; changedAt: number } | undefined;
  if (!opts.all) {
    const code = withProgress({ write: false, env }, (store) => {
      if (store.settingsChangedAt > 0)
        kept = { value: store.settings, changedAt: store.settingsChangedAt };
      return 0;
    });
    if (code !== 0) return code;
  }
  try {
    const { backupDir } = resetProgress(dir);
    if (backupDir && kept) {
      const { store } = openStore({ dir });
      try {
        store.merge([], kept);
      } finally {
        store.close();
      }
    }
    io.output.write(
      safe(
        backupDir
          ? `Progress cleared${kept ? ' (settings kept)' : ''}. Backup: ${backupDir}\n`
          : `No progress to clear in ${dir}\n`,
      ),
    );
    return 0;
  } catch (error) {
    return reportStoreError(error);
  }
}

/** The answer to one question; Ctrl+D or Ctrl+C counts as no answer. */
async function ask(io: ResetIo, question: string): Promise<string> {
  const rl = createInterface({ input: io.input, output: io.output });
  try {
    return await new Promise<string>((resolve) => {
      rl.once('close', () => resolve(''));
      rl.question(question).then(resolve, () => resolve(''));
    });
  } finally {
    rl.close();
  }
}
