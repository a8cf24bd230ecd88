// reviews.jsonl: the append-only review log, one JSON object per line.
//
// Durability: each append is ONE writeSync on a descriptor opened with O_APPEND, then
// fsync, so a line is on disk before record() returns, and lines written by two processes
// at once never interleave. Reading is incremental from a byte offset, so catching up on
// other processes' lines costs only what they wrote.
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { isForeignEntry, isTime, isUndo, parseLogEntry, type LogEntry } from '../srs/review-log.js';
import { sanitizeSettings, type Settings } from '../srs/settings.js';
import { at, StoreError } from './store-error.js';
import { syncDir } from './sync-dir.js';

/**
 * A settings change, kept in the log too so that a rebuild finds it (progress.json may be
 * lost). Older versions skip the line as damaged; this one skips any `kind` it does not know.
 */
export type SettingsEntry = {
  readonly kind: 'settings';
  /** When the settings were changed (epoch ms): the newest change wins. */
  readonly at: number;
  readonly settings: Settings;
};

export type ReadResult = {
  /** Complete, valid entries, each with the byte offset just after its line. */
  readonly entries: readonly { readonly entry: LogEntry; readonly end: number }[];
  /** Settings changes, in file order. */
  readonly settings: readonly (SettingsEntry & { readonly end: number })[];
  /** End offsets of complete lines that were not valid entries (damage mid-file). */
  readonly bad: readonly number[];
  /** End offsets of valid lines that are not reviews: settings, and kinds of a newer version. */
  readonly other: readonly number[];
  /** Reviews dated after the time of reading (a clock set wrong): set aside, not counted. */
  readonly future: readonly { readonly at: number; readonly end: number }[];
  /** Offset after the last complete line; a partial last line (a crash, or a write in flight) is left for later. */
  readonly end: number;
};

const NEWLINE = 0x0a;
/** How far ahead another machine's clock may run before its reviews are set aside. */
export const FUTURE_SLACK_MS = 60 * 60_000;

export class ReviewFile {
  private fd: number | undefined;

  /** Opens (creating) the log; `readOnly` opens an existing one for reading only, or none. */
  constructor(
    readonly path: string,
    private readonly readOnly = false,
  ) {
    const created = !existsSync(path);
    if (readOnly && created) return;
    this.fd = at(path, () => openSync(path, readOnly ? 'r' : 'a+'));
    // Opening a folder for reading succeeds; its first read would not.
    if (at(path, () => fstatSync(this.fd!).isDirectory())) {
      closeSync(this.fd);
      throw new StoreError(path, (t) => t.EISDIR);
    }
    if (created) syncDir(dirname(path));
  }

  /** Appends entries as lines in one write, durable when this returns. */
  append(entries: readonly (LogEntry | SettingsEntry)[]): void {
    if (entries.length === 0) return;
    if (this.readOnly) throw new StoreError(this.path, (t) => t.openedReadOnly);
    const fd = this.open();
    // A crash can leave a last line without its newline; start on a fresh line so ours is
    // not glued to it (the damaged line is then skipped on read, ours survives).
    const lead = this.endsMidLine(fd) ? '\n' : '';
    const data = Buffer.from(
      `${lead}${entries.map((e) => JSON.stringify(e)).join('\n')}\n`,
      'utf8',
    );
    const written = at(this.path, () => writeSync(fd, data));
    if (written !== data.length)
      throw new StoreError(this.path, (t) => t.shortWrite(written, data.length));
    at(this.path, () => fsyncSync(fd));
  }

  /** Entries from byte `offset` to the end of the file, as of the time `now`. */
  readFrom(offset: number, now: number = Date.now()): ReadResult {
    if (this.readOnly && this.fd === undefined) return empty(offset);
    const fd = this.open();
    const size = fstatSync(fd).size;
    if (size <= offset) return empty(offset);
    const buf = Buffer.allocUnsafe(size - offset);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    return parseLines(buf.subarray(0, got), offset, now + FUTURE_SLACK_MS);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private open(): number {
    if (this.fd === undefined) throw new Error('the progress store is closed');
    return this.fd;
  }

  private endsMidLine(fd: number): boolean {
    const size = fstatSync(fd).size;
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== NEWLINE;
  }
}

function empty(offset: number): ReadResult {
  return { entries: [], settings: [], bad: [], other: [], future: [], end: offset };
}

function parseLines(buf: Buffer, base: number, latest: number): ReadResult {
  const entries: { entry: LogEntry; end: number }[] = [];
  const settings: (SettingsEntry & { end: number })[] = [];
  const bad: number[] = [];
  const other: number[] = [];
  const future: { at: number; end: number }[] = [];
  let start = 0;
  for (let nl = buf.indexOf(NEWLINE, start); nl !== -1; nl = buf.indexOf(NEWLINE, start)) {
    const text = buf.toString('utf8', start, nl).trim();
    start = nl + 1;
    if (text === '') continue;
    const end = base + start;
    const value = parseJson(text);
    const entry = parseLogEntry(value);
    if (entry && !isUndo(entry) && entry.at > latest) future.push({ at: entry.at, end });
    else if (entry) entries.push({ entry, end });
    if (entry) continue;
    const kind = (value as { kind?: unknown } | undefined)?.kind;
    const change = kind === 'settings' ? parseSettingsEntry(value) : undefined;
    if (change) settings.push({ ...change, end });
    // A `kind`, or a time with none of today's keys: an entry a newer version wrote.
    if (change || (typeof kind === 'string' && kind !== 'settings') || isForeignEntry(value))
      other.push(end);
    else bad.push(end);
  }
  return { entries, settings, bad, other, future, end: base + start };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function settingsEntry(settings: Settings, at: number): SettingsEntry {
  return { kind: 'settings', at, settings };
}

function parseSettingsEntry(value: unknown): SettingsEntry | undefined {
  const { at, settings } = value as { at?: unknown; settings?: unknown };
  if (!isTime(at) || at === 0) return undefined;
  if (typeof settings !== 'object' || settings === null) return undefined;
  return settingsEntry(sanitizeSettings(settings), at);
}
