// The real ProgressStore: reviews.jsonl (the truth, fsynced on every grade) plus
// progress.json (settings and a cache of card states, written at checkpoints).
//
// Several processes may use one folder: each appends whole lines with O_APPEND and, after
// writing, reads whatever the others appended, applying everything in file order, so every
// process folds the same log the same way. Only checkpoints take a lock.
import { copyFileSync, lstatSync } from 'node:fs';
import { checkFolder, ensureDir } from './ensure-dir.js';
import { join } from 'node:path';
import {
  entryKey,
  isReview,
  type ExtraNewEntry,
  type LogEntry,
  type PracticeEntry,
  type Review,
  type SideEntry,
} from '../srs/review-log.js';
import type { CardState } from '../srs/scheduler.js';
import { sanitizeSettings, type Settings } from '../srs/settings.js';
import { makeExtraNew, makePractice, makeReview, missingEntries } from './entries.js';
import { withLock } from './lock.js';
import { LOCK_FILE, REVIEW_LOG } from './paths.js';
import { ProgressFile, type ProgressData, type StateCache } from './progress-file.js';
import { addVisited, readVisited } from './playground-file.js';
import { ProgressIndex } from './progress-index.js';
import type { MergeResult, OpenResult, ProgressStore, RecordInput } from './progress-store.js';
import { ReviewFile, settingsEntry, type ReadResult, type SettingsEntry } from './review-file.js';
import { at } from './store-error.js';
import type { StorePhrase } from './store-text.js';
import { fileStamp, freePath } from './timestamp.js';

export type OpenStoreOptions = {
  /** The data folder (see dataDir() in paths.ts); created if missing. */
  readonly dir: string;
  /** The time of opening (epoch ms): names any file moved aside. */
  readonly now?: number;
  /** Grades between automatic checkpoints (default 50). */
  readonly checkpointEvery?: number;
  /**
   * Only read: create, move and write nothing (a command that only looks, such as `stats`,
   * then works in a read-only folder). A missing folder reads as no progress.
   */
  readonly readOnly?: boolean;
};

export function openStore({
  dir,
  now = Date.now(),
  checkpointEvery = 50,
  readOnly = false,
}: OpenStoreOptions): OpenResult {
  if (readOnly) checkFolder(dir);
  else ensureDir(dir);
  const notices: StorePhrase[] = [];
  const opened = readOnly ? ProgressFile.openReadOnly(dir) : ProgressFile.open(dir, now);
  const file = opened.file.path;
  const log = new ReviewFile(join(dir, REVIEW_LOG), readOnly);
  const read = log.readFrom(0, now);
  const index = new ProgressIndex(opened.data.settings);
  // A cache may hold reviews from the future (older versions counted them): rebuild.
  let cache = read.future.length > 0 ? null : opened.data.cache;
  const covered = cache ? coveredEntries(cache, read) : 0;
  if (cache && covered < 0 && readOnly) {
    notices.push((t) => t.cacheMismatchShown(file, log.path));
    cache = null;
  } else if (cache && covered < 0) {
    const copy = freePath(`${opened.file.path}.corrupt-${fileStamp(now)}`);
    at(copy, () => copyFileSync(opened.file.path, copy));
    const { offset } = cache;
    const reviews = countReviews(read);
    notices.push((t) => t.cacheMismatch(file, log.path, offset, read.end, copy, reviews));
    cache = null;
  }
  if (cache) {
    for (const { entry } of read.entries.slice(0, covered)) index.add(entry, false);
    for (const [card, state] of Object.entries(cache.states)) index.states.set(card, state);
    for (const { entry } of read.entries.slice(covered)) index.add(entry);
  } else {
    for (const { entry } of read.entries) index.add(entry, false);
    index.recomputeAll();
  }
  const { unusable } = opened;
  if (unusable) notices.push((t) => t.unusableShown(file, unusable(t), log.path));
  if (opened.movedAside) {
    const { problem, to } = opened.movedAside;
    const reviews = countReviews(read);
    notices.push((t) => t.movedAside(file, problem(t), to, log.path, reviews));
  }
  // Report damage once: lines the cache already covers were reported when first replayed.
  const fromOffset = cache ? cache.offset : 0;
  const bad = read.bad.filter((end) => end > fromOffset).length;
  if (bad > 0) notices.push((t) => t.damagedLines(log.path, bad));
  if (read.future.length > 0) {
    const n = read.future.length;
    const latest = new Date(Math.max(...read.future.map((f) => f.at))).toISOString();
    notices.push((t) => t.futureReviews(log.path, n, latest));
  }
  const lock = join(dir, LOCK_FILE);
  if (lstatSync(lock, { throwIfNoEntry: false })?.isFile() === false)
    notices.push((t) => t.lockNotFile(lock, log.path));
  const every = readOnly ? Infinity : checkpointEvery;
  const store = new FileStore(dir, log, opened.file, index, opened.data, read, every, readOnly);
  // After a rebuild, write a good cache now rather than on the next checkpoint.
  if (!cache && !readOnly && (read.entries.length > 0 || opened.movedAside)) store.checkpoint();
  return { store, notices };
}

/** How many leading entries the cache includes, or -1 if it does not belong to this log. */
function coveredEntries(cache: StateCache, read: ReadResult): number {
  if (cache.offset > read.end) return -1;
  const n = read.entries.findIndex(({ end }) => end > cache.offset);
  const covered = n < 0 ? read.entries.length : n;
  const last = covered > 0 ? entryKey(read.entries[covered - 1]!.entry) : null;
  const boundary =
    cache.offset === 0 ||
    read.entries.some(({ end }) => end === cache.offset) ||
    read.bad.includes(cache.offset) ||
    read.other.includes(cache.offset);
  return boundary && last === cache.lastKey ? covered : -1;
}

function countReviews(read: ReadResult): number {
  return read.entries.filter(({ entry }) => isReview(entry)).length;
}

class FileStore implements ProgressStore {
  private offset: number;
  private lastKey: string | null;
  private readonly mine: string[] = [];
  private sinceCheckpoint = 0;
  /** Reviews were set aside as future: no cache then, so they count once their time comes. */
  private future: boolean;
  private closed = false;
  settings: Settings;
  settingsChangedAt: number;

  constructor(
    private readonly dir: string,
    private readonly log: ReviewFile,
    private readonly progress: ProgressFile,
    private readonly index: ProgressIndex,
    data: ProgressData,
    read: ReadResult,
    private readonly checkpointEvery: number,
    private readonly readOnly: boolean,
  ) {
    this.settings = data.settings;
    this.settingsChangedAt = data.settingsChangedAt;
    this.offset = read.end;
    this.future = read.future.length > 0;
    const last = read.entries.at(-1);
    this.lastKey = last ? entryKey(last.entry) : null;
    // A change kept in the log but not yet in progress.json (its checkpoint was locked out).
    for (const change of read.settings) this.adoptIfNewer(change);
  }

  states(): ReadonlyMap<string, CardState> {
    return this.index.states;
  }

  reviews(): readonly Review[] {
    return this.index.reviews();
  }

  entries(): readonly LogEntry[] {
    return this.index.entries();
  }

  record(input: RecordInput): Review {
    const review = makeReview(input);
    this.log.append([review]);
    // Durable from here on. Whatever follows only updates memory and the cache.
    this.mine.push(review.id);
    this.catchUp();
    if (++this.sinceCheckpoint >= this.checkpointEvery) this.checkpoint();
    return review;
  }

  undo(at = Date.now()): Review | undefined {
    this.catchUp();
    for (let id = this.mine.pop(); id !== undefined; id = this.mine.pop()) {
      if (this.index.isUndone(id)) continue;
      this.log.append([{ undo: id, at }]);
      this.catchUp();
      return this.index.review(id);
    }
    return undefined;
  }

  practice(): readonly PracticeEntry[] {
    return this.index.practice();
  }

  suspended(): ReadonlySet<string> {
    return this.index.suspended();
  }

  extraNew(): readonly ExtraNewEntry[] {
    return this.index.extraNew();
  }

  recordPractice(input: RecordInput): PracticeEntry {
    const entry = makePractice(input);
    this.append(entry);
    this.mine.push(entry.practice);
    return entry;
  }

  setSuspended(card: string, suspended: boolean, at: number): void {
    this.append(suspended ? { suspend: card, at } : { restore: card, at });
  }

  learnMore(count: number, at: number): void {
    this.append(makeExtraNew(count, at));
  }

  refresh(): void {
    this.catchUp();
    const disk = this.progress.read();
    if (disk && disk.settingsChangedAt > this.settingsChangedAt)
      this.adopt(disk.settings, disk.settingsChangedAt);
  }

  /** Durable when this returns: the change is a line in the log (the cache may lag). */
  updateSettings(patch: Partial<Settings>): Settings {
    const value = sanitizeSettings({ ...this.settings, ...patch });
    this.log.append([settingsEntry(value, Math.max(Date.now(), this.settingsChangedAt + 1))]);
    this.catchUp();
    this.checkpoint();
    return this.settings;
  }

  merge(
    entries: readonly LogEntry[],
    settings?: { readonly value: Settings; readonly changedAt: number },
  ): MergeResult {
    this.catchUp();
    const { fresh, reviews, present } = missingEntries(this.index, entries);
    this.log.append(fresh);
    this.catchUp();
    const settingsUpdated = settings !== undefined && settings.changedAt > this.settingsChangedAt;
    if (settingsUpdated)
      this.log.append([settingsEntry(sanitizeSettings(settings.value), settings.changedAt)]);
    this.catchUp();
    this.checkpoint();
    return { added: reviews, present, settingsUpdated };
  }

  checkpoint(): boolean {
    if (this.closed || this.readOnly) return false;
    try {
      const result = withLock(join(this.dir, LOCK_FILE), () => {
        // Under the lock: take in the log's tail and any newer settings, then write the cache.
        this.catchUp();
        const disk = this.progress.read();
        if (disk && disk.settingsChangedAt > this.settingsChangedAt)
          this.adopt(disk.settings, disk.settingsChangedAt);
        this.progress.write({
          settings: this.settings,
          settingsChangedAt: this.settingsChangedAt,
          cache: this.future
            ? null
            : {
                offset: this.offset,
                lastKey: this.lastKey,
                states: Object.fromEntries(this.index.states),
              },
        });
      });
      if (result.locked) this.sinceCheckpoint = 0;
      return result.locked;
    } catch {
      // The cache is only a cache: the grades are safe in the log, the next open catches up.
      return false;
    }
  }

  private rows: string[] | undefined;

  visited(): readonly string[] {
    this.rows ??= readVisited(this.dir);
    return this.rows;
  }

  markVisited(ids: readonly string[]): void {
    const known = new Set(this.visited());
    if (this.readOnly || ids.every((id) => known.has(id))) return;
    this.rows = at(this.dir, () => addVisited(this.dir, ids));
  }

  close(): void {
    if (this.closed) return;
    this.checkpoint();
    this.closed = true;
    this.log.close();
  }

  private append(entry: SideEntry): void {
    this.log.append([entry]);
    this.catchUp();
  }

  /** Applies lines appended since the last read (ours and other processes'), in file order. */
  private catchUp(): void {
    const read = this.log.readFrom(this.offset);
    for (const { entry } of read.entries) {
      this.index.add(entry);
      this.lastKey = entryKey(entry);
    }
    for (const change of read.settings) this.adoptIfNewer(change);
    if (read.future.length > 0) this.future = true;
    this.offset = read.end;
  }

  private adoptIfNewer(change: SettingsEntry): void {
    if (change.at > this.settingsChangedAt) this.adopt(change.settings, change.at);
  }

  private adopt(settings: Settings, changedAt: number): void {
    const retentionChanged = settings.requestRetention !== this.settings.requestRetention;
    this.settings = settings;
    this.settingsChangedAt = changedAt;
    // States are a fold of the log with the current retention: keep that true.
    if (retentionChanged) this.index.recomputeAll(settings);
  }
}
