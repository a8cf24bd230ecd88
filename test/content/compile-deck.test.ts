import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/content/compile-deck.js';
import type { BasicCard, Card } from '../../src/content/types.js';

type Of<T extends Card['type']> = T extends 'basic' | 'reversed'
  ? BasicCard
  : Extract<Card, { type: T }>;

const FRONT = `---
id: t
title: Test
topic: states
lang: en
source: RFC 9293 §3.3.2
---
`;

function compile(body: string) {
  return compileDeck(FRONT + body, 'deck.md');
}

function only<T extends Card['type']>(cards: readonly Card[], type: T): Of<T> {
  expect(cards).toHaveLength(1);
  expect(cards[0]!.type).toBe(type);
  return cards[0] as Of<T>;
}

describe('card types', () => {
  it('compiles a flashcard with explanation, source and section', () => {
    const { cards, diagnostics } = compile(`
## Teardown

Q: Which side enters **TIME-WAIT**? <!-- id: q1 -->
Second line of the question.
A: The active closer.
E: It sent the first FIN.
S: RFC 9293 §3.6.1
`);
    expect(diagnostics).toEqual([]);
    const card = only(cards, 'basic');
    expect(card).toMatchObject({
      id: 'q1',
      note: 'q1',
      prompt: 'Which side enters **TIME-WAIT**?\nSecond line of the question.',
      answer: 'The active closer.',
      explain: 'It sent the first FIN.',
      source: 'RFC 9293 §3.6.1',
      section: 'Teardown',
      line: 11,
      deck: 't',
      lang: 'en',
      topic: 'states',
    });
  });

  it('falls back to the deck source', () => {
    const card = only(compile('Q: x <!-- id: a -->\nA: y\n').cards, 'basic');
    expect(card.source).toBe('RFC 9293 §3.3.2');
  });

  it('makes two siblings from a reversed card', () => {
    const { cards } = compile('R: CLOSE-WAIT <!-- id: r1 -->\nA: waiting for the app\n');
    expect(cards.map((c) => [c.id, c.note, c.type])).toEqual([
      ['r1', 'r1', 'reversed'],
      ['r1:r', 'r1', 'reversed'],
    ]);
    expect(cards[1]).toMatchObject({ prompt: 'waiting for the app', answer: 'CLOSE-WAIT' });
  });

  it('makes one card per cloze group', () => {
    const { cards } = compile(
      'C: {{c1::60 s}} and {{c2::TCP_TIMEWAIT_LEN::a constant}} and {{c1::again}} <!-- id: c -->\n',
    );
    expect(cards.map((c) => c.id)).toEqual(['c:c1', 'c:c2']);
    expect(cards[1]).toMatchObject({ type: 'cloze', index: 2, note: 'c' });
  });

  it('keeps fenced code verbatim and counts deletions only in cloze fences', () => {
    const { cards, diagnostics } = compile(
      'C: Which state? <!-- id: f -->\n\n```text cloze\nState  Recv-Q\n{{c1::TIME-WAIT}}  0\n```\n\n```text\n{{c2::not one}}\n```\n',
    );
    expect(diagnostics).toEqual([]);
    expect(cards.map((c) => c.id)).toEqual(['f:c1']);
    const card = only(cards, 'cloze');
    expect(card.text).toContain('```text cloze\nState  Recv-Q\n{{c1::TIME-WAIT}}  0\n```');
  });

  it('parses typed answers with alternatives, escaped pipes and an explanation', () => {
    const card = only(
      compile(
        'T: State? <!-- id: t1 -->\nA: FIN-WAIT-1 | FIN_WAIT1 | a \\| b\nBecause it sent a FIN.\n',
      ).cards,
      'typed',
    );
    expect(card.accept).toEqual(['FIN-WAIT-1', 'FIN_WAIT1', 'a | b']);
    expect(card.explain).toBe('Because it sent a FIN.');
  });

  it('parses multiple choice with one right option', () => {
    const card = only(
      compile('M: Cause? <!-- id: m1 -->\n- [ ] SYN flood\n- [x] The app never calls `close()`\n')
        .cards,
      'choice',
    );
    expect(card.prompt).toBe('Cause?');
    expect(card.options).toEqual([
      { text: 'SYN flood', correct: false },
      { text: 'The app never calls `close()`', correct: true },
    ]);
  });

  it('parses ordering items in their written order', () => {
    const card = only(compile('O: Order <!-- id: o1 -->\n1. FIN\n2. ACK\n3. FIN\n').cards, 'order');
    expect(card.items).toEqual(['FIN', 'ACK', 'FIN']);
    expect(card.prompt).toBe('Order');
  });

  it('does not read markers inside code fences or lists', () => {
    const { cards, diagnostics } = compile(
      'Q: x <!-- id: a -->\nA: y\n\n```\nQ: not a card\n```\n\n- A: not a field\n',
    );
    expect(diagnostics).toEqual([]);
    expect(cards).toHaveLength(1);
    expect((cards[0] as { answer: string }).answer).toContain('Q: not a card');
  });

  it('keeps the introduction and deck metadata', () => {
    const { deck } = compile('Intro paragraph.\n\nQ: x <!-- id: a -->\nA: y\n');
    expect(deck).toMatchObject({
      id: 't',
      title: 'Test',
      topic: 'states',
      lang: 'en',
      intro: 'Intro paragraph.',
    });
  });

  it('accepts CRLF line endings and a BOM', () => {
    const text = `\uFEFF${FRONT}Q: x <!-- id: a -->\nA: y\n`.replace(/\n/g, '\r\n');
    const { cards, diagnostics } = compileDeck(text, 'crlf.md');
    expect(diagnostics).toEqual([]);
    expect(cards).toHaveLength(1);
  });
});

describe('diagnostics carry file, line and column', () => {
  const at = (body: string) =>
    compile(body).diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`);

  it('reports a missing id', () => {
    expect(at('\nQ: x\nA: y\n')).toEqual([
      'deck.md:9:1: card has no id: add <!-- id: some-name --> to its Q: line',
    ]);
  });
  it('reports an invalid id', () => {
    expect(at('Q: x <!-- id: Bad_Id -->\nA: y\n')[0]).toMatch(
      /^deck\.md:8:1: card id 'Bad_Id' must use lowercase/,
    );
  });
  it('reports a card without an answer', () => {
    expect(at('Q: x <!-- id: a -->\n')).toEqual([
      "deck.md:8:1: card 'a' has no answer: add an A: line",
    ]);
  });
  it('reports a cloze without a deletion', () => {
    expect(at('C: nothing <!-- id: c -->\n')[0]).toBe(
      "deck.md:8:1: cloze card 'c' has no deletion: mark one like {{c1::hidden text}}",
    );
  });
  it('reports multiple choice without exactly one right answer', () => {
    expect(at('M: x <!-- id: m -->\n- [ ] a\n- [ ] b\n')[0]).toMatch(
      /^deck\.md:8:1: .*exactly one option marked \[x\] \(found 0\)/,
    );
    expect(at('M: x <!-- id: m -->\n- [x] a\n- [x] b\n')[0]).toMatch(/found 2/);
    expect(at('M: x <!-- id: m -->\n- [x] a\n- b\n')[0]).toBe(
      'deck.md:10:1: option must start with [x] (right) or [ ] (wrong)',
    );
  });
  it('reports ordering with fewer than two items', () => {
    expect(at('O: x <!-- id: o -->\n1. a\n')[0]).toMatch(
      /^deck\.md:8:1: ordering 'o' needs at least two items/,
    );
    expect(at('O: x <!-- id: o -->\n')[0]).toMatch(/found 0/);
  });
  it('reports an unknown marker with its position', () => {
    expect(at('\n\nZ: what <!-- id: z -->\n')[0]).toBe(
      "deck.md:10:1: unknown card marker 'Z:' (known: Q: A: R: C: T: M: O: E: S:)",
    );
  });
  it('reports a field outside a card', () => {
    expect(at('A: orphan\n')[0]).toMatch(/^deck\.md:8:1: A: is outside a card/);
  });
  it('reports every problem, not just the first', () => {
    expect(at('Q: x\nA: y\n\nQ: z <!-- id: z -->\n\nC: none <!-- id: c -->\n')).toHaveLength(3);
  });
});

describe('front matter', () => {
  it('requires front matter', () => {
    const { diagnostics } = compileDeck('Q: x <!-- id: a -->\nA: y\n', 'f.md');
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 1 });
    expect(diagnostics[0]!.message).toMatch(/missing front matter/);
  });
  it('reports malformed YAML at its line', () => {
    const { diagnostics } = compileDeck('---\nid: x\ntitle: [oops\n---\n', 'f.md');
    expect(diagnostics[0]).toMatchObject({ file: 'f.md', line: 3 });
    expect(diagnostics[0]!.message).toMatch(/^malformed front matter/);
  });
  it('reports missing and unknown keys and a bad language', () => {
    const { diagnostics } = compileDeck(
      '---\nid: x\ntitle: T\ntopic: s\nlang: fr\nsource: s\ntpoic: typo\n---\n',
      'f.md',
    );
    expect(diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      "7: unknown front matter key 'tpoic'",
      '5: lang must be one of en, zh',
    ]);
  });
  it('reports an unclosed block', () => {
    expect(compileDeck('---\nid: x\n', 'f.md').diagnostics[0]!.message).toMatch(/not closed/);
  });
});

describe('the fixture deck', () => {
  it('compiles cleanly with every card type', () => {
    const text = readFileSync(new URL('../fixtures/good/en/deck.md', import.meta.url), 'utf8');
    const { cards, diagnostics } = compileDeck(text, 'deck.md');
    expect(diagnostics).toEqual([]);
    expect(new Set(cards.map((c) => c.type))).toEqual(
      new Set(['basic', 'reversed', 'cloze', 'typed', 'choice', 'order']),
    );
  });
});

describe('list continuation', () => {
  it('reads a field line right under the last option as a field', () => {
    const { cards, diagnostics } = compile(
      'M: x <!-- id: m -->\n- [ ] a\n- [x] b\nE: why\nS: RFC 1337\n',
    );
    expect(diagnostics).toEqual([]);
    expect(cards[0]).toMatchObject({
      options: [
        { text: 'a', correct: false },
        { text: 'b', correct: true },
      ],
      explain: 'why',
      source: 'RFC 1337',
    });
  });
  it('reads the next card after an ordering list', () => {
    const { cards, diagnostics } = compile(
      'O: x <!-- id: o -->\n1. a\n2. b\nQ: next <!-- id: q -->\nA: y\n',
    );
    expect(diagnostics).toEqual([]);
    expect(cards.map((c) => c.id)).toEqual(['o', 'q']);
    expect(cards[0]).toMatchObject({ items: ['a', 'b'] });
  });
});
