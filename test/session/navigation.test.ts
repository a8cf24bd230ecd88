import { describe, expect, it } from 'vitest';
import { START, navigationReducer } from '../../src/session/navigation.js';

describe('navigation', () => {
  it('opens a review and returns home, keeping the home cursor', () => {
    const moved = navigationReducer(START, { type: 'home-cursor', row: 3 });
    const review = navigationReducer(moved, { type: 'open-review', mode: 'deck', deckId: 'd' });
    expect(review.screen).toEqual({ name: 'review', mode: 'deck', deckId: 'd', run: 1 });
    const home = navigationReducer(review, { type: 'home' });
    expect(home.screen).toEqual({ name: 'home' });
    expect(home.homeCursor).toBe(3);
  });

  it('gives every review its own run, so the same deck opened twice starts afresh', () => {
    const once = navigationReducer(START, { type: 'open-review', mode: 'new' });
    const twice = navigationReducer(navigationReducer(once, { type: 'home' }), {
      type: 'open-review',
      mode: 'new',
    });
    expect(twice.screen).toMatchObject({ name: 'review', run: 2 });
  });

  it('opens help over the screen and closes it again', () => {
    const review = navigationReducer(START, { type: 'open-review', mode: 'new' });
    const help = navigationReducer(review, { type: 'help', open: true });
    expect(help.help).toBe(true);
    expect(help.screen).toBe(review.screen);
    expect(navigationReducer(help, { type: 'help', open: false })).toEqual(review);
  });
});
