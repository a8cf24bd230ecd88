// Creates a folder and its parents. Not `mkdirSync(dir, { recursive: true })`: under a
// pseudo file system such as /proc that call never returns (mkdir keeps failing with
// ENOENT while the parent exists), and a bad TCP_DRILL_HOME must give an error instead.
import { lstatSync, mkdirSync, readlinkSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { at, StoreError } from './store-error.js';

export function ensureDir(dir: string): void {
  const path = resolve(dir);
  if (checkFolder(path) === 'folder') return;
  const parent = dirname(path);
  if (parent !== path) ensureDir(parent);
  at(path, () => {
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  });
}

/**
 * 'folder' if `path` is one (or a link to one), 'missing' if nothing is there. Anything
 * else in the way, such as a file or a link to nowhere (a synced folder that is not
 * mounted yet), is a StoreError naming it.
 */
export function checkFolder(path: string): 'folder' | 'missing' {
  const link = at(path, () => lstatSync(path, { throwIfNoEntry: false }));
  if (!link) return 'missing';
  const target = at(path, () => statSync(path, { throwIfNoEntry: false }));
  if (!target) {
    const to = at(path, () => readlinkSync(path));
    throw new StoreError(path, (t) => t.danglingLink(to));
  }
  if (!target.isDirectory()) throw new StoreError(path, (t) => t.fileNotFolder);
  return 'folder';
}
