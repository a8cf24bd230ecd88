// `tcp-drill reset`: nothing is deleted. Every file in the data folder is moved into
// backup-<timestamp>/ inside it, which leaves the folder empty of progress.
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { checkFolder } from './ensure-dir.js';
import { LOCK_FILE } from './paths.js';
import { at } from './store-error.js';
import { syncDir } from './sync-dir.js';
import { fileStamp, freePath } from './timestamp.js';

export type ResetResult = {
  /** Where the files went; undefined when there was nothing to reset. */
  readonly backupDir: string | undefined;
  readonly moved: readonly string[];
};

export function resetProgress(dir: string, now: number = Date.now()): ResetResult {
  if (checkFolder(dir) === 'missing') return { backupDir: undefined, moved: [] };
  const names = at(dir, () => readdirSync(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && e.name !== LOCK_FILE)
    .map((e) => e.name)
    .sort();
  if (names.length === 0) return { backupDir: undefined, moved: [] };
  const backupDir = freePath(join(dir, `backup-${fileStamp(now)}`));
  at(dir, () => mkdirSync(backupDir));
  // A rename within the folder is atomic: each file is either still here or in the backup.
  for (const name of names)
    at(join(dir, name), () => renameSync(join(dir, name), join(backupDir, name)));
  syncDir(dir);
  return { backupDir, moved: names };
}
