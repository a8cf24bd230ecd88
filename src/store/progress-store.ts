// What the trainer needs from progress storage. Two implementations: the real one on disk
// (file-store.ts) and an in-memory one for tests and previews (memory-store.ts).
import type {
  ExtraNewEntry,
  LogEntry,
  PracticeEntry,
  Review,
  ReviewBy,
} from '../srs/review-log.js';
import type { CardState, Rating } from '../srs/scheduler.js';
import type { Settings } from '../srs/settings.js';
import type { StorePhrase } from './store-text.js';

export type RecordInput = {
  readonly card: string;
  readonly rating: Rating;
  /** When the grade was given (epoch ms). */
  readonly at: number;
  /** Answer time in milliseconds. */
  readonly ms: number;
  readonly by: ReviewBy;
};

export type MergeResult = {
  readonly added: number;
  readonly present: number;
  readonly settingsUpdated: boolean;
};

export interface ProgressStore {
  readonly settings: Settings;
  /** When the settings were last changed (epoch ms; 0 if never). */
  readonly settingsChangedAt: number;
  /** Every card with at least one review in effect. A live view: read it, don't keep it. */
  states(): ReadonlyMap<string, CardState>;
  /** Reviews in effect (undone ones left out), in log order. */
  reviews(): readonly Review[];
  /** The whole log, undo entries included, in order (for export). */
  entries(): readonly LogEntry[];
  /** Stores a grade durably before returning, then applies anything other processes added. */
  record(input: RecordInput): Review;
  /** Takes back this process's newest review still in effect; call again to step further back. */
  undo(at?: number): Review | undefined;
  /** Practice answers in effect (undone ones left out), in log order. */
  practice(): readonly PracticeEntry[];
  /** Cards set aside: never scheduled until restored. */
  suspended(): ReadonlySet<string>;
  /** Every "learn N more new today" entry (see extraNewToday in srs/today.ts). */
  extraNew(): readonly ExtraNewEntry[];
  /** Stores a practice answer durably, like record(); it never changes a schedule. Undo takes it back. */
  recordPractice(input: RecordInput): PracticeEntry;
  /** Logs a suspend (true) or restore (false) of a card, durably. */
  setSuspended(card: string, suspended: boolean, at: number): void;
  /** Logs "learn `count` more new cards today", durably. */
  learnMore(count: number, at: number): void;
  /** Takes in what other processes wrote since: new log lines and newer settings. */
  refresh(): void;
  updateSettings(patch: Partial<Settings>): Settings;
  /** Adds entries not already present (by review id, or card and time); see transfer.ts. */
  merge(
    entries: readonly LogEntry[],
    settings?: { readonly value: Settings; readonly changedAt: number },
  ): MergeResult;
  /** The model rows (F01, E05, S03, …) visited in the playground, over all sessions. */
  visited(): readonly string[];
  /** Records rows visited in the playground (kept in playground.json beside the log). */
  markVisited(ids: readonly string[]): void;
  /** Writes the state cache now. False if another process held the lock too long (nothing is lost). */
  checkpoint(): boolean;
  /** Checkpoints and releases the files. The store cannot be used afterwards. */
  close(): void;
}

export type OpenResult = {
  readonly store: ProgressStore;
  /** One line each, for the learner: what was recovered or skipped while opening. */
  readonly notices: readonly StorePhrase[];
};
