// progress.json, through conf: settings plus a cache of card states and the byte offset of
// the review log that the cache covers. Only a cache: if it is damaged it is moved aside
// (never silently dropped) and the states are rebuilt from the log.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Conf from 'conf';
import { isCardState, type CardState } from '../srs/scheduler.js';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../srs/settings.js';
import { PROGRESS_FILE, PROGRESS_NAME } from './paths.js';
import { at, StoreError } from './store-error.js';
import type { StorePhrase } from './store-text.js';
import { syncDir } from './sync-dir.js';
import { fileStamp, freePath } from './timestamp.js';

/** The shape's version, kept by conf under __internal__; a new shape adds a migration. */
export const PROGRESS_VERSION = '1.0.0';

export type StateCache = {
  /** Byte offset in reviews.jsonl just after the last line the states include. */
  readonly offset: number;
  /** Key of the entry that ends at `offset` (checks the cache belongs to this log). */
  readonly lastKey: string | null;
  readonly states: Readonly<Record<string, CardState>>;
};

export type ProgressData = {
  readonly settings: Settings;
  /** When the settings were last changed (0: never), so merges keep the newer ones. */
  readonly settingsChangedAt: number;
  readonly cache: StateCache | null;
};

type OnDisk = { settings?: unknown; settingsChangedAt?: unknown; cache?: unknown };

export type OpenedProgress = {
  readonly file: ProgressFile;
  readonly data: ProgressData;
  /** Set when the file on disk could not be used: what was wrong and where it went. */
  readonly movedAside?: { readonly problem: StorePhrase; readonly to: string };
  /** Set when a read-only open found the file unusable (it is left where it is). */
  readonly unusable?: StorePhrase;
};

const EMPTY: ProgressData = { settings: DEFAULT_SETTINGS, settingsChangedAt: 0, cache: null };

export class ProgressFile {
  private constructor(
    /** Absent when opened read-only: then nothing is ever written. */
    private readonly conf: Conf<OnDisk> | undefined,
    readonly path: string,
  ) {}

  /** Opens (creating if needed) progress.json in `dir`; a damaged file is moved aside first. */
  static open(dir: string, now: number): OpenedProgress {
    const path = join(dir, PROGRESS_FILE);
    let movedAside: OpenedProgress['movedAside'];
    // Check the raw text before conf sees it: conf would rewrite a file it can parse while
    // migrating, and the learner's original must be kept byte for byte.
    const text = readText(path);
    const problem = text === undefined ? undefined : problemWith(text);
    if (problem) movedAside = { problem, to: at(path, () => moveAside(path, now)) };
    let conf: Conf<OnDisk>;
    try {
      conf = at(path, () => openConf(dir));
    } catch (error) {
      // Changed under us between the check and conf's read (another process, a sync tool).
      if (movedAside || error instanceof StoreError || !existsSync(path)) throw error;
      const detail = (error as Error).message;
      movedAside = {
        problem: (t) => t.unreadable(detail),
        to: at(path, () => moveAside(path, now)),
      };
      conf = at(path, () => openConf(dir));
    }
    const file = new ProgressFile(conf, path);
    const data = file.read() ?? EMPTY;
    return movedAside ? { file, data, movedAside } : { file, data };
  }

  /** Reads progress.json without creating, migrating or moving anything (for `stats`). */
  static openReadOnly(dir: string): OpenedProgress {
    const file = new ProgressFile(undefined, join(dir, PROGRESS_FILE));
    const text = readText(file.path);
    const problem = text === undefined ? undefined : problemWith(text);
    if (problem) return { file, data: EMPTY, unusable: problem };
    return { file, data: file.read() ?? EMPTY };
  }

  /** Reads the file again (another process may have written it); undefined if unusable. */
  read(): ProgressData | undefined {
    try {
      const raw = this.conf ? this.conf.store : parseText(readText(this.path));
      return shapeProblem(raw) ? undefined : toData(raw as OnDisk);
    } catch {
      return undefined;
    }
  }

  /** Writes atomically (conf writes a temp file, fsyncs and renames it). */
  write(data: ProgressData): void {
    if (!this.conf) throw new StoreError(this.path, (t) => t.openedReadOnly);
    const conf = this.conf;
    at(this.path, () => {
      conf.store = {
        settings: data.settings,
        settingsChangedAt: data.settingsChangedAt,
        cache: data.cache,
      };
    });
  }
}

/** The file's text, or undefined if there is none; a folder in its place is a StoreError. */
function readText(path: string): string | undefined {
  return at(path, () => (existsSync(path) ? readFileSync(path, 'utf8') : undefined));
}

function parseText(text: string | undefined): unknown {
  return text === undefined ? {} : JSON.parse(text);
}

function openConf(dir: string): Conf<OnDisk> {
  return new Conf<OnDisk>({
    projectName: 'tcp-drill',
    projectSuffix: '',
    cwd: dir,
    configName: PROGRESS_NAME,
    // conf's default, stated so nobody flips it: true would wipe progress on a bad file.
    clearInvalidConfig: false,
    projectVersion: PROGRESS_VERSION,
    migrations: {
      // Version 1 is the first shape: make sure a brand-new file has the settings key.
      '1.0.0': (store) => {
        if (!store.has('settings')) store.set('settings', DEFAULT_SETTINGS);
      },
    },
  });
}

/** Renames `path` to `path.corrupt-YYYYMMDD-HHMMSS` and returns the new path. */
export function moveAside(path: string, now: number): string {
  const to = freePath(`${path}.corrupt-${fileStamp(now)}`);
  renameSync(path, to);
  syncDir(dirname(path));
  return to;
}

/** What is wrong with the file's text, in words for the learner, or undefined if it is usable. */
function problemWith(text: string): StorePhrase | undefined {
  if (text.trim() === '') return (t) => t.wasEmpty;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return (t) => t.notJson;
  }
  return shapeProblem(value);
}

function shapeProblem(value: unknown): StorePhrase | undefined {
  const wrong: StorePhrase = (t) => t.badShape;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrong;
  const o = value as Record<string, unknown>;
  if (newerThanUs(o.__internal__)) return (t) => t.newer;
  if (o.settings !== undefined && (typeof o.settings !== 'object' || o.settings === null))
    return wrong;
  if (o.settingsChangedAt !== undefined && !isCount(o.settingsChangedAt)) return wrong;
  if (o.cache !== undefined && o.cache !== null && !isCache(o.cache)) return wrong;
  return undefined;
}

function isCache(value: unknown): value is StateCache {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  if (!isCount(c.offset) || (c.lastKey !== null && typeof c.lastKey !== 'string')) return false;
  if (typeof c.states !== 'object' || c.states === null || Array.isArray(c.states)) return false;
  return Object.values(c.states).every(isCardState);
}

function newerThanUs(internal: unknown): boolean {
  const version = (internal as { migrations?: { version?: unknown } } | undefined)?.migrations
    ?.version;
  if (typeof version !== 'string') return false;
  return Number.parseInt(version, 10) > Number.parseInt(PROGRESS_VERSION, 10);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function toData(raw: OnDisk): ProgressData {
  return {
    settings: sanitizeSettings(raw.settings),
    settingsChangedAt: isCount(raw.settingsChangedAt) ? raw.settingsChangedAt : 0,
    cache: isCache(raw.cache) ? raw.cache : null,
  };
}
