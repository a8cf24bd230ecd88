// Creates a folder and its parents. Not `mkdirSync(dir, { recursive: true })`: under a
// pseudo file system such as /proc that call never returns (mkdir keeps failing with
// ENOENT while the parent exists), and a bad TCP_DRILL_HOME must give an error instead.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function ensureDir(dir: string): void {
  const path = resolve(dir);
  try {
    if (statSync(path).isDirectory()) return;
  } catch {
    // Missing: create it below.
  }
  const parent = dirname(path);
  if (parent !== path) ensureDir(parent);
  try {
    mkdirSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
