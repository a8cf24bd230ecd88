// A table row plus the words it is drilled with; kept apart from transitions.ts so the
// build can join and check rows before any table is embedded.
import type { MachineRow } from './compile-state-machine.js';
import type { RowWords } from './row-words.js';

export type Transition = MachineRow & Omit<RowWords, 'id'>;

/** The rows that have words, joined with them (the check reports the others). */
export function joinRows(rows: readonly MachineRow[], words: readonly RowWords[]): Transition[] {
  const byId = new Map(words.map((w) => [w.id, w]));
  return rows.flatMap((row) => {
    const w = byId.get(row.id);
    return w ? [{ ...row, en: w.en, zh: w.zh, ...(w.linux ? { linux: w.linux } : {}) }] : [];
  });
}
