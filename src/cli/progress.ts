// `tcp-drill progress export|import FILE`: carry progress to another machine. Export
// writes everything as JSON; import merges (by review id, and card and time), so it is safe
// to repeat, and says how many reviews it added.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../store/file-store.js';
import { dataDir, PROGRESS_FILE, REVIEW_LOG } from '../store/paths.js';
import { exportProgress, ImportError, importProgress } from '../store/transfer.js';
import { createMemoryStore } from '../store/memory-store.js';

const USAGE = 'Usage: tcp-drill progress export|import FILE';

export function runProgress(
  sub: string,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): number {
  if ((sub !== 'export' && sub !== 'import') || file === '') {
    process.stderr.write(
      `tcp-drill: ${sub ? `unknown progress command '${sub}'` : 'missing progress command'}\n${USAGE}\n`,
    );
    return 2;
  }
  try {
    return sub === 'export' ? runExport(dataDir(env), file) : runImport(dataDir(env), file);
  } catch (error) {
    // Expected failures (a missing file, a full disk, a bad export) end here as one line.
    process.stderr.write(`tcp-drill: ${describe(error, file)}\n`);
    return 1;
  }
}

function runExport(dir: string, file: string): number {
  const hasData = existsSync(join(dir, REVIEW_LOG)) || existsSync(join(dir, PROGRESS_FILE));
  const { store, notices } = hasData
    ? openStore({ dir })
    : { store: createMemoryStore(), notices: [] };
  try {
    for (const notice of notices) process.stderr.write(`tcp-drill: ${notice}\n`);
    const data = exportProgress(store);
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    process.stdout.write(`Exported ${store.reviews().length} reviews to ${file}\n`);
  } finally {
    store.close();
  }
  return 0;
}

function runImport(dir: string, file: string): number {
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('is not valid JSON');
  }
  const result = importProgress(dir, data);
  for (const notice of result.notices) process.stderr.write(`tcp-drill: ${notice}\n`);
  const settings = result.settingsUpdated ? '; settings updated from the file' : '';
  process.stdout.write(
    `Imported ${result.added} review${result.added === 1 ? '' : 's'} from ${file} (${result.present} already here)${settings}\n`,
  );
  return 0;
}

function describe(error: unknown, file: string): string {
  if (error instanceof ImportError) return `cannot import ${file}: ${error.message}`;
  const e = error as NodeJS.ErrnoException;
  // The failing path may be the data folder rather than FILE: name the one that failed.
  const path = e.path ?? file;
  if (e.code === 'ENOENT') return `${path}: no such file`;
  if (e.code === 'EACCES' || e.code === 'EPERM') return `${path}: permission denied`;
  if (e.code === 'EISDIR') return `${path} is a folder, not a file`;
  return `${path}: ${e.message ?? String(error)}`;
}
