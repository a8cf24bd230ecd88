// YAML front matter: the deck's id, title, topic, language and source.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Lang } from './types.js';
import { LANGS } from './types.js';

export type DeckMeta = {
  readonly id: string;
  readonly order: number;
  readonly title: string;
  readonly topic: string;
  readonly lang: Lang;
  readonly source: string;
};

export type FrontMatterProblem = {
  readonly line: number;
  readonly column: number;
  readonly message: string;
};

export type FrontMatter = {
  readonly meta?: DeckMeta;
  readonly problems: readonly FrontMatterProblem[];
  /** The body with the front matter lines blanked out, so Markdown positions stay true. */
  readonly body: string;
};

const KEYS = ['id', 'title', 'topic', 'lang', 'source'] as const;
/** Optional: where the deck sits in the list (lower first). */
const ORDER_KEY = 'order';
const DEFAULT_ORDER = 100;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Splits `---`-fenced YAML off the top of a deck and validates its keys. */
export function readFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    return {
      problems: [
        {
          line: 1,
          column: 1,
          message: `missing front matter: start the file with --- and the keys ${KEYS.join(', ')}`,
        },
      ],
      body: text,
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (end < 0) {
    return {
      problems: [
        { line: 1, column: 1, message: 'front matter is not closed: add a line with ---' },
      ],
      body: text,
    };
  }
  const body = lines.map((l, i) => (i <= end ? '' : l)).join('\n');
  const yamlText = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { prettyErrors: true, lineCounter });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        line: 1 + (e.linePos?.[0]?.line ?? 1),
        column: e.linePos?.[0]?.col ?? 1,
        message: `malformed front matter: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
      body,
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // An alias bomb (aliases of aliases, exponential when expanded): yaml refuses it.
    return {
      problems: [
        {
          line: 2,
          column: 1,
          message: 'malformed front matter: too many aliases (*name); write the values out',
        },
      ],
      body,
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      problems: [
        { line: 2, column: 1, message: 'malformed front matter: expected key: value lines' },
      ],
      body,
    };
  }
  const record = data as Record<string, unknown>;
  const problems: FrontMatterProblem[] = [];
  // Where each key is written, from the parsed document (a key may be quoted, `"id":`).
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (key !== undefined && offset !== undefined && !keyLines.has(key))
        keyLines.set(key, lineCounter.linePos(offset).line + 1);
    }
  }
  // A missing key is reported on the opening --- line.
  const lineOf = (key: string): number => keyLines.get(key) ?? 1;
  for (const key of Object.keys(record)) {
    if (!(KEYS as readonly string[]).includes(key) && key !== ORDER_KEY) {
      problems.push({ line: lineOf(key), column: 1, message: `unknown front matter key '${key}'` });
    }
  }
  for (const key of KEYS) {
    const value = record[key];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({
        line: lineOf(key),
        column: 1,
        message: `front matter needs '${key}' (text)`,
      });
    }
  }
  const lang = record.lang;
  if (typeof lang === 'string' && !(LANGS as readonly string[]).includes(lang)) {
    problems.push({
      line: lineOf('lang'),
      column: 1,
      message: `lang must be one of ${LANGS.join(', ')}`,
    });
  }
  const id = record.id;
  if (typeof id === 'string' && !ID_PATTERN.test(id)) {
    problems.push({
      line: lineOf('id'),
      column: 1,
      message: `deck id '${id}' must use lowercase letters, digits and '-'`,
    });
  }
  const order = record[ORDER_KEY] ?? DEFAULT_ORDER;
  if (typeof order !== 'number' || !Number.isInteger(order)) {
    problems.push({ line: lineOf(ORDER_KEY), column: 1, message: 'order must be a whole number' });
  }
  if (problems.length > 0) return { problems, body };
  const meta = {
    ...(Object.fromEntries(KEYS.map((k) => [k, String(record[k]).trim()])) as Omit<
      DeckMeta,
      'order'
    >),
    order: order as number,
  };
  return { meta, problems, body };
}
