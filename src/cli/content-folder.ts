// Reads a folder of deck files from disk and hands the bytes to the pure compiler.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { compileBank } from '../content/compile-bank.js';
import type { CompileResult } from '../content/types.js';
import { STATE_MACHINE_FILE, checkStateMachine } from '../tcp/check-state-machine.js';
import { SCENARIO_DIR, compileScenarios } from '../tcp/compile-scenario.js';

export class MissingFolderError extends Error {}

/** Every `*.md` below `dir` except README files and the model folder, in a stable order. */
async function listDecks(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const model = join(dir, dirname(STATE_MACHINE_FILE));
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
    .filter((e) => e.parentPath !== model && !e.parentPath.startsWith(model + sep))
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
  const result = compileBank(files);
  // A content folder may carry the state-machine model too (the built-in one does).
  const modelPath = join(dir, STATE_MACHINE_FILE);
  const model = await readFile(modelPath, 'utf8').catch(() => undefined);
  if (model === undefined) return result;
  const shown = relative(process.cwd(), modelPath) || modelPath;
  const { diagnostics } = checkStateMachine(model, shown);
  return {
    ...result,
    diagnostics: [...result.diagnostics, ...diagnostics, ...(await checkScenarios(dir))],
  };
}

/** The sequence-diagram scenarios of the model folder, when it has them. */
async function checkScenarios(dir: string): Promise<CompileResult['diagnostics']> {
  const folder = join(dir, SCENARIO_DIR);
  const names = await readdir(folder).catch(() => [] as string[]);
  const files = await Promise.all(
    names
      .filter((name) => name.endsWith('.sim'))
      .sort()
      .map(async (name) => ({
        path: relative(process.cwd(), join(folder, name)) || name,
        text: await readFile(join(folder, name), 'utf8'),
      })),
  );
  return compileScenarios(files).diagnostics;
}
