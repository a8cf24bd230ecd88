// Everything the build and `lint` check about the state-machine model, in one pure step:
// the table compiles, every row has its words in both languages, and the machine is sound
// (known states, every state reachable and able to get back to CLOSED).
import type { Diagnostic } from '../content/types.js';
import { compileStateMachine } from './compile-state-machine.js';
import type { MachineRow } from './compile-state-machine.js';
import { ROW_WORDS } from './transition-text.js';
import { joinRows } from './join-rows.js';
import { validateTransitions } from './validate-transitions.js';

/** Where the model lives, relative to the content folder. */
export const STATE_MACHINE_FILE = 'model/state-machine.md';

export function checkStateMachine(
  text: string,
  file: string,
): { rows: readonly MachineRow[]; diagnostics: Diagnostic[] } {
  const compiled = compileStateMachine(text, file);
  const diagnostics = [...compiled.diagnostics];
  const at = (id: string) => compiled.lineOf[id] ?? 1;
  const { transitions, missing } = joinRows(compiled.rows, ROW_WORDS);
  // A row that is written but invalid already has its own diagnostic.
  for (const m of missing.filter((m) => compiled.lineOf[m.id] === undefined))
    diagnostics.push({ file, line: at(m.id), column: 1, message: m.message });
  if (compiled.diagnostics.length === 0) {
    for (const p of validateTransitions(transitions))
      diagnostics.push({ file, line: at(p.id), column: 1, message: `${p.id}: ${p.message}` });
  }
  return { rows: compiled.rows, diagnostics };
}
