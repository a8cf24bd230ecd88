// Reads a folder of deck files (or one deck file) from disk and hands the bytes to the
// pure compiler. A file or folder that cannot be read is a diagnostic like any other.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { compileBank, type SourceFile } from '../content/compile-bank.js';
import type { Bank, CompileResult, Diagnostic } from '../content/types.js';
import { LANGS } from '../content/types.js';
import { drillDecks, generateDrills } from '../tcp/drills.js';
import { StoreError, storeError } from '../store/store-error.js';
import { say } from '../store/store-text.js';
import { STATE_MACHINE_FILE, WORDS_FILES, checkStateMachine } from '../tcp/check-state-machine.js';
import { SCENARIO_DIR, compileScenarios } from '../tcp/compile-scenario.js';

/** `dir` is not there; `message` is the English line (lint --json carries it). */
export class MissingFolderError extends Error {
  constructor(readonly dir: string) {
    super(`no such folder: ${dir}`);
  }
}

type Listing = { readonly paths: string[]; readonly diagnostics: Diagnostic[] };

/** Every `*.md` below `dir` except README files and the model folder, in a stable order. */
async function listDecks(dir: string): Promise<Listing> {
  const model = join(dir, dirname(STATE_MACHINE_FILE));
  const listing: Listing = { paths: [], diagnostics: [] };
  const walk = async (folder: string): Promise<void> => {
    if (folder === model) return;
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
      listing.diagnostics.push(unreadable(folder, error));
      return [];
    });
    for (const e of entries) {
      const path = join(folder, e.name);
      // Links are not followed, so a link loop cannot trap the walk.
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
        listing.paths.push(path);
    }
  };
  await walk(dir);
  listing.paths.sort();
  return listing;
}

/**
 * Compiles the decks in `dir`, or the one deck file `dir` names. Paths in diagnostics are
 * shown relative to the current directory, the way the user typed them.
 */
export async function readContentFolder(dir: string): Promise<CompileResult> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new MissingFolderError(dir);
  const { paths, diagnostics: unlisted } = info.isDirectory()
    ? await listDecks(dir)
    : { paths: [dir], diagnostics: [] };
  const files: SourceFile[] = [];
  for (const p of paths) {
    const path = shown(p);
    const bytes = await readFile(p).catch((error: unknown) => {
      unlisted.push(unreadable(path, error));
      return undefined;
    });
    if (bytes) files.push({ path, bytes });
  }
  const result = compileBank(files);
  const diagnostics = [...unlisted, ...result.diagnostics, ...checkDrillIds(result)];
  // A content folder may carry the state-machine model too (the built-in one does).
  const modelPath = join(dir, STATE_MACHINE_FILE);
  const model = info.isDirectory()
    ? await readFile(modelPath, 'utf8').catch(() => undefined)
    : undefined;
  if (model !== undefined) {
    const words = async (name: string) => {
      const path = join(dir, name);
      return { text: await readFile(path, 'utf8').catch(() => undefined), file: shown(path) };
    };
    const checked = checkStateMachine(model, shown(modelPath), {
      en: await words(WORDS_FILES.en),
      zh: await words(WORDS_FILES.zh),
    });
    diagnostics.push(...checked.diagnostics);
  }
  diagnostics.push(...(await checkScenarios(dir)));
  return { ...result, diagnostics };
}

/**
 * The bank as built adds the generated drills: an authored deck or card with one of their
 * ids would replace them silently (or be replaced), so it is an error here.
 */
function checkDrillIds(bank: Bank): Diagnostic[] {
  const decks = new Set(LANGS.flatMap((lang) => drillDecks(lang).map((d) => d.id)));
  const cards = new Set(LANGS.flatMap((lang) => generateDrills(lang).map((c) => c.note)));
  return [
    ...bank.decks
      .filter((d) => decks.has(d.id))
      .map((d) => ({
        file: d.file,
        line: 1,
        column: 1,
        message: `deck id '${d.id}' is taken by the generated drills: choose another`,
      })),
    ...bank.cards
      .filter((c) => cards.has(c.note))
      .map((c) => ({
        file: c.file,
        line: c.line,
        column: 1,
        message: `card id '${c.note}' is taken by a generated drill: choose another`,
      })),
  ].filter((d, i, all) => all.findIndex((o) => o.file === d.file && o.line === d.line) === i);
}

/** A path as the user would type it: relative below the current folder, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

function unreadable(path: string, error: unknown): Diagnostic {
  const problem = storeError(error, path);
  // Not a system error: a bug, which must not pass for a diagnostic.
  if (!(problem instanceof StoreError)) throw problem;
  // Diagnostics stay English, like the compiler's (`lint --json` carries them).
  const why = say(problem.problem);
  return { file: shown(path), line: 1, column: 1, message: `cannot read it: ${why}` };
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
        path: shown(join(folder, name)),
        text: await readFile(join(folder, name), 'utf8'),
      })),
  );
  return compileScenarios(files).diagnostics;
}
