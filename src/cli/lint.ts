// `tcp-drill lint [DIR] [--json]`: compile decks and report every problem as FILE:LINE:COL.
import type { Bank, CardType, Diagnostic, Lang } from '../content/types.js';
import { CARD_TYPES, GENERATED, LANGS } from '../content/types.js';

/** Drills are choice cards, but `lint --json` has always counted them on their own. */
type SummaryType = CardType | 'drill';
const SUMMARY_TYPES: readonly SummaryType[] = [...CARD_TYPES, 'drill'];

export type LintSummary = {
  readonly decks: number;
  readonly cards: number;
  readonly byType: Record<SummaryType, number>;
  readonly byLang: Record<Lang, number>;
};

export function summarize(bank: Bank): LintSummary {
  const byType = Object.fromEntries(SUMMARY_TYPES.map((t) => [t, 0])) as Record<
    SummaryType,
    number
  >;
  const byLang = Object.fromEntries(LANGS.map((l) => [l, 0])) as Record<Lang, number>;
  for (const card of bank.cards) {
    byType[card.file === GENERATED ? 'drill' : card.type]++;
    byLang[card.lang]++;
  }
  return { decks: bank.decks.length, cards: bank.cards.length, byType, byLang };
}

export function summaryLine(s: LintSummary): string {
  const types = Object.entries(s.byType)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ');
  const langs = Object.entries(s.byLang)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  return `ok: ${s.decks} decks, ${s.cards} cards (${types}; ${langs})`;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.message}`;
}

export async function runLint(dir: string | undefined, json: boolean): Promise<number> {
  let bank: Bank;
  if (dir === undefined) {
    bank = (await import('../content/builtin.js')).builtinBank;
  } else {
    const { readContentFolder, MissingFolderError } = await import('./content-folder.js');
    try {
      const result = await readContentFolder(dir);
      if (result.diagnostics.length > 0) {
        for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
        process.stderr.write(`${result.diagnostics.length} problem(s) in ${dir}\n`);
        return 1;
      }
      bank = result;
    } catch (error) {
      if (error instanceof MissingFolderError) {
        process.stderr.write(`tcp-drill lint: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  }
  const summary = summarize(bank);
  process.stdout.write(json ? `${JSON.stringify(summary)}\n` : `${summaryLine(summary)}\n`);
  return 0;
}
