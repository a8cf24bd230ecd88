// Filling a diagram's blanks keeps its columns and leaves a space between label and dashes.
import { describe, expect, it } from 'vitest';
import { fillBlanks, makeRoom } from '../../src/ui/layout/blank-fill.js';
import { lineText } from '../../src/ui/layout/lines.js';

describe('fillBlanks', () => {
  const arrow = ` 1. ${'-'.repeat(14)} [ ? ] ${'-'.repeat(14)}>  [ ? ]`;

  it('fills the blanks in reading order, the arrow head where it was', () => {
    const [l] = fillBlanks(arrow, [{ text: '[SYN seq=x]' }, { text: '[LISTEN]' }]);
    const text = lineText(l!);
    expect(text.indexOf('>')).toBe(arrow.indexOf('>'));
    expect(text).toContain('[SYN seq=x]');
    expect(text.endsWith('[LISTEN]')).toBe(true);
  });

  it('keeps a space on both sides of a wide label that borrows from the dashes', () => {
    const [l] = fillBlanks(arrow, [{ text: '[FIN,ACK seq=u ack=v]' }]);
    const text = lineText(l!);
    expect(text.indexOf('>')).toBe(arrow.indexOf('>'));
    expect(text).toMatch(/- \[FIN,ACK seq=u ack=v\] ->/);
    expect(text.endsWith('[ ? ]')).toBe(true);
  });

  it('makes room for two blanks side by side inside one label, the head where it was', () => {
    const label = ` 3. ${'-'.repeat(13)} ACK [ ? ] [ ? ] ${'-'.repeat(14)}>  ESTABLISHED`;
    const [l] = fillBlanks(label, [{ text: '[✓seq=x+1]' }, { text: '[✗ack=y+1]' }]);
    const text = lineText(l!);
    expect(text.indexOf('>')).toBe(label.indexOf('>'));
    expect(text).toContain('ACK [✓seq=x+1] [✗ack=y+1] -');
  });

  it('lets a fill at the end of a line run on', () => {
    expect(makeRoom('ab  ', '', 9)).toEqual(['ab  ', '']);
  });
});
