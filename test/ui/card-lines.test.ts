import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/content/types.js';
import { cardLines, clozeText, markBlank } from '../../src/ui/layout/card-lines.js';
import { CLOZE_CLOSE, CLOZE_OPEN } from '../../src/ui/layout/inline.js';
import { lineText } from '../../src/ui/layout/lines.js';
import { strings } from '../../src/ui/strings.js';
import { generateDrills } from '../../src/tcp/drills.js';
import { stringWidth } from '../../src/text/width.js';
import { CARD_FIELDS } from '../helpers/card-fields.js';

const t = strings('en');
const plain = (s: string) => s.replace(new RegExp(`[${CLOZE_OPEN}${CLOZE_CLOSE}]`, 'g'), '');
const texts = (card: Card, side: Parameters<typeof cardLines>[1], width = 78) =>
  cardLines(card, side, width, t).lines.map(lineText);
const question = { revealed: false, typed: '', picked: [], order: [0, 1, 2, 3] };

describe('markBlank', () => {
  it('fills the blank without moving what follows it', () => {
    const row = '  1. [ ? ]         -------------- SYN seq=x -------------->  SYN-RECEIVED';
    const filled = plain(markBlank(row, 'SYN-SENT'));
    expect(filled).toContain('[SYN-SENT]');
    expect(stringWidth(filled)).toBe(stringWidth(row));
    expect(filled.indexOf('SYN-RECEIVED')).toBe(row.indexOf('SYN-RECEIVED'));
    const arrow = '  2. SYN-SENT      ---------------- [ ? ] ---------------->';
    const label = plain(markBlank(arrow, 'SYN,ACK seq=y ack=x+1'));
    expect(label).toContain('[SYN,ACK seq=y ack=x+1]');
    expect(label.endsWith('->')).toBe(true);
    expect(stringWidth(label)).toBe(stringWidth(arrow));
  });
  it('marks the blank as the gap while the question is open', () => {
    expect(markBlank('a [ ? ] b', undefined)).toBe(`a ${CLOZE_OPEN}[ ? ]${CLOZE_CLOSE} b`);
    expect(markBlank('no blank', 'x')).toBe('no blank');
  });
});

describe('clozeText', () => {
  it('hides the active gap, shows its answer once revealed, and the other gaps always', () => {
    const text = 'A {{c1::SYN}} then {{c2::SYN,ACK::flags}}.';
    expect(plain(clozeText(text, 1, false))).toBe('A […] then SYN,ACK.');
    expect(plain(clozeText(text, 2, false))).toBe('A SYN then [flags].');
    expect(plain(clozeText(text, 2, true))).toBe('A SYN then [SYN,ACK].');
  });
});

describe('cardLines', () => {
  const drill = generateDrills('en').find((c) => c.id === 'seq-handshake-1-clientState')!;
  const right = drill.type === 'choice' ? drill.options.findIndex((o) => o.correct) : -1;
  const wrong = (right + 1) % 4;

  it('keeps the diagram after a wrong answer, the blank filled in and the pick named', () => {
    const lines = texts(drill, {
      revealed: true,
      typed: '',
      picked: [wrong],
      order: [0, 1, 2, 3],
      verdict: { correct: false },
    });
    expect(lines.some((l) => l.includes('[SYN-SENT]'))).toBe(true);
    expect(lines.some((l) => l.includes('[ ? ]') && l.startsWith('  1.'))).toBe(false);
    expect(lines).toContain(
      `✗ ${wrong + 1}. ${drill.type === 'choice' ? drill.options[wrong]!.text : ''}`,
    );
    expect(lines.some((l) => l.startsWith('You picked'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Expected'))).toBe(false);
    // The source line is printed once (the diagram's title names its figure too).
    expect(lines.filter((l) => l.startsWith('Source:'))).toEqual([`Source: ${drill.source}`]);
    expect(lines.filter((l) => l.includes('Source'))).toHaveLength(1);
  });

  it('keeps the question blank whole and the options in order', () => {
    const lines = texts(drill, question);
    expect(lines.filter((l) => l.includes('[ ? ]')).length).toBeGreaterThanOrEqual(2);
    expect(lines.filter((l) => /^ {2}\d\. /.test(l))).toHaveLength(4);
  });

  it('marks each position of an ordering', () => {
    const order: Card = {
      ...CARD_FIELDS,
      type: 'order',
      id: 'o',
      prompt: 'Order them',
      items: ['first', 'second', 'third'],
    };
    // Shown as second, first, third; picked first, second, third: all right.
    const side = { revealed: true, typed: '', order: [1, 0, 2], verdict: { correct: true } };
    expect(texts(order, { ...side, picked: [1, 0, 2] })).toEqual(
      expect.arrayContaining(['✓[2] 1. second', '✓[1] 2. first', '✓[3] 3. third']),
    );
    const wrongly = texts(order, { ...side, picked: [0, 1, 2], verdict: { correct: false } });
    expect(wrongly).toEqual(
      expect.arrayContaining(['✗[1] 1. second', '✗[2] 2. first', '✓[3] 3. third']),
    );
    expect(wrongly).toContain('The right order:');
    expect(wrongly).toContain('1. first');
  });

  it('puts the verdict apart, to be drawn with the grade bar', () => {
    const layout = cardLines(
      drill,
      { ...question, revealed: true, picked: [right], verdict: { correct: true } },
      78,
      t,
    );
    expect(layout.verdict.map(lineText)).toEqual(['✓ right']);
    expect(layout.lines.map(lineText)).not.toContain('✓ right');
  });
});

describe('the typed answer row', () => {
  const typed: Card = { ...CARD_FIELDS, type: 'typed', id: 'ty', prompt: 'State?', accept: ['X'] };
  const CLOSING = /^[)\]},.:;!?）］｝，。：；！？」』、]/u;

  it('wraps at words: no closing mark starts a line, no word of the hint is cut', () => {
    for (const lang of ['en', 'zh'] as const) {
      const s = strings(lang);
      const words = s.typeHere.split(' ');
      for (const width of [38, 40, 44, 58, 60])
        for (let n = 0; n <= 24; n++) {
          const rows = cardLines(typed, { ...question, typed: 'x'.repeat(n) }, width, s)
            .lines.filter((l) => l.role === 'response')
            .map(lineText);
          const at = `${lang} at ${width}, ${n} typed: ${JSON.stringify(rows)}`;
          for (const row of rows) {
            expect(row, at).not.toMatch(CLOSING);
            expect(stringWidth(row), at).toBeLessThanOrEqual(width);
          }
          if (lang === 'en') for (const w of words) expect(rows.join(' '), at).toContain(w);
        }
    }
  });
});
