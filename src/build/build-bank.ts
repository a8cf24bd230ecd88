// Build-time entry: reads content/ and compiles the built-in banks.
import { readContentFolder } from '../cli/content-folder.js';
import type { Bank, Diagnostic } from '../content/types.js';
import { withDrills } from '../content/with-drills.js';

export async function buildBank(
  dir: string,
): Promise<{ bank: Bank; diagnostics: readonly Diagnostic[] }> {
  const result = await readContentFolder(dir);
  return {
    bank: withDrills({ decks: result.decks, cards: result.cards }),
    diagnostics: result.diagnostics,
  };
}
