// `tcp-drill reset [--all]`: moves all progress into a backup folder (nothing is deleted).
// Settings are kept unless --all is given. Asks first on a terminal; without one, --yes is
// required so a script never resets by accident.
import { createInterface } from 'node:readline/promises';
import type { Lang } from '../content/types.js';
import { openStore } from '../store/file-store.js';
import { dataDir } from '../store/paths.js';
import { resetProgress } from '../store/reset.js';
import type { Settings } from '../srs/settings.js';
import { cliStrings } from './cli-strings.js';
import { safe, warn } from './say.js';
import { reportStoreError, withProgress } from './with-progress.js';

export type ResetIo = {
  readonly input: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly output: NodeJS.WritableStream & { readonly isTTY?: boolean };
};

export async function runReset(
  opts: { yes: boolean; all?: boolean; lang?: Lang },
  env: NodeJS.ProcessEnv = process.env,
  io: ResetIo = { input: process.stdin, output: process.stdout },
): Promise<number> {
  const lang = opts.lang ?? 'en';
  const t = cliStrings(lang);
  if (!opts.yes) {
    if (!io.input.isTTY || !io.output.isTTY) {
      warn(t.resetNeedsYes);
      return 2;
    }
    // Saying no is a fine answer, not a failure. The answer is `yes` in every language.
    if ((await ask(io, t.resetPrompt)).trim().toLowerCase() !== 'yes') {
      io.output.write(`${t.nothingChanged}\n`);
      return 0;
    }
  }
  const dir = dataDir(env);
  let kept: { value: Settings; changedAt: number } | undefined;
  if (!opts.all) {
    const code = withProgress({ write: false, env, lang }, (store) => {
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
    const done = !backupDir
      ? t.nothingToClear(dir)
      : kept
        ? t.clearedKeptSettings(backupDir)
        : t.cleared(backupDir);
    io.output.write(safe(`${done}\n`));
    return 0;
  } catch (error) {
    return reportStoreError(error, lang);
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
