// The words each row of the state machine is drilled with, in English and Chinese, and where
// Linux visibly differs from the RFC row (reference tcp.md §2.13), so a drill never passes
// Linux behaviour off as RFC. They are authored as Markdown tables, one file per language
// (content/model/words.en.md, words.zh.md, columns `id | event | condition | linux`), under
// the ids of content/model/state-machine.md. Pure: text in, words and diagnostics out.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Table } from 'mdast';
import type { Diagnostic, Lang } from '../content/types.js';

/** Human wording of a row; `condition` is '' when the row has none. */
export type RowText = { readonly event: string; readonly condition: string };

export type RowWords = {
  readonly id: string;
  readonly en: RowText;
  readonly zh: RowText;
  readonly linux?: { readonly en: string; readonly zh: string };
};

/** Where the words live, relative to the content folder. */
export const WORDS_FILES: Readonly<Record<Lang, string>> = {
  en: 'model/words.en.md',
  zh: 'model/words.zh.md',
};

export const WORD_COLUMNS = ['id', 'event', 'condition', 'linux'] as const;

/** A words file as read: `text` is undefined when the file is missing. */
export type WordsSource = { readonly file: string; readonly text?: string | undefined };

type LangWords = { readonly text: RowText; readonly linux: string; readonly line: number };

/** One language's table: its rows by id, in file order. */
export function compileWordsTable(
  text: string,
  file: string,
): { rows: Map<string, LangWords>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (line: number, message: string) =>
    diagnostics.push({ file, line, column: 1, message });
  const root = fromMarkdown(text, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
  const tables = root.children.filter((node): node is Table => node.type === 'table');
  if (tables.length === 0) problem(1, `no table found: write | ${WORD_COLUMNS.join(' | ')} |`);
  const rows = new Map<string, LangWords>();
  // A cell is taken as written (the source between its pipes), so `<SEQ=…>`, `*` and `_`
  // reach the drill unchanged; `\|` is a literal pipe.
  const cellSource = (cell: Table['children'][number]['children'][number]) =>
    text
      .slice(cell.position?.start.offset ?? 0, cell.position?.end.offset ?? 0)
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .trim()
      .replace(/\\\|/g, '|');
  for (const table of tables) {
    const [header, ...body] = table.children;
    const names = header?.children.map((cell) => cellSource(cell).toLowerCase()) ?? [];
    const line = table.position?.start.line ?? 1;
    if (names.join('|') !== WORD_COLUMNS.join('|')) {
      problem(
        line,
        `table columns must be: ${WORD_COLUMNS.join(' | ')} (found: ${names.join(' | ')})`,
      );
      continue;
    }
    for (const tableRow of body) {
      const at = tableRow.position?.start.line ?? line;
      const [id = '', event = '', condition = '', linux = ''] = tableRow.children.map(cellSource);
      if (!/^[FNES]\d\d$/.test(id)) {
        problem(at, `bad id '${id}': F, N, E or S and two digits, as in state-machine.md`);
        continue;
      }
      const first = rows.get(id);
      if (first) {
        problem(at, `duplicate id ${id} (first on line ${first.line})`);
        continue;
      }
      if (event === '') problem(at, `${id}: no event text`);
      rows.set(id, { text: { event, condition }, linux, line: at });
    }
  }
  return { rows, diagnostics };
}

/**
 * Both languages joined by id, checked against the machine's rows: every valid row
 * (`rowIds`) has words in both languages, no words lack a written row (`writtenIds`), and a
 * Linux note is in both languages or neither. A missing file is one diagnostic.
 */
export function compileRowWords(
  sources: Readonly<Record<Lang, WordsSource>>,
  rowIds: readonly string[],
  writtenIds: readonly string[] = rowIds,
): {
  words: RowWords[];
  diagnostics: Diagnostic[];
  missing: { lang: Lang; id: string; file: string }[];
} {
  const diagnostics: Diagnostic[] = [];
  const tables = {} as Record<Lang, Map<string, LangWords>>;
  for (const lang of ['en', 'zh'] as const) {
    const source = sources[lang];
    if (source.text === undefined) {
      diagnostics.push({
        file: source.file,
        line: 1,
        column: 1,
        message: `missing: the ${lang} words of the state machine (| ${WORD_COLUMNS.join(' | ')} |)`,
      });
      tables[lang] = new Map();
      continue;
    }
    const compiled = compileWordsTable(source.text, source.file);
    diagnostics.push(...compiled.diagnostics);
    tables[lang] = compiled.rows;
    const known = new Set(writtenIds);
    for (const [id, row] of compiled.rows) {
      if (!known.has(id))
        diagnostics.push({
          file: source.file,
          line: row.line,
          column: 1,
          message: `${id} has words here but no row in the state machine`,
        });
    }
  }
  const missing: { lang: Lang; id: string; file: string }[] = [];
  const words: RowWords[] = [];
  for (const id of rowIds) {
    const en = tables.en.get(id);
    const zh = tables.zh.get(id);
    for (const [lang, row] of [
      ['en', en],
      ['zh', zh],
    ] as const)
      if (!row && sources[lang].text !== undefined)
        missing.push({ lang, id, file: sources[lang].file });
    if (!en || !zh) continue;
    if ((en.linux === '') !== (zh.linux === '')) {
      const [lacking, other] = en.linux === '' ? (['en', zh] as const) : (['zh', en] as const);
      diagnostics.push({
        file: sources[lacking].file,
        line: tables[lacking].get(id)?.line ?? other.line,
        column: 1,
        message: `${id}: a Linux note in one language needs its twin in the other`,
      });
    }
    words.push({
      id,
      en: en.text,
      zh: zh.text,
      ...(en.linux !== '' && zh.linux !== '' ? { linux: { en: en.linux, zh: zh.linux } } : {}),
    });
  }
  return { words, diagnostics, missing };
}
