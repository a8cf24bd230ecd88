// playground.json: the model rows the learner has visited in the playground, kept across
// sessions. Only ever grows, so a write takes the union with what is on disk (another
// process may have added rows) and replaces the file atomically (a temp file, renamed).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAYGROUND_FILE } from './paths.js';

const ROW_ID = /^[A-Z]\d\d$/;

/** A model row id as the file keeps it: F01, E05, S20. */
export function isRowId(id: string): boolean {
  return ROW_ID.test(id);
}

/** The rows in the file; a missing or unreadable file reads as none (it is only a record). */
export function readVisited(dir: string): string[] {
  try {
    const data: unknown = JSON.parse(readFileSync(join(dir, PLAYGROUND_FILE), 'utf8'));
    const visited = (data as { visited?: unknown } | null)?.visited;
    return Array.isArray(visited)
      ? [...new Set(visited.filter((v): v is string => typeof v === 'string' && isRowId(v)))]
      : [];
  } catch {
    return [];
  }
}

/** Adds `ids` to the file; returns the union. */
export function addVisited(dir: string, ids: readonly string[]): string[] {
  const all = [...new Set([...readVisited(dir), ...ids])].sort();
  const path = join(dir, PLAYGROUND_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ visited: all })}\n`);
  renameSync(temp, path);
  return all;
}
