// Class 2 of issue 11: a deck is parsed in pieces (the time test is in test/cli/no-hang);
// every node must still carry its place in the whole deck.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/content/parse-markdown.js';

describe('parseMarkdown', () => {
  it('gives every node its position in the whole deck', () => {
    const text = `${'Q: a\n\n'.repeat(150)}- one\n- two\n\n${'Q: b\n\n'.repeat(150)}Q: last\n`;
    const parsed = parseMarkdown(text);
    if (!('root' in parsed)) throw new Error('expected a tree');
    const last = parsed.root.children.at(-1)!;
    expect(last.position?.start).toMatchObject({ line: 604, column: 1, offset: text.length - 8 });
    const list = parsed.root.children.find((n) => n.type === 'list')!;
    expect(text.slice(list.position!.start.offset, list.position!.end.offset)).toBe('- one\n- two');
  });
});
