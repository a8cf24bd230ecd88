import { describe, expect, it } from 'vitest';
import { parseInline, wrapSpans } from '../../src/ui/layout/inline.js';

const text = (lines: ReturnType<typeof wrapSpans>) =>
  lines.map((l) => l.map((s) => s.text).join(''));

describe('parseInline', () => {
  it('splits code, bold and plain text and drops escapes', () => {
    expect(parseInline('run `ss -tan` **now** a \\| b')).toEqual([
      { text: 'run ', style: 'plain' },
      { text: 'ss -tan', style: 'code' },
      { text: ' ', style: 'plain' },
      { text: 'now', style: 'bold' },
      { text: ' a | b', style: 'plain' },
    ]);
  });
});

describe('wrapSpans', () => {
  it('wraps at spaces and never starts a line with a space', () => {
    const lines = text(wrapSpans(parseInline('Set `SND.UNA` to ISS, `SND.NXT` to ISS+1 now'), 16));
    expect(lines).toEqual(['Set SND.UNA to', 'ISS, SND.NXT to', 'ISS+1 now']);
    for (const l of lines) expect(l.startsWith(' ')).toBe(false);
  });
  it('keeps styles across the wrap', () => {
    const lines = wrapSpans(parseInline('aaa `bbb ccc`'), 7);
    expect(lines[1]).toEqual([{ text: 'ccc', style: 'code' }]);
  });
  it('breaks Chinese between characters by display width', () => {
    expect(text(wrapSpans(parseInline('三次握手四次挥手'), 9))).toEqual(['三次握手', '四次挥手']);
  });
  it('cuts a word longer than the line', () => {
    expect(text(wrapSpans(parseInline('abcdefghij'), 4))).toEqual(['abcd', 'efgh', 'ij']);
  });
  it('gives an empty line for empty text', () => {
    expect(wrapSpans([], 10)).toEqual([[]]);
  });
});
