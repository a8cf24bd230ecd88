// The playground's rows: wide, the step's line and action sit before A's state; narrow, on a
// row of their own, so no width loses which action made a row.
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/tcp/sim/script.js';
import { simulate } from '../../src/tcp/sim/simulator.js';
import { stepLines } from '../../src/ui/screens/playground/run-lines.js';
import { lineText } from '../../src/ui/layout/lines.js';
import { stringWidth } from '../../src/text/width.js';

const trace = simulate(parseScript('B listen\nA connect\ndeliver\n').actions);
const draw = (width: number) =>
  trace.steps.flatMap((step) => stepLines(step, width, 'en').map(lineText));

describe('playground step lines', () => {
  it('keep the line number and the action at 80 columns, on the same row', () => {
    const rows = draw(78);
    expect(rows[1]).toMatch(/^ {2}2 A connect +SYN-SENT +--> SYN seq=100/);
  });

  it('keep them on a row of their own at 60 columns, within the width', () => {
    const rows = draw(58);
    expect(rows).toContain('  2 A connect');
    expect(rows).toContain('  3 deliver');
    expect(rows.every((row) => stringWidth(row) <= 58)).toBe(true);
  });
});
