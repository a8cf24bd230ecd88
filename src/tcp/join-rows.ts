// A table row plus the words it is drilled with; kept apart from transitions.ts so the
// build can join and check rows before any table is embedded.
import type { MachineRow } from './compile-state-machine.js';
import type { RowWords } from './transition-text.js';

export type Transition = MachineRow & Omit<RowWords, 'id'>;

export function joinRows(
  rows: readonly MachineRow[],
  words: readonly RowWords[],
): { transitions: Transition[]; missing: { id: string; message: string }[] } {
  const byId = new Map(words.map((w) => [w.id, w]));
  const rowIds = new Set(rows.map((r) => r.id));
  const missing = [
    ...rows
      .filter((r) => !byId.has(r.id))
      .map((r) => ({ id: r.id, message: `${r.id} has no words in src/tcp/transition-text.ts` })),
    ...words
      .filter((w) => !rowIds.has(w.id))
      .map((w) => ({
        id: w.id,
        message: `${w.id} has words in transition-text.ts but no row here`,
      })),
  ];
  const transitions = rows.flatMap((row) => {
    const w = byId.get(row.id);
    return w ? [{ ...row, en: w.en, zh: w.zh, ...(w.linux ? { linux: w.linux } : {}) }] : [];
  });
  return { transitions, missing };
}
