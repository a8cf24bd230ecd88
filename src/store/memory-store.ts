// A ProgressStore that lives in memory only: for tests, and for trying the trainer without
// touching the disk. Same behaviour as the file store, minus durability.
import type { ExtraNewEntry, LogEntry, PracticeEntry, Review } from '../srs/review-log.js';
import type { CardState } from '../srs/scheduler.js';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../srs/settings.js';
import { makeExtraNew, makePractice, makeReview, missingEntries } from './entries.js';
import { ProgressIndex } from './progress-index.js';
import type { MergeResult, ProgressStore, RecordInput } from './progress-store.js';

export type MemoryStoreOptions = {
  readonly settings?: Partial<Settings>;
  readonly entries?: readonly LogEntry[];
};

export function createMemoryStore(options: MemoryStoreOptions = {}): ProgressStore {
  return new MemoryStore(
    sanitizeSettings({ ...DEFAULT_SETTINGS, ...options.settings }),
    options.entries ?? [],
  );
}

class MemoryStore implements ProgressStore {
  private readonly index: ProgressIndex;
  private readonly mine: string[] = [];
  settingsChangedAt = 0;

  constructor(
    public settings: Settings,
    entries: readonly LogEntry[],
  ) {
    this.index = new ProgressIndex(settings);
    for (const e of entries) this.index.add(e);
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
    this.index.add(review);
    this.mine.push(review.id);
    return review;
  }

  undo(at = Date.now()): Review | undefined {
    for (let id = this.mine.pop(); id !== undefined; id = this.mine.pop()) {
      if (this.index.isUndone(id)) continue;
      this.index.add({ undo: id, at });
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
    this.index.add(entry);
    this.mine.push(entry.practice);
    return entry;
  }

  setSuspended(card: string, suspended: boolean, at: number): void {
    this.index.add(suspended ? { suspend: card, at } : { restore: card, at });
  }

  learnMore(count: number, at: number): void {
    this.index.add(makeExtraNew(count, at));
  }

  refresh(): void {}

  updateSettings(patch: Partial<Settings>): Settings {
    this.adopt(
      sanitizeSettings({ ...this.settings, ...patch }),
      Math.max(Date.now(), this.settingsChangedAt + 1),
    );
    return this.settings;
  }

  merge(
    entries: readonly LogEntry[],
    settings?: { readonly value: Settings; readonly changedAt: number },
  ): MergeResult {
    const { fresh, reviews, present } = missingEntries(this.index, entries);
    for (const e of fresh) this.index.add(e);
    const settingsUpdated = settings !== undefined && settings.changedAt > this.settingsChangedAt;
    if (settingsUpdated) this.adopt(sanitizeSettings(settings.value), settings.changedAt);
    return { added: reviews, present, settingsUpdated };
  }

  private readonly rows = new Set<string>();

  visited(): readonly string[] {
    return [...this.rows].sort();
  }

  markVisited(ids: readonly string[]): void {
    for (const id of ids) this.rows.add(id);
  }

  checkpoint(): boolean {
    return true;
  }

  close(): void {}

  private adopt(settings: Settings, changedAt: number): void {
    const retentionChanged = settings.requestRetention !== this.settings.requestRetention;
    this.settings = settings;
    this.settingsChangedAt = changedAt;
    if (retentionChanged) this.index.recomputeAll(settings);
  }
}
