import { describe, expect, it } from 'vitest';
import {
  bodyWindow,
  footerLines,
  frameRows,
  planFrame,
  startPosition,
} from '../../src/ui/layout/frame-layout.js';
import type { FrameInput } from '../../src/ui/layout/frame-layout.js';
import { line, lineText, lineWidth } from '../../src/ui/layout/lines.js';
import type { Line } from '../../src/ui/layout/lines.js';
import { strings } from '../../src/ui/strings.js';

const t = strings('en');
const body = (n: number, role: Line['role'] = 'prompt') =>
  Array.from({ length: n }, (_, i) => line(role, `line ${i + 1}`));
const input = (over: Partial<FrameInput>): FrameInput => ({
  rows: 24,
  width: 78,
  lang: 'en',
  header: [line('header', 'header')],
  body: body(5),
  scopes: ['answer', 'global'],
  more: { above: t.moreAbove, below: t.moreBelow },
  ...over,
});

describe('footerLines', () => {
  it('lays the hints out in rows no wider than the screen, two where the main ones need them', () => {
    const wide = footerLines(['answer', 'scroll', 'global'], 'en', 78);
    const narrow = footerLines(['answer', 'scroll', 'global'], 'en', 38);
    expect(narrow.length).toBeGreaterThan(wide.length);
    for (const l of narrow) expect(lineWidth(l)).toBeLessThanOrEqual(38);
    expect(narrow.map(lineText).join('  ')).toBe(wide.map(lineText).join('  '));
  });
});

describe('planFrame', () => {
  it('gives the body the rows the header, status and measured footer leave', () => {
    const p = planFrame(input({ status: [line('status', 'grades')] }));
    const footer = footerLines(['answer', 'global'], 'en', 78).length;
    // header, gap, body, gap, status, gap, footer
    expect(p.bodyRows).toBe(24 - 1 - 1 - 2 - 1 - footer);
    expect(p.maxOffset).toBe(0);
    expect(p.scopes).toEqual(['answer', 'global']);
    expect(frameRows(p, 0)).toHaveLength(24);
  });

  it('scrolls a taller body: markers above and below, the scroll keys in the footer', () => {
    const p = planFrame(input({ rows: 16, body: body(30) }));
    expect(p.scopes).toContain('scroll');
    expect(p.viewRows).toBe(p.bodyRows - 2);
    const top = bodyWindow(p, 0).map(lineText);
    expect(top[0]).toBe('');
    expect(top.at(-1)).toBe(`↓ ${30 - p.viewRows} more`);
    const bottom = bodyWindow(p, p.maxOffset).map(lineText);
    expect(bottom[0]).toBe(`↑ ${p.maxOffset} more`);
    expect(bottom.at(-2)).toBe('line 30');
    expect(bodyWindow(p, 999)).toEqual(bodyWindow(p, p.maxOffset));
    for (const offset of [0, 3, p.maxOffset]) expect(frameRows(p, offset)).toHaveLength(16);
  });

  it('scrolls a wider diagram sideways', () => {
    const wide = { ...line('figure', 'x'.repeat(100)), verbatim: true };
    const p = planFrame(input({ width: 58, body: [wide] }));
    expect(p.maxShift).toBe(42);
    expect(p.scopes).toContain('sideways');
  });

  it('pins the last lines under a scrolling part, when there is room', () => {
    const lines = [...body(20, 'figure'), line('gap'), ...body(4, 'option')];
    const p = planFrame(input({ rows: 16, body: lines, pin: 4 }));
    expect(p.pinned).toBe(true);
    expect(p.status.map((l) => l.role)).toEqual(['option', 'option', 'option', 'option']);
    expect(p.input.body).toHaveLength(20);
    // Too little room: the whole body scrolls instead.
    const tall = planFrame(
      input({ rows: 16, body: [...body(20), ...body(12, 'option')], pin: 12 }),
    );
    expect(tall.pinned).toBe(false);
  });
});

describe('startPosition', () => {
  it('brings a focus into view, with a line of context, sideways too', () => {
    const lines = body(40);
    const p = planFrame(input({ rows: 16, width: 40, body: lines }));
    expect(startPosition(p, {}).offset).toBe(0);
    expect(startPosition(p, { focus: { row: 3, column: 0 } }).offset).toBe(0);
    expect(startPosition(p, { focus: { row: 25, column: 0 } }).offset).toBe(24);
    expect(startPosition(p, { focus: { row: 3, column: 0 }, focusTop: true }).offset).toBe(2);
    const wide = { ...line('figure', 'x'.repeat(80)), verbatim: true };
    const q = planFrame(input({ width: 40, body: [wide] }));
    expect(startPosition(q, { focus: { row: 0, column: 60, size: 5 } }).shift).toBe(27);
  });
});
