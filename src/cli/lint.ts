// `tcp-drill lint [DIR|FILE] [--json]`: compile decks and report every problem as FILE:LINE:COL.
import type { Bank, CardType, Diagnostic, Lang } from '../content/types.js';
import { CARD_TYPES, GENERATED, LANGS } from '../content/types.js';
import { escapeControls, inertJson } from '../text/escape.js';
import { cliStrings } from './cli-strings.js';

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

export function summaryLine(s: LintSummary, warnings = 0, lang: Lang = 'en'): string {
  const t = cliStrings(lang);
  const types = Object.entries(s.byType)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${n} ${type}`)
    .join(t.listSeparator);
  const langs = Object.entries(s.byLang)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${l} ${n}`)
    .join(t.listSeparator);
  const detail = s.cards > 0 ? t.lintDetail(types, langs) : '';
  const counts = `${t.lintCounts(s.decks, s.cards)}${detail}`;
  // "ok" only for what the trainer can use as it is.
  return warnings > 0 ? t.lintWarnings(counts, warnings) : t.lintOk(counts);
}

export function formatDiagnostic(d: Diagnostic, kind = ''): string {
  return escapeControls(`${d.file}:${d.line}:${d.column}: ${kind}${d.message}`);
}

/** The JSON shape of a problem (a contract for scripts). */
function jsonDiagnostic(d: Diagnostic): {
  file: string;
  line: number;
  col: number;
  message: string;
} {
  return { file: d.file, line: d.line, col: d.column, message: d.message };
}

/** Decks the trainer would show empty, or no decks at all: worth a warning, not an "ok". */
function emptyWarnings(bank: Bank, where: string): Diagnostic[] {
  if (bank.decks.length === 0)
    return [
      {
        file: where,
        line: 1,
        column: 1,
        message: 'no decks here (a deck is a .md file with front matter)',
      },
    ];
  return bank.decks
    .filter((d) => !bank.cards.some((c) => c.deck === d.id && c.lang === d.lang))
    .map((d) => ({ file: d.file, line: 1, column: 1, message: `deck '${d.id}' has no cards` }));
}

/** `lint [PATH] [--json]`: PATH is a folder of decks or one deck file. */
export async function runLint(
  dir: string | undefined,
  { json, lang = 'en' }: { readonly json: boolean; readonly lang?: Lang },
): Promise<number> {
  let bank: Bank;
  let errors: readonly Diagnostic[] = [];
  if (dir === undefined) {
    bank = (await import('../content/builtin.js')).builtinBank;
  } else {
    const { readContentFolder, MissingFolderError } = await import('./content-folder.js');
    try {
      const result = await readContentFolder(dir);
      errors = result.diagnostics;
      bank = result;
    } catch (error) {
      if (!(error instanceof MissingFolderError)) throw error;
      if (json) {
        const d = { file: dir, line: 1, column: 1, message: error.message };
        process.stdout.write(`${inertJson({ diagnostics: [jsonDiagnostic(d)] })}\n`);
      }
      const line = cliStrings(lang).noSuchFolder(error.dir);
      process.stderr.write(`tcp-drill lint: ${escapeControls(line)}\n`);
      return 1;
    }
  }
  // A deck emptied by its own errors needs no second word.
  const warnings = dir === undefined || errors.length > 0 ? [] : emptyWarnings(bank, dir);
  const summary = summarize(bank);
  if (json) {
    const problems = errors.length > 0 ? { diagnostics: errors.map(jsonDiagnostic) } : {};
    const warned = warnings.length > 0 ? { warnings: warnings.map(jsonDiagnostic) } : {};
    process.stdout.write(`${inertJson({ ...problems, ...summary, ...warned })}\n`);
  }
  for (const d of errors) process.stderr.write(`${formatDiagnostic(d)}\n`);
  for (const d of warnings) process.stderr.write(`${formatDiagnostic(d, 'warning: ')}\n`);
  if (errors.length > 0) {
    const line = cliStrings(lang).lintProblems(errors.length, dir ?? '');
    process.stderr.write(`${escapeControls(line)}\n`);
    return 1;
  }
  if (!json) process.stdout.write(`${summaryLine(summary, warnings.length, lang)}\n`);
  return 0;
}
