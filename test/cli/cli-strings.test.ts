// Every message the CLI and the store can say, walked key by key in Chinese: translated,
// one line, and with full-width punctuation wherever it touches a Chinese character.
import { describe, expect, it } from 'vitest';
import { cliStrings } from '../../src/cli/cli-strings.js';
import { STORE_TEXT } from '../../src/store/store-text.js';

/** A Chinese character, or full-width or CJK punctuation (，：（）、。…). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** ASCII punctuation beside a Chinese character, a space between or not. */
const ASCII_BESIDE_HAN = /\p{Script=Han} ?[(),:;?!]|[(),:;?!] ?\p{Script=Han}/u;

/** What each entry says, functions called with placeholder arguments. */
function said(table: object): [string, string][] {
  return Object.entries(table).map(([key, entry]: [string, unknown]) => {
    if (typeof entry === 'string') return [key, entry];
    const fn = entry as (...args: unknown[]) => string;
    return [key, fn(...Array.from({ length: fn.length }, (_, i) => (i % 2 ? 2 : 'x')))];
  });
}

describe.each([
  ['cli-strings', cliStrings('en'), cliStrings('zh')],
  ['store-text', STORE_TEXT.en, STORE_TEXT.zh],
])('%s in Chinese', (_name, en, zh) => {
  it('has the keys of English, no more and no fewer', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(said(zh))('%s: Chinese, one line, full-width punctuation beside Chinese', (_, text) => {
    expect(text).toMatch(CHINESE);
    expect(text).not.toMatch(/\n/);
    expect(text).not.toMatch(ASCII_BESIDE_HAN);
  });

  it('the check itself catches ASCII punctuation beside Chinese', () => {
    for (const bad of ['终端太小(30×10)', '没有权限: x', '用法: x', '卡组, 卡片', 'x (见 --help)'])
      expect(bad).toMatch(ASCII_BESIDE_HAN);
    expect('终端太小（30×10），至少需要 40×16').not.toMatch(ASCII_BESIDE_HAN);
  });
});
