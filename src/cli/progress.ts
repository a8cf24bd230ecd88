// `tcp-drill progress export|import FILE`: carry progress to another machine. Export
// writes everything as JSON (FILE `-` is stdout) and never overwrites a file without
// --force; import merges (by review id, and card and time; the playground's visited rows
// by union), so it is safe to repeat, and says how many reviews (and rows) it added.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportProgress, ImportError, mergeProgress, parseExport } from '../store/transfer.js';
import { isSystemError, storeError, StoreError } from '../store/store-error.js';
import { inertJson } from '../text/escape.js';
import { safe, warn } from './say.js';
import { withProgress } from './with-progress.js';

const USAGE = 'Usage: tcp-drill progress export|import FILE [--force]';
const STDIO = '-';

export function runProgress(
  sub: string,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
  opts: { readonly force?: boolean } = {},
): number {
  if ((sub !== 'export' && sub !== 'import') || file === '') {
    warn(sub ? `unknown progress command '${sub}'` : 'missing progress command');
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    return sub === 'export' ? runExport(file, env, opts.force ?? false) : runImport(file, env);
  } catch (error) {
    // Expected failures with FILE itself (missing, a folder, a bad export) end here as one line.
    if (error instanceof ImportError) warn(`cannot import ${shown(file)}: ${error.message}`);
    else if (error instanceof StoreError) warn(error.message);
    else if (isSystemError(error)) warn((storeError(error, shown(file)) as Error).message);
    else throw error;
    return 1;
  }
}

function runExport(file: string, env: NodeJS.ProcessEnv, force: boolean): number {
  if (file !== STDIO) checkTarget(file, force);
  return withProgress({ write: false, env }, (store) => {
    const text = `${inertJson(exportProgress(store), 2)}\n`;
    const count = store.reviews().length;
    if (file === STDIO) {
      process.stdout.write(text);
      process.stderr.write(`Exported ${count} reviews to stdout\n`);
    } else {
      writeFileSync(file, text, { flag: force ? 'w' : 'wx' });
      process.stdout.write(safe(`Exported ${count} reviews to ${file}\n`));
    }
    return 0;
  });
}

/** Refuses before any work: an existing file (without --force) or a folder that is not there. */
function checkTarget(file: string, force: boolean): void {
  const folder = dirname(file);
  if (!existsSync(folder)) throw new StoreError(folder, 'no such folder');
  if (!statSync(folder).isDirectory()) throw new StoreError(folder, 'is a file, not a folder');
  if (!existsSync(file)) return;
  if (statSync(file).isDirectory()) throw new StoreError(file, 'is a folder, not a file');
  if (!force) throw new StoreError(file, 'already exists; add --force to overwrite it');
}

function runImport(file: string, env: NodeJS.ProcessEnv): number {
  const text = readFileSync(file === STDIO ? 0 : file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('is not valid JSON');
  }
  const parsed = parseExport(data); // check the file before touching the folder
  return withProgress({ write: true, env }, (store) => {
    const result = mergeProgress(store, parsed);
    const settings = result.settingsUpdated ? '; settings updated from the file' : '';
    const rows = result.visitedAdded;
    const visited =
      rows > 0 ? `; ${rows} visited playground row${rows === 1 ? '' : 's'} added` : '';
    process.stdout.write(
      safe(
        `Imported ${result.added} review${result.added === 1 ? '' : 's'} from ${shown(file)} (${result.present} already here)${settings}${visited}\n`,
      ),
    );
    return 0;
  });
}

function shown(file: string): string {
  return file === STDIO ? 'stdin' : file;
}
