import { describe, expect, it } from 'vitest';
import { browsedCard, browseReducer, startBrowse } from '../../src/session/browse.js';
import { card } from '../srs/cards.js';

describe('browse', () => {
  it('moves through the cards and stops at either end', () => {
    let s = startBrowse([card('a'), card('b'), card('c')]);
    expect(browsedCard(s)?.id).toBe('a');
    s = browseReducer(s, { type: 'previous' });
    expect(s.index).toBe(0);
    s = browseReducer(browseReducer(s, { type: 'next' }), { type: 'next' });
    expect(browsedCard(s)?.id).toBe('c');
    const end = browseReducer(s, { type: 'next' });
    expect(end).toBe(s);
    expect(browseReducer(s, { type: 'first' }).index).toBe(0);
    expect(browseReducer(startBrowse([card('a'), card('b')]), { type: 'last' }).index).toBe(1);
    expect(browsedCard(startBrowse([]))).toBeUndefined();
  });
});
