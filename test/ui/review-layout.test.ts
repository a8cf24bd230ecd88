// Every built-in card, in both languages and every phase, laid out at 80x24, 60x16 and the
// smallest size the app accepts: nothing wider than the terminal, the frame exactly the
// terminal's height, every line of the card reachable by scrolling, and the parts that
// answer the question in view when it opens.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBank } from '../../src/build/build-bank.js';
import type { Card, Lang } from '../../src/content/types.js';
import { answerMode, choices, figureOf, isRightChoice } from '../../src/session/card-kind.js';
import { displayOrder, reviewReducer, startReview } from '../../src/session/review.js';
import type { ReviewAction, ReviewState } from '../../src/session/review.js';
import type { Preview } from '../../src/session/trainer.js';
import { MIN_COLUMNS, MIN_ROWS } from '../../src/ui/app.js';
import {
  bodyWindow,
  frameRows,
  planRequest,
  startPosition,
} from '../../src/ui/layout/frame-layout.js';
import type { FramePlan } from '../../src/ui/layout/frame-layout.js';
import { lineText, lineWidth, sliceLine } from '../../src/ui/layout/lines.js';
import type { Line } from '../../src/ui/layout/lines.js';
import { reviewFrame } from '../../src/ui/screens/review/review-layout.js';
import { strings } from '../../src/ui/strings.js';

const SIZES: readonly (readonly [number, number])[] = [
  [80, 24],
  [60, 16],
  [MIN_COLUMNS, MIN_ROWS],
];
const at = (label: string) => ({ label, due: 0 });
// The widest labels the scheduler writes.
const PREVIEW: Preview = {
  card: 'x',
  at: 0,
  outcomes: { 1: at('10m'), 2: at('1.5h'), 3: at('12d'), 4: at('11.2mo') },
};

type Phase = 'question' | 'right' | 'wrong' | 'revealed';

/** The card's review state in a phase, reached through the reducer as the keys would. */
function inPhase(card: Card, phase: Phase): ReviewState | undefined {
  const start = startReview([card], 0, 'layout');
  const run = (...actions: ReviewAction[]) => actions.reduce(reviewReducer, start);
  const order = displayOrder(start, card);
  const mode = answerMode(card);
  if (phase === 'question') return start;
  if (phase === 'revealed') return mode === 'reveal' ? run({ type: 'reveal', now: 1 }) : undefined;
  if (mode === 'reveal') return undefined;
  if (mode === 'type') {
    const text = phase === 'right' && card.type === 'typed' ? card.accept[0]! : 'no such answer';
    return run({ type: 'type', text }, { type: 'reveal', now: 1 });
  }
  if (mode === 'pick-one') {
    const right = order.findIndex((i) => isRightChoice(card, i));
    const position = phase === 'right' ? right : (right + 1) % order.length;
    return run({ type: 'pick', position, now: 1 });
  }
  const positions = choices(card).map((_, i) => order.indexOf(i));
  if (phase === 'wrong') positions.reverse();
  return run(...positions.map((position) => ({ type: 'pick' as const, position, now: 1 })));
}

function plan(state: ReviewState, lang: Lang, columns: number, rows: number) {
  const t = strings(lang);
  const width = columns - 2;
  const request = reviewFrame({
    state,
    decks: [],
    preview: state.phase === 'answer' ? PREVIEW : undefined,
    saveError: undefined,
    width,
    t,
  });
  const p = planRequest(request, { rows, width, lang, t });
  return { request, plan: p, start: startPosition(p, request) };
}

/** The card's lines (blank ones aside) that no scroll position shows, pinned ones counted. */
function unreachable(p: FramePlan, body: readonly Line[]): Line[] {
  const seen = new Set<Line>(p.status);
  const offsets = [p.maxOffset];
  for (let offset = 0; offset < p.maxOffset; offset += Math.max(1, p.viewRows))
    offsets.push(offset);
  for (const offset of offsets) for (const l of bodyWindow(p, offset)) seen.add(l);
  return body.filter((l) => l.role !== 'gap' && !seen.has(l));
}

let cards: readonly Card[] = [];
beforeAll(async () => {
  cards = (await buildBank(join(import.meta.dirname, '..', '..', 'content'))).bank.cards;
}, 60_000);

describe.each(SIZES)('every built-in card at %ix%i', (columns, rows) => {
  it.each(['en', 'zh'] as const)(
    'fits, scrolls to every line and keeps the answer in view (%s)',
    (lang) => {
      const width = columns - 2;
      let checked = 0;
      for (const card of cards.filter((c) => c.lang === lang)) {
        for (const phase of ['question', 'right', 'wrong', 'revealed'] as const) {
          const state = inPhase(card, phase);
          if (!state) continue;
          const where = `${card.id} ${phase} at ${columns}x${rows}`;
          const { request, plan: p, start } = plan(state, lang, columns, rows);
          const body = request.body;
          // Prose is wrapped to the width; only diagrams may be wider, and they scroll sideways.
          for (const l of body)
            if (!l.verbatim)
              expect(lineWidth(l), `${where}: ${lineText(l)}`).toBeLessThanOrEqual(width);
          const widest = Math.max(0, ...body.map(lineWidth));
          expect(p.maxShift, where).toBe(Math.max(0, widest - width));
          for (const offset of new Set([0, start.offset, p.maxOffset])) {
            const drawn = frameRows(p, offset);
            // Exactly the terminal's height: nothing is squeezed, so nothing is drawn over.
            expect(drawn, where).toHaveLength(rows);
            for (const shift of new Set([0, start.shift, p.maxShift]))
              for (const l of drawn)
                expect(
                  lineWidth(sliceLine(l, l.verbatim ? shift : 0, width)),
                  where,
                ).toBeLessThanOrEqual(width);
          }
          expect(unreachable(p, body).map(lineText), where).toEqual([]);
          // What answers the question is on screen when it opens.
          const shown = new Set([...bodyWindow(p, start.offset), ...p.status]);
          if (request.focus) {
            const blank = body[request.focus.row]!;
            expect(shown.has(blank), `${where}: the blank`).toBe(true);
            const col = request.focus.column - start.shift;
            expect(
              col >= 0 && col + (request.focus.size ?? 5) <= width,
              `${where}: blank sideways`,
            ).toBe(true);
          }
          // Under a diagram, the prompt and every option stay in view while the question is open.
          if (phase === 'question' && request.pin && p.pinned)
            for (const o of body.filter((l) => l.role === 'option' || l.role === 'prompt'))
              expect(shown.has(o), `${where}: ${lineText(o)}`).toBe(true);
          if (phase === 'question' && figureOf(card) && columns >= 60)
            expect(p.pinned || p.maxOffset === 0, `${where}: pinned`).toBe(true);
          // The verdict is drawn with the grade bar, always in view.
          if (phase === 'right' || phase === 'wrong')
            expect(
              p.status.some((l) => l.role === 'verdict'),
              `${where}: the verdict`,
            ).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(1000);
    },
  );
});
