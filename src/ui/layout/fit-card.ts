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
  /** 1 when the diagram is wider than the screen and a line says so. */
  readonly figureHint: number;
  readonly prompt: number;
  readonly response: number;
  /** Verdict, solution and source: always shown in full once revealed. */
  readonly answer: number;
  readonly explain: number;
};

export type CardPlan = {
  /** Lines of the diagram to draw (0 hides it); see `figureWindow` for which ones. */
  readonly figureLines: number;
  readonly showHint: boolean;
  readonly promptMax: number;
  readonly explainMax: number;
};

/** Rows the blocks take, with one blank line between those that are shown. */
function stacked(parts: readonly number[]): number {
  const shown = parts.filter((n) => n > 0);
  return shown.reduce((a, b) => a + b, 0) + Math.max(0, shown.length - 1);
}

/**
 * Decides what to shorten so that the blocks (with one blank line between them) fit
 * `budget`. While the question is open the options always show in full and the diagram
 * gets the rows left (it holds the blank); once the answer is out the diagram goes first,
 * then the explanation is cut. The prompt is shortened last.
 */
export function planCard(blocks: CardBlocks, budget: number, revealed: boolean): CardPlan {
  const hintCost = blocks.figureHint > 0 ? 2 : 0; // the line and its gap
  const answer = revealed ? blocks.answer : 0;
  const core = stacked([blocks.prompt, blocks.response, answer]);
  let figureLines = 0;
  let showHint = false;
  let explainMax = 0;
  if (!revealed) {
    const room = budget - core - (core > 0 ? 1 : 0);
    figureLines = Math.max(0, Math.min(blocks.figure, room));
    showHint = hintCost > 0 && figureLines === blocks.figure && room - figureLines >= hintCost;
  } else {
    const explainCost = blocks.explain > 0 ? blocks.explain + 2 : 0; // blank + title
    const withFigure = stacked([blocks.figure, core]) + hintCost;
    if (blocks.figure > 0 && withFigure + explainCost <= budget) {
      figureLines = blocks.figure;
      showHint = hintCost > 0;
    }
    if (explainCost > 0) {
      const room = budget - stacked([figureLines, core]) - (showHint ? hintCost : 0) - 2;
      explainMax = room >= blocks.explain ? blocks.explain : room >= 2 ? room : 0;
    }
  }
  const used =
    stacked([figureLines, core]) +
    (showHint ? hintCost : 0) +
    (explainMax > 0 ? explainMax + 2 : 0);
  const promptMax = used > budget ? Math.max(1, blocks.prompt - (used - budget)) : blocks.prompt;
  return { figureLines, showHint, promptMax, explainMax };
}

/**
 * The `max` lines of a diagram to draw when all of it does not fit. The title (up to the
 * first empty line) goes first, since the screen header names the scenario; if that is not
 * enough, a window around the line that holds `mark` (the drill's blank) keeps the
 * question on screen.
 */
export function figureWindow(figure: string, max: number, mark: string): string {
  const lines = figure.split('\n');
  if (lines.length <= max) return figure;
  if (max <= 0) return '';
  const at = Math.max(
    0,
    lines.findIndex((line) => line.includes(mark)),
  );
  const body = lines.indexOf('') + 1;
  const wanted = body > 0 && at >= body && at < body + max ? body : at - Math.floor(max / 2);
  const start = Math.min(Math.max(0, wanted), lines.length - max);
  return lines.slice(start, start + max).join('\n');
}
