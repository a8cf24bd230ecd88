// Reads a folder of deck files from disk and hands the bytes to the pure compiler.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { compileBank } from '../content/compile-bank.js';
import type { CompileResult } from '../content/types.js';

export class MissingFolderError extends Error {}

/** Every `*.md` below `dir` except README files, in a stable order. */
async function listDecks(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Compiles the decks in `dir`. Paths in diagnostics are shown relative to the current
 * directory, the way the user typed them.
 */
export async function readContentFolder(dir: string): Promise<CompileResult> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new MissingFolderError(`no such folder: ${dir}`);
  const paths = await listDecks(dir);
  const files = await Promise.all(
    paths.map(async (p) => ({ path: relative(process.cwd(), p) || p, bytes: await readFile(p) })),
  );
  return compileBank(files);
}
