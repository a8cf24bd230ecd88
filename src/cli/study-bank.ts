// The cards the trainer studies: the built-in bank, or, for development and tests, the
// decks of the folder named by TCP_DRILL_CONTENT (read when the trainer starts, and only
// here), so a test can run the trainer on a small fixture that content edits never touch.
import { resolve } from 'node:path';
import type { Bank, Lang } from '../content/types.js';
import { cliStrings } from './cli-strings.js';
import { formatDiagnostic } from './lint.js';

export type StudyBank = { readonly bank: Bank } | { readonly problem: string };

export async function studyBank(
  env: NodeJS.ProcessEnv = process.env,
  lang: Lang = 'en',
): Promise<StudyBank> {
  const dir = env.TCP_DRILL_CONTENT;
  if (!dir) return { bank: (await import('../content/builtin.js')).builtinBank };
  const { readContentFolder, MissingFolderError } = await import('./content-folder.js');
  const t = cliStrings(lang);
  try {
    const result = await readContentFolder(resolve(dir));
    if (result.diagnostics.length > 0)
      return { problem: result.diagnostics.map((d) => formatDiagnostic(d)).join('\n') };
    if (result.decks.length === 0) return { problem: t.contentProblem(t.noDecksIn(dir)) };
    return { bank: { decks: result.decks, cards: result.cards } };
  } catch (error) {
    if (error instanceof MissingFolderError)
      return { problem: t.contentProblem(t.noSuchFolder(error.dir)) };
    throw error;
  }
}
