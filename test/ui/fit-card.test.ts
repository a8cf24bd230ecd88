import { describe, expect, it } from 'vitest';
import { clampText, measureLines, planCard } from '../../src/ui/layout/fit-card.js';

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
  const blocks = { figure: 10, prompt: 2, response: 4, answer: 3, explain: 6 };
  it('shows everything when it fits', () => {
    expect(planCard(blocks, 40, true)).toEqual({ showFigure: true, promptMax: 2, explainMax: 6 });
  });
  it('keeps the diagram while the question is open', () => {
    expect(planCard(blocks, 18, false).showFigure).toBe(true);
  });
  it('drops the diagram first once the answer is shown, then clamps the explanation', () => {
    expect(planCard(blocks, 20, true)).toEqual({ showFigure: false, promptMax: 2, explainMax: 6 });
    expect(planCard(blocks, 16, true)).toEqual({ showFigure: false, promptMax: 2, explainMax: 3 });
    expect(planCard(blocks, 12, true).explainMax).toBe(0);
  });
  it('shortens the prompt last', () => {
    expect(
      planCard({ figure: 0, prompt: 10, response: 0, answer: 3, explain: 0 }, 8, true).promptMax,
    ).toBe(4);
  });
});
