// Everything the build and `lint` check about the state-machine model, in one pure step:
// the table compiles, every row has its words in both languages (content/model/words.*.md),
// and the machine is sound (known states, every state reachable and able to get back to CLOSED).
import type { Diagnostic, Lang } from '../content/types.js';
import { compileStateMachine } from './compile-state-machine.js';
import type { MachineRow } from './compile-state-machine.js';
import { compileRowWords } from './row-words.js';
import type { RowWords, WordsSource } from './row-words.js';
import { joinRows } from './join-rows.js';
import { validateTransitions } from './validate-transitions.js';

export { WORDS_FILES } from './row-words.js';

/** Where the model lives, relative to the content folder. */
export const STATE_MACHINE_FILE = 'model/state-machine.md';

/** `words` holds each language's words file (its text undefined when it is missing). */
export function checkStateMachine(
  text: string,
  file: string,
  words: Readonly<Record<Lang, WordsSource>>,
): { rows: readonly MachineRow[]; words: readonly RowWords[]; diagnostics: Diagnostic[] } {
  const compiled = compileStateMachine(text, file);
  const diagnostics = [...compiled.diagnostics];
  const at = (id: string) => compiled.lineOf[id] ?? 1;
  // Words for a row that is written but invalid are not orphans: that row has its diagnostic.
  const joined = compileRowWords(
    words,
    compiled.rows.map((r) => r.id),
    Object.keys(compiled.lineOf),
  );
  diagnostics.push(...joined.diagnostics);
  for (const m of joined.missing)
    diagnostics.push({
      file,
      line: at(m.id),
      column: 1,
      message: `${m.id} has no words in ${m.file}`,
    });
  // The machine is judged only once every row has its words, so nothing is reported twice.
  if (compiled.diagnostics.length === 0 && joined.words.length === compiled.rows.length) {
    for (const p of validateTransitions(joinRows(compiled.rows, joined.words)))
      diagnostics.push({ file, line: at(p.id), column: 1, message: `${p.id}: ${p.message}` });
  }
  return { rows: compiled.rows, words: joined.words, diagnostics };
}
