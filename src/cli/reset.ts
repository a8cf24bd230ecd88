// `tcp-drill reset`: moves all progress into a backup folder (nothing is deleted). Asks
// first on a terminal; without one, --yes is required so a script never resets by accident.
import { createInterface } from 'node:readline/promises';
import { dataDir } from '../store/paths.js';
import { resetProgress } from '../store/reset.js';

export const RESET_PROMPT = 'Type yes to clear all progress (a backup is kept): ';

export type ResetIo = {
  readonly input: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly output: NodeJS.WritableStream & { readonly isTTY?: boolean };
};

export async function runReset(
  opts: { yes: boolean },
  env: NodeJS.ProcessEnv = process.env,
  io: ResetIo = { input: process.stdin, output: process.stdout },
): Promise<number> {
  if (!opts.yes) {
    if (!io.input.isTTY || !io.output.isTTY) {
      process.stderr.write(
        'tcp-drill: reset needs --yes when there is no terminal to ask on; nothing was changed\n',
      );
      return 2;
    }
    if ((await ask(io, RESET_PROMPT)).trim().toLowerCase() !== 'yes') {
      io.output.write('Nothing was changed.\n');
      return 1;
    }
  }
  const dir = dataDir(env);
  let backupDir: string | undefined;
  try {
    backupDir = resetProgress(dir).backupDir;
  } catch (error) {
    process.stderr.write(`tcp-drill: could not reset ${dir}: ${(error as Error).message}\n`);
    return 1;
  }
  io.output.write(
    backupDir ? `Progress cleared. Backup: ${backupDir}\n` : `No progress to clear in ${dir}\n`,
  );
  return 0;
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
