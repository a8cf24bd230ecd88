import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/text/width.js';
import { parseInline, wrapSpans } from '../../src/ui/layout/inline.js';

const text = (lines: ReturnType<typeof wrapSpans>) =>
  lines.map((l) => l.map((s) => s.text).join(''));
const wrapLines = (source: string, width: number) => text(wrapSpans(parseInline(source), width));

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

describe('line breaking rules', () => {
  it('never starts a line with closing punctuation: the character before moves down too', () => {
    // 9 cells hold four characters; the fifth is '。', so '手' moves down with it.
    expect(text(wrapSpans(parseInline('三次握手。四次挥手'), 9))).toEqual([
      '三次握',
      '手。四次',
      '挥手',
    ]);
    for (const width of [12, 13, 14, 15, 16, 17, 18, 20, 24]) {
      for (const line of text(
        wrapSpans(
          parseInline('先发送 FIN 的一方，进入 TIME-WAIT（停留 2 MSL）。然后关闭。'),
          width,
        ),
      ))
        expect(line, `at ${width}`).not.toMatch(/^[，。、；：！？）」』》]/);
    }
  });
  it('never ends a line with an opening bracket', () => {
    for (const width of [14, 16, 18])
      for (const line of text(wrapSpans(parseInline('它会进入（TIME-WAIT）状态'), width)))
        expect(line, `at ${width}`).not.toMatch(/（$/);
  });
  it('keeps a drill blank `[ ? ]` on one line', () => {
    const blank = '[\u00a0?\u00a0]';
    for (const width of [10, 12, 14, 16, 20]) {
      const lines = text(
        wrapSpans(parseInline(`Step 1: which state is the client in at ${blank}?`), width),
      );
      expect(
        lines.some((l) => l.includes('[ ? ]')),
        `at ${width}`,
      ).toBe(true);
    }
  });
});

describe('closing punctuation, English and Chinese', () => {
  const CLOSING = ')]},.:;!?）］｝，。：；！？」』、';
  it('never starts a line, also after a space or a code span', () => {
    for (const mark of CLOSING) {
      for (const text of [
        `press \`Enter\`${mark} then go`,
        `三次握手${mark}四次挥手`,
        `wait for it ${mark} now`,
      ]) {
        // From 8 cells on, every word with its mark fits a line.
        for (let width = 8; width <= 24; width++) {
          for (const l of wrapLines(text, width))
            expect(l, `${JSON.stringify(text)} at ${width}`).not.toMatch(
              /^\s*[)\]},.:;!?）］｝，。：；！？」』、]/u,
            );
        }
      }
    }
  });
  it('keeps the screen wrap and the text reports wrap alike', () => {
    const text = '先发送 FIN 的一方进入 TIME-WAIT（停留 2 MSL）。(then: CLOSED) done.';
    // From 10 cells on, no word is wider than a line (the reports do not cut words).
    for (let width = 10; width <= 30; width++)
      expect(wrap(text, width), `at ${width}`).toEqual(wrapLines(text, width));
  });
});
