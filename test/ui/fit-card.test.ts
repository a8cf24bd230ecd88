import { describe, expect, it } from 'vitest';
import { clampText, figureWindow, measureLines, planCard } from '../../src/ui/layout/fit-card.js';

describe('measureLines', () => {
  it('wraps prose and counts Chinese as double width', () => {
    expect(measureLines('a'.repeat(25), 10)).toBe(3);
    expect(measureLines('三次握手'.repeat(5), 10)).toBe(4);
  });
  it('does not wrap fenced lines and does not draw the fences', () => {
    expect(measureLines('intro\n```text\n' + 'x'.repeat(50) + '\n```', 10)).toBe(2);
  });
});

describe('clampText', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(clampText('short', 20, 3)).toBe('short');
    const cut = clampText('one two three four five six seven eight', 10, 2);
    expect(cut.split('\n')).toHaveLength(2);
    expect(cut.endsWith('…')).toBe(true);
  });
  it('closes a fence it cut open', () => {
    const cut = clampText('```\na\nb\nc\n```', 10, 2);
    expect(cut.split('\n').at(-1)).toBe('```');
  });
});

describe('planCard', () => {
  const blocks = { figure: 10, figureHint: 0, prompt: 2, response: 4, answer: 3, explain: 6 };
  it('shows everything when it fits', () => {
    expect(planCard(blocks, 40, true)).toEqual({
      figureLines: 10,
      showHint: false,
      promptMax: 2,
      explainMax: 6,
    });
  });
  it('keeps the whole diagram while the question is open, when it fits', () => {
    expect(planCard(blocks, 18, false).figureLines).toBe(10);
  });
  it('gives the diagram only the rows the prompt and every option leave', () => {
    // 2 prompt + gap + 4 options + gap: 4 rows of a 10-row diagram fit in 12.
    expect(planCard(blocks, 12, false)).toEqual({
      figureLines: 4,
      showHint: false,
      promptMax: 2,
      explainMax: 0,
    });
  });
  it('adds the widen hint only when there is room for it', () => {
    const wide = { ...blocks, figureHint: 1 };
    expect(planCard(wide, 40, false).showHint).toBe(true);
    expect(planCard(blocks, 40, false).showHint).toBe(false);
    expect(planCard(wide, 18, false)).toMatchObject({ figureLines: 10, showHint: false });
  });
  it('drops the diagram first once the answer is shown, then clamps the explanation', () => {
    expect(planCard(blocks, 20, true)).toEqual({
      figureLines: 0,
      showHint: false,
      promptMax: 2,
      explainMax: 6,
    });
    expect(planCard(blocks, 16, true)).toMatchObject({ figureLines: 0, explainMax: 3 });
    expect(planCard(blocks, 12, true).explainMax).toBe(0);
  });
  it('shortens the prompt last', () => {
    const tall = { figure: 0, figureHint: 0, prompt: 10, response: 0, answer: 3, explain: 0 };
    expect(planCard(tall, 8, true).promptMax).toBe(4);
  });
});

describe('figureWindow', () => {
  const figure = ['title', '', 'lanes', 'start', '1. a', '2. [ ? ]', '3. c', '4. d'].join('\n');
  it('drops the title first, then keeps the line with the blank in view', () => {
    expect(figureWindow(figure, 4, '[ ? ]')).toBe('lanes\nstart\n1. a\n2. [ ? ]');
    expect(figureWindow(figure, 3, '[ ? ]')).toBe('1. a\n2. [ ? ]\n3. c');
    expect(figureWindow(figure, 8, '[ ? ]')).toBe(figure);
    expect(figureWindow(figure, 0, '[ ? ]')).toBe('');
  });
  it('stays inside the diagram at its ends', () => {
    expect(figureWindow(figure, 4, '4. d')).toBe('1. a\n2. [ ? ]\n3. c\n4. d');
    expect(figureWindow(figure, 2, 'title')).toBe('title\n');
  });
});
