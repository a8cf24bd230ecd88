import { describe, expect, it } from 'vitest';
import { compileBank, decodeText } from '../../src/content/compile-bank.js';

const enc = (s: string) => new TextEncoder().encode(s);
const deck = (lang: string, body: string, id = 'd') =>
  `---\nid: ${id}\ntitle: T\ntopic: states\nlang: ${lang}\nsource: RFC 9293\n---\n${body}`;

describe('compileBank', () => {
  it('reports duplicate ids across files with both places', () => {
    const { diagnostics } = compileBank([
      { path: 'a.md', bytes: enc(deck('en', 'Q: x <!-- id: same -->\nA: y\n', 'a')) },
      { path: 'b.md', bytes: enc(deck('en', '\nQ: x <!-- id: same -->\nA: y\n', 'b')) },
    ]);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`)).toEqual([
      "b.md:9:1: duplicate id 'same' (also at a.md:8)",
    ]);
  });

  it('reports a duplicate id even when one of the two cards is also invalid: both problems', () => {
    const text = (d: { file: string; line: number; message: string }) =>
      `${d.file}:${d.line}: ${d.message}`;
    // The first card has no answer, so it never becomes a card; its id is still taken.
    const first = compileBank([
      { path: 'a.md', bytes: enc(deck('en', 'Q: x <!-- id: same -->\n', 'a')) },
      { path: 'b.md', bytes: enc(deck('en', '\nQ: x <!-- id: same -->\nA: y\n', 'b')) },
    ]);
    expect(first.diagnostics.map(text)).toEqual([
      "a.md:8: card 'same' has no answer: add an A: line",
      "b.md:9: duplicate id 'same' (also at a.md:8)",
    ]);
    // The second is the invalid one, in the same file: it gets both lines.
    const second = compileBank([
      {
        path: 'a.md',
        bytes: enc(deck('en', 'Q: x <!-- id: same -->\nA: y\n\nM: pick <!-- id: same -->\n', 'a')),
      },
    ]);
    expect(second.diagnostics.map(text)).toEqual([
      "a.md:11: multiple choice 'same' needs a list of options: - [x] right / - [ ] wrong",
      "a.md:11: duplicate id 'same' (also at a.md:8)",
    ]);
  });

  it('allows the same id in a Chinese twin, and reports a missing twin both ways', () => {
    const ok = compileBank([
      { path: 'en/d.md', bytes: enc(deck('en', 'Q: x <!-- id: a -->\nA: y\n')) },
      { path: 'zh/d.md', bytes: enc(deck('zh', 'Q: 问 <!-- id: a -->\nA: 答\n')) },
    ]);
    expect(ok.diagnostics).toEqual([]);
    const missing = compileBank([
      {
        path: 'en/d.md',
        bytes: enc(deck('en', 'Q: x <!-- id: a -->\nA: y\n\nQ: x <!-- id: only-en -->\nA: y\n')),
      },
      {
        path: 'zh/d.md',
        bytes: enc(
          deck('zh', 'Q: 问 <!-- id: a -->\nA: 答\n\nQ: 问 <!-- id: only-zh -->\nA: 答\n'),
        ),
      },
    ]);
    expect(missing.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      "en/d.md:11: card 'only-en' has no zh twin (same id in a zh deck)",
      "zh/d.md:11: card 'only-zh' has no en twin (same id in a en deck)",
    ]);
  });

  it('reports a twin of another type', () => {
    const { diagnostics } = compileBank([
      { path: 'en/d.md', bytes: enc(deck('en', 'Q: x <!-- id: a -->\nA: y\n')) },
      { path: 'zh/d.md', bytes: enc(deck('zh', 'T: x <!-- id: a -->\nA: y\n')) },
    ]);
    expect(diagnostics.map((d) => d.message)).toContain("card 'a' is basic here but typed in zh");
  });
});

describe('decodeText', () => {
  it('rejects binary files at the NUL byte', () => {
    const { diagnostic } = decodeText({
      path: 'x.md',
      bytes: new Uint8Array([0x41, 0x0a, 0x42, 0x00]),
    });
    expect(diagnostic).toMatchObject({
      line: 2,
      column: 2,
      message: 'not a text file (binary data: NUL byte)',
    });
  });
  it('rejects Latin-1 text at the first bad byte, after valid multi-byte text', () => {
    const bytes = new Uint8Array([...enc('状态\nCaf'), 0xe9, 0x0a]);
    const { diagnostic } = decodeText({ path: 'x.md', bytes });
    expect(diagnostic).toMatchObject({
      line: 2,
      column: 4,
      message: 'not UTF-8 text (save the file as UTF-8)',
    });
  });
  it('accepts UTF-8 with Chinese text', () => {
    expect(decodeText({ path: 'x.md', bytes: enc('三次握手') }).text).toBe('三次握手');
  });
});
