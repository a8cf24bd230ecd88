// Fitting a card into the terminal. Ink cannot scroll, so before drawing we measure each
// block (wrapped with string-width, so Chinese counts double) and decide what to shorten:
// first the diagram once the answer is shown, then the explanation, then the prompt.
import { truncateEnd } from '../../text/width.js';
import { parseInline, wrapSpans } from './inline.js';

const FENCE = /^\s*(`{3,}|~{3,})/;

/** Lines a Markdown text takes at `width`: fenced lines are never wrapped (they truncate). */
export function measureLines(text: string, width: number): number {
  let count = 0;
  let inFence = false;
  for (const line of text.split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    else count += inFence ? 1 : drawn(line, width).length;
  }
  return count;
}

/** The text cut to `max` drawn lines at `width`, ending with `…` when something was dropped. */
export function clampText(text: string, width: number, max: number): string {
  if (measureLines(text, width) <= max) return text;
  if (max <= 0) return '';
  const out: string[] = [];
  let used = 0;
  let inFence = false;
  for (const line of text.split('\n')) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      out.push(line);
      continue;
    }
    const pieces = inFence ? [line] : drawn(line, width);
    if (used + pieces.length < max) {
      out.push(line);
      used += pieces.length;
      continue;
    }
    const kept = pieces.slice(0, max - used);
    kept[kept.length - 1] = `${truncateEnd(kept[kept.length - 1]!, width - 2).replace(/…$/, '')} …`;
    out.push(...kept);
    break;
  }
  // Keep fences balanced so the renderer does not treat what follows as code.
  if (inFence) out.push('```');
  return out.join('\n');
}

/** A prose line as the Markdown component draws it (see inline.ts). */
function drawn(line: string, width: number): string[] {
  return wrapSpans(parseInline(line), width).map((spans) => spans.map((s) => s.text).join(''));
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
    const parts = [
      figure ? blocks.figure : 0,
      blocks.prompt,
      blocks.response,
      revealed ? blocks.answer : 0,
    ];
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
