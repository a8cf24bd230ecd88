// simpleWidth answers for string-width: ours, and in the build every copy ink and its helpers
// import (src/build/build.mjs). Wherever it answers, it must give what each copy gives.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { simpleWidth } from '../../src/text/simple-width.js';
import { ROOT } from '../helpers/cli.js';

type Measure = (text: string, options?: { ambiguousIsNarrow?: boolean }) => number;

/** Every string-width package in node_modules (wrap-ansi, say, has an older one of its own). */
function stringWidthCopies(dir = join(ROOT, 'node_modules')): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === 'string-width') found.push(path);
    else if (entry.name.startsWith('@')) found.push(...stringWidthCopies(path));
    else {
      const nested = join(path, 'node_modules');
      if (readdirSync(path).includes('node_modules')) found.push(...stringWidthCopies(nested));
    }
  }
  return found;
}

const copies: [string, Measure][] = [];
beforeAll(async () => {
  for (const dir of stringWidthCopies()) {
    const module = (await import(pathToFileURL(join(dir, 'index.js')).href)) as {
      default: Measure;
    };
    copies.push([dir.slice(ROOT.length), module.default]);
  }
  expect(copies.length).toBeGreaterThanOrEqual(2);
});

const BMP = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
const SIMPLE = BMP.filter((ch) => simpleWidth(ch) !== undefined);

describe('simpleWidth', () => {
  it('gives what every string-width gives, for every BMP code point it answers for', () => {
    const wrong: string[] = [];
    for (const [copy, measure] of copies) {
      for (const ch of SIMPLE) {
        for (const ambiguousIsNarrow of [true, false]) {
          const want = measure(ch, { ambiguousIsNarrow });
          const got = simpleWidth(ch, { ambiguousIsNarrow });
          if (got !== want)
            wrong.push(`${copy} U+${ch.charCodeAt(0).toString(16)}: ${got} ${want}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(SIMPLE.length).toBeGreaterThan(40_000);
  });

  it('answers only for code points that are a grapheme cluster of their own', () => {
    const segmenter = new Intl.Segmenter();
    const joined = SIMPLE.filter((ch) => [...segmenter.segment(`a${ch}${ch}a`)].length !== 4);
    expect(joined).toEqual([]);
  });

  it('adds up mixed text as string-width does', () => {
    let seed = 7;
    const pick = (n: number): number => ((seed = (seed * 48271) % 0x7fffffff), seed % n);
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: 1 + pick(12) }, () =>
        pick(2) ? String.fromCharCode(0x20 + pick(95)) : SIMPLE[pick(SIMPLE.length)],
      ).join('');
      for (const [, measure] of copies) expect(simpleWidth(text), text).toBe(measure(text));
    }
  });

  it('answers for what the screens draw, so the trainer starts without the slow path', () => {
    for (const text of [
      '· ░ █ ❯ … ↑ ↓ ← → ✓ ✗ ─ │ ╭ ╯ ▁ ▇',
      '三次握手（连接）：复习、练习。',
      'héllo ±5 µs',
    ])
      expect(simpleWidth(text), text).toBeDefined();
  });

  it('leaves emoji, marks, joiners, Hangul, ANSI and other planes to string-width', () => {
    for (const text of [
      '✅',
      '⌚',
      '❤️',
      'e\u0301',
      'a\u200db',
      '한',
      '\u1100\u1161',
      '\u001b[1mx',
      '😀',
      '𝔸',
      '#\u20e3',
      '©',
    ])
      expect(simpleWidth(text), text).toBeUndefined();
    expect(simpleWidth(42)).toBeUndefined();
  });
});
