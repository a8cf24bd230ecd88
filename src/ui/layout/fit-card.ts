// Fitting a card into the terminal. Ink cannot scroll, so before drawing we measure each
// block (wrapped with string-width, so Chinese counts double) and decide what to shorten:
// first the diagram once the answer is shown, then the explanation, then the prompt.
import { wrap } from '../../tcp/text-width.js';

/** Lines a Markdown text takes at `width`: fenced lines are never wrapped (they truncate). */
export function measureLines(text: string, width: number): number {
  return layoutLines(text, width).length;
}

/** The text cut to `max` lines at `width`, ending with `…` when something was dropped. */
export function clampText(text: string, width: number, max: number): string {
  const lines = layoutLines(text, width);
  if (lines.length <= max) return text;
  if (max <= 0) return '';
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.slice(0, Math.max(0, width - 2))} …`;
  // Keep fences balanced so the renderer does not treat the rest as code.
  const fences = kept.filter((l) => /^\s*(`{3,}|~{3,})/.test(l)).length;
  if (fences % 2 === 1) kept.push('```');
  return kept.join('\n');
}

/** Drawn lines: fence markers are not drawn, fenced lines truncate, prose wraps. */
function layoutLines(text: string, width: number): string[] {
  const out: string[] = [];
  let inFence = false;
  for (const line of text.split('\n')) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) inFence = !inFence;
    else if (inFence) out.push(line);
    else out.push(...wrap(line.replace(/`/g, ''), Math.max(1, width)));
  }
  return out;
}

export type CardBlocks = {
  readonly figure: number;
  readonly prompt: number;
  readonly response: number;
  /** Verdict, solution and source: always shown in full once revealed. */
  readonly answer: number;
  readonly explain: number;
};

export type CardPlan = {
  readonly showFigure: boolean;
  readonly promptMax: number;
  readonly explainMax: number;
};

/** Decides what to shorten so that the blocks (with one blank line between them) fit `budget`. */
export function planCard(blocks: CardBlocks, budget: number, revealed: boolean): CardPlan {
  const explainCost = revealed && blocks.explain > 0 ? blocks.explain + 2 : 0; // blank + title
  const fixed = (figure: boolean) => {
    const parts = [figure ? blocks.figure : 0, blocks.prompt, blocks.response, revealed ? blocks.answer : 0];
    const shown = parts.filter((n) => n > 0);
    return shown.reduce((a, b) => a + b, 0) + Math.max(0, shown.length - 1);
  };
  // Once the answer is out, the diagram that asked the question is the first thing to go.
  const showFigure = blocks.figure > 0 && (!revealed || fixed(true) + explainCost <= budget);
  const base = fixed(showFigure);
  let explainMax = 0;
  if (explainCost > 0) {
    const room = budget - base - 2;
    explainMax = room >= blocks.explain ? blocks.explain : room >= 2 ? room : 0;
  }
  const used = base + (explainMax > 0 ? explainMax + 2 : 0);
  const promptMax = used > budget ? Math.max(1, blocks.prompt - (used - budget)) : blocks.prompt;
  return { showFigure, promptMax, explainMax };
}
