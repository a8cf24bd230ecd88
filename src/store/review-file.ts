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
import { isForeignEntry, parseLogEntry, type LogEntry } from '../srs/review-log.js';
import { syncDir } from './sync-dir.js';

export type ReadResult = {
  /** Complete, valid entries, each with the byte offset just after its line. */
  readonly entries: readonly { readonly entry: LogEntry; readonly end: number }[];
  /** End offsets of complete lines that were not valid entries (damage mid-file). */
  readonly bad: readonly number[];
  /** End offsets of entries of a kind a newer version wrote: skipped without a warning. */
  readonly foreign: readonly number[];
  /** Offset after the last complete line; a partial last line (a crash, or a write in flight) is left for later. */
  readonly end: number;
};

const NEWLINE = 0x0a;

export class ReviewFile {
  private fd: number | undefined;

  constructor(readonly path: string) {
    const created = !existsSync(path);
    this.fd = openSync(path, 'a+');
    if (created) syncDir(dirname(path));
  }

  /** Appends entries as lines in one write, durable when this returns. */
  append(entries: readonly LogEntry[]): void {
    if (entries.length === 0) return;
    const fd = this.open();
    // A crash can leave a last line without its newline; start on a fresh line so ours is
    // not glued to it (the damaged line is then skipped on read, ours survives).
    const lead = this.endsMidLine(fd) ? '\n' : '';
    const data = Buffer.from(
      `${lead}${entries.map((e) => JSON.stringify(e)).join('\n')}\n`,
      'utf8',
    );
    const written = writeSync(fd, data);
    if (written !== data.length)
      throw new Error(`wrote ${written} of ${data.length} bytes to ${this.path} (disk full?)`);
    fsyncSync(fd);
  }

  /** Entries from byte `offset` to the end of the file. */
  readFrom(offset: number): ReadResult {
    const fd = this.open();
    const size = fstatSync(fd).size;
    if (size <= offset) return { entries: [], bad: [], foreign: [], end: offset };
    const buf = Buffer.allocUnsafe(size - offset);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    return parseLines(buf.subarray(0, got), offset);
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

function parseLines(buf: Buffer, base: number): ReadResult {
  const entries: { entry: LogEntry; end: number }[] = [];
  const bad: number[] = [];
  const foreign: number[] = [];
  let start = 0;
  for (let nl = buf.indexOf(NEWLINE, start); nl !== -1; nl = buf.indexOf(NEWLINE, start)) {
    const text = buf.toString('utf8', start, nl).trim();
    start = nl + 1;
    if (text === '') continue;
    const value = parseJson(text);
    const entry = parseLogEntry(value);
    if (entry) entries.push({ entry, end: base + start });
    else if (isForeignEntry(value)) foreign.push(base + start);
    else bad.push(base + start);
  }
  return { entries, bad, foreign, end: base + start };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
