// `tcp-drill progress export|import`: moving progress between machines. The export holds
// the whole log (undo entries too), the settings and the playground's visited rows;
// importing merges by review id (and by card and time) and takes the union of the rows, so
// importing the same file twice, or both ways, changes nothing more.
import { isForeignEntry, parseLogEntry, type LogEntry } from '../srs/review-log.js';
import { sanitizeSettings, type Settings } from '../srs/settings.js';
import { openStore } from './file-store.js';
import { isRowId } from './playground-file.js';
import type { MergeResult, ProgressStore } from './progress-store.js';
import { say, type StorePhrase } from './store-text.js';

export const EXPORT_FORMAT = 'tcp-drill-progress';
export const EXPORT_VERSION = 1;

export type ProgressExport = {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly settings: Settings;
  readonly settingsChangedAt: number;
  /** Every log entry (reviews, undos, practice, suspensions, extra new cards), in log order. */
  readonly reviews: readonly LogEntry[];
  /** playground.json: the model rows visited. Added later; an export without it has none. */
  readonly playground: { readonly visited: readonly string[] };
};

export type ImportResult = MergeResult & {
  /** Visited playground rows the store did not have yet. */
  readonly visitedAdded: number;
};

/** A problem with an import file, worded for the learner (`message` is the English one). */
export class ImportError extends Error {
  override name = 'ImportError';

  constructor(readonly problem: StorePhrase) {
    super(say(problem));
  }
}

export function exportProgress(store: ProgressStore): ProgressExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    settings: store.settings,
    settingsChangedAt: store.settingsChangedAt,
    reviews: [...store.entries()],
    playground: { visited: [...store.visited()] },
  };
}

/** The visited rows of an export's `playground` field; none when the field is absent. */
function parseVisited(field: unknown): string[] {
  if (field === undefined) return [];
  const visited = (field as { visited?: unknown } | null)?.visited;
  if (typeof field !== 'object' || !Array.isArray(visited))
    throw new ImportError((t) => t.noVisited);
  const bad = visited.findIndex((id) => typeof id !== 'string' || !isRowId(id));
  if (bad >= 0) throw new ImportError((t) => t.badVisited(bad + 1));
  return [...new Set(visited as string[])];
}

/** Checks parsed JSON from an export file; throws ImportError saying what is wrong. */
export function parseExport(data: unknown): ProgressExport {
  if (typeof data !== 'object' || data === null) throw new ImportError((t) => t.notExport);
  const o = data as Record<string, unknown>;
  if (o.format !== EXPORT_FORMAT) throw new ImportError((t) => t.noFormat);
  if (o.version !== EXPORT_VERSION) {
    const version = String(o.version);
    throw new ImportError((t) => t.badVersion(version, EXPORT_VERSION));
  }
  if (!Array.isArray(o.reviews)) throw new ImportError((t) => t.noReviews);
  const reviews = o.reviews.flatMap((value, i) => {
    const entry = parseLogEntry(value);
    // An entry of a kind a newer version wrote is left out, as the log reader does.
    if (!entry && isForeignEntry(value)) return [];
    if (!entry) throw new ImportError((t) => t.badReview(i + 1));
    return [entry];
  });
  const changedAt = o.settingsChangedAt;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    settings: sanitizeSettings(o.settings),
    settingsChangedAt:
      typeof changedAt === 'number' && Number.isSafeInteger(changedAt) && changedAt > 0
        ? changedAt
        : 0,
    reviews,
    playground: { visited: parseVisited(o.playground) },
  };
}

/** Merges an export into a store; the newer settings win, visited rows are added to. */
export function mergeProgress(store: ProgressStore, data: unknown): ImportResult {
  const parsed = parseExport(data);
  const result = store.merge(parsed.reviews, {
    value: parsed.settings,
    changedAt: parsed.settingsChangedAt,
  });
  const known = new Set(store.visited());
  const fresh = parsed.playground.visited.filter((id) => !known.has(id));
  if (fresh.length > 0) store.markVisited(fresh);
  return { ...result, visitedAdded: fresh.length };
}

/** Merges an export into the data folder `dir`. Notices from opening the store are passed on. */
export function importProgress(
  dir: string,
  data: unknown,
): ImportResult & { readonly notices: readonly StorePhrase[] } {
  const parsed = parseExport(data); // check before touching the folder
  const { store, notices } = openStore({ dir });
  try {
    return { ...mergeProgress(store, parsed), notices };
  } finally {
    store.close();
  }
}
