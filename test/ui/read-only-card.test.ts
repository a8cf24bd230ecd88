// A card shown with nothing picked (the card list's read-only view, or an ordering given up)
// marks no position right or wrong: there was no answer to judge.
import { describe, expect, it } from 'vitest';
import type { OrderCard, TypedCard } from '../../src/content/types.js';
import { cardLines } from '../../src/ui/layout/card-lines.js';
import { strings } from '../../src/ui/strings.js';

const card: OrderCard = {
  id: 'ro-order',
  note: 'ro-order',
  deck: 'ro',
  lang: 'en',
  type: 'order',
  prompt: 'Put them in order.',
  items: ['first', 'second', 'third'],
  source: 'RFC 9293',
} as unknown as OrderCard;

describe('an ordering card read with nothing picked', () => {
  it('shows its items without ✓ or ✗', () => {
    const side = { revealed: true, typed: '', picked: [], order: [0, 1, 2] };
    const text = cardLines(card, side, 60, strings('en'))
      .lines.map((l) => l.spans.map((s) => s.text).join(''))
      .join('\n');
    expect(text).toContain('1. first');
    expect(text).not.toMatch(/[✓✗]/);
  });
});

describe('a typed card read with nothing typed', () => {
  it('shows the expected answer without an empty "Your answer:" row', () => {
    const typed = {
      ...card,
      id: 'ro-typed',
      type: 'typed',
      prompt: 'Which state?',
      accept: ['SYN-SENT'],
    } as unknown as TypedCard;
    const side = { revealed: true, typed: '', picked: [], order: [] };
    const text = cardLines(typed, side, 60, strings('en'))
      .lines.map((l) => l.spans.map((s) => s.text).join(''))
      .join('\n');
    expect(text).toContain('SYN-SENT');
    expect(text).not.toContain('Your answer');
  });
});
