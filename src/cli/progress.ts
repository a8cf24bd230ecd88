// `tcp-drill progress export|import FILE`: carry progress to another machine. Export
// writes everything as JSON (FILE `-` is stdout) and never overwrites a file without
// --force; import merges (by review id, and card and time; the playground's visited rows
// by union), so it is safe to repeat, and says how many reviews (and rows) it added.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Lang } from '../content/types.js';
import { exportProgress, ImportError, mergeProgress, parseExport } from '../store/transfer.js';
import { isSystemError, storeError, StoreError } from '../store/store-error.js';
import { say } from '../store/store-text.js';
import { inertJson } from '../text/escape.js';
import { COMMANDS } from './args.js';
import { cliStrings } from './cli-strings.js';
import { safe, warn } from './say.js';
import { withProgress } from './with-progress.js';

const STDIO = '-';

export function runProgress(
  sub: string,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
  opts: { readonly force?: boolean; readonly lang?: Lang } = {},
): number {
  const lang = opts.lang ?? 'en';
  const t = cliStrings(lang);
  if ((sub !== 'export' && sub !== 'import') || file === '') {
    warn(sub ? t.unknownProgressCommand(sub) : t.missingProgressCommand);
    process.stderr.write(`${t.usage(COMMANDS.progress.usage)}\n`);
    return 2;
  }
  try {
    return sub === 'export'
      ? runExport(file, env, opts.force ?? false, lang)
      : runImport(file, env, lang);
  } catch (error) {
    // Expected failures with FILE itself (missing, a folder, a bad export) end here as one line.
    if (error instanceof ImportError) {
      const problem = say(error.problem, lang);
      warn(file === STDIO ? t.cannotImportStdin(problem) : t.cannotImport(file, problem));
    } else if (error instanceof StoreError) warn(error.say(lang));
    else if (isSystemError(error)) {
      const shown = file === STDIO ? t.stdin : file;
      warn((storeError(error, shown) as StoreError).say(lang));
    } else throw error;
    return 1;
  }
}

function runExport(file: string, env: NodeJS.ProcessEnv, force: boolean, lang: Lang): number {
  if (file !== STDIO) checkTarget(file, force);
  const t = cliStrings(lang);
  return withProgress({ write: false, env, lang }, (store) => {
    const text = `${inertJson(exportProgress(store), 2)}\n`;
    const count = store.reviews().length;
    if (file === STDIO) {
      process.stdout.write(text);
      process.stderr.write(`${t.exportedToStdout(count)}\n`);
    } else {
      writeFileSync(file, text, { flag: force ? 'w' : 'wx' });
      process.stdout.write(safe(`${t.exported(count, file)}\n`));
    }
    return 0;
  });
}

/** Refuses before any work: an existing file (without --force) or a folder that is not there. */
function checkTarget(file: string, force: boolean): void {
  const folder = dirname(file);
  if (!existsSync(folder)) throw new StoreError(folder, (t) => t.noSuchFolder);
  if (!statSync(folder).isDirectory()) throw new StoreError(folder, (t) => t.fileNotFolder);
  if (!existsSync(file)) return;
  if (statSync(file).isDirectory()) throw new StoreError(file, (t) => t.folderNotFile);
  if (!force) throw new StoreError(file, (t) => t.exists);
}

function runImport(file: string, env: NodeJS.ProcessEnv, lang: Lang): number {
  const text = readFileSync(file === STDIO ? 0 : file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError((t) => t.importNotJson);
  }
  const parsed = parseExport(data); // check the file before touching the folder
  const t = cliStrings(lang);
  return withProgress({ write: true, env, lang }, (store) => {
    const result = mergeProgress(store, parsed);
    const { added, present } = result;
    const line =
      file === STDIO ? t.importedFromStdin(added, present) : t.imported(added, file, present);
    const settings = result.settingsUpdated ? t.settingsImported : '';
    const visited = result.visitedAdded > 0 ? t.visitedImported(result.visitedAdded) : '';
    process.stdout.write(safe(`${line}${settings}${visited}\n`));
    return 0;
  });
}
