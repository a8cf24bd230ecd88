// The Chinese interface text uses full-width punctuation in its sentences: an ASCII ( ) , :
// next to a Chinese character is a slip (`(输入后按 Enter)` between full-width text).
import { describe, expect, it } from 'vitest';
import { studyText } from '../../src/session/study-text.js';
import { KEYMAP } from '../../src/ui/keymap.js';
import { cardLines } from '../../src/ui/layout/card-lines.js';
import { lineText } from '../../src/ui/layout/lines.js';
import { playStrings } from '../../src/ui/screens/playground/playground-strings.js';
import { drillStrings } from '../../src/ui/screens/state-drill/state-drill-strings.js';
import { toolStrings } from '../../src/ui/screens/tools/tool-strings.js';
import { strings } from '../../src/ui/strings.js';
import { CARD_FIELDS } from '../helpers/card-fields.js';

const CJK = '\\u3400-\\u9fff';
/** An ASCII ( ) , : with a Chinese character on either side (a space between allowed). */
const HALF_WIDTH = new RegExp(`[${CJK}] ?[(),:]|[(),:] ?[${CJK}]`, 'u');

/** Every text a table can produce: strings, arrays and objects walked, functions called. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    // Called with words and with numbers: each template shows its own text around them.
    const fn = value as (...args: unknown[]) => unknown;
    return [Array(fn.length).fill('X'), Array(fn.length).fill(2)].flatMap((args) =>
      texts(fn(...args), `${path}()`),
    );
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  return [];
}

const TABLES = {
  strings: strings('zh'),
  toolStrings: toolStrings('zh'),
  drillStrings: drillStrings('zh'),
  playStrings: playStrings('zh'),
  studyText: studyText('zh'),
  keymap: KEYMAP.map((b) => [b.hint.zh, b.group?.hint.zh ?? '']),
};

describe('Chinese interface text', () => {
  it('has no ASCII ( ) , : beside a Chinese character', () => {
    const all = Object.entries(TABLES).flatMap(([name, table]) => texts(table, name));
    expect(all.length).toBeGreaterThan(200);
    const bad = all.filter(([, text]) => HALF_WIDTH.test(text));
    expect(bad.map(([path, text]) => `${path}: ${text}`)).toEqual([]);
  });

  it('draws the typing hint of a Chinese typed card in full-width brackets', () => {
    const card = {
      ...CARD_FIELDS,
      lang: 'zh',
      type: 'typed',
      id: 'ty',
      prompt: '哪个状态？',
      accept: ['X'],
    } as const;
    const side = { revealed: false, typed: '', picked: [], order: [] };
    const rows = cardLines(card, side, 78, strings('zh')).lines.map(lineText);
    const hint = rows.find((r) => r.startsWith('你的答案'));
    expect(hint).toContain('（输入后按 Enter');
    expect(rows.filter((r) => HALF_WIDTH.test(r))).toEqual([]);
  });

  it('catches the slip it looks for', () => {
    expect(HALF_WIDTH.test('(输入后按 Enter)')).toBe(true);
    expect(HALF_WIDTH.test('按 p 练习,然后')).toBe(true);
    expect(HALF_WIDTH.test('（输入后按 Enter）')).toBe(false);
    expect(HALF_WIDTH.test('例如 to B: SYN seq=150')).toBe(false);
  });
});
