// A session as the learner sees it: counts kept apart, a card shown early says so, the
// summary at the end, empty queues that say why, and browsing that grades nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/content/compile-deck.js';
import { storeTrainer } from '../../src/session/store-trainer.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { ProgressStore } from '../../src/store/progress-store.js';
import { App } from '../../src/ui/app.js';
import { KEY, render } from '../helpers/render.js';
import type { Rendered } from '../helpers/render.js';

const deck = compileDeck(
  `---
id: small
title: Small deck
topic: states
lang: en
source: RFC 9293 §3.3.2
---

Q: First question? <!-- id: s-one -->
A: First answer.

R: CLOSE-WAIT <!-- id: s-cw -->
A: Waiting for the application to close.
`,
  'small.md',
);
const bank = { decks: deck.deck ? [deck.deck] : [], cards: deck.cards };
const T0 = new Date(2026, 2, 10, 12).getTime();
const RIGHT = '\u001B[C';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

async function start(store: ProgressStore = createMemoryStore()) {
  let t = T0;
  const now = () => t;
  const trainer = storeTrainer(bank, 'en', store, [], now);
  view = await render(<App trainer={trainer} now={now} />);
  await view.waitFor('Learn new cards');
  return { store, view, tick: (ms: number) => (t += ms) };
}

describe('a review session', () => {
  it('counts new, learning and review apart, and says when a card is shown early', async () => {
    const { view, tick } = await start();
    const first = await view.press('n');
    // Home counts: the reversed pair is one note, so two new cards today.
    expect(first).toContain('2 new · 0 learning · 0 review');
    await view.press(KEY.space);
    tick(5_000);
    await view.press('3'); // Good: a 10-minute step, back in this session
    const second = await view.waitFor('CLOSE-WAIT');
    expect(second).toContain('1 new · 1 learning · 0 review');
    await view.press(KEY.space);
    await view.press('4'); // Easy: days away
    const again = await view.waitFor('First question?');
    expect(again).toContain('0 new · 1 learning · 0 review');
    expect(again).toMatch(/due in 10 min, shown early/);
  });

  it('ends with a summary, and its keys go on', async () => {
    const { view, tick } = await start();
    await view.press('n');
    await view.press(KEY.space);
    tick(65_000);
    await view.press('4');
    await view.waitFor('CLOSE-WAIT');
    await view.press(KEY.space);
    await view.press('1'); // Again: back in a minute
    await view.waitFor('CLOSE-WAIT');
    await view.press(KEY.space);
    await view.press('4');
    const done = await view.waitFor('Session complete');
    expect(done).toContain('2 cards studied (3 grades)');
    expect(done).toContain('Again 1 · Hard 0 · Good 0 · Easy 2');
    expect(done).toContain('Accuracy 67% · Time 1 min 5 s');
    expect(done).toMatch(/Next card in \d+ (h|days?)\./);
    expect(done).toContain('Still today: 0 new (n), 0 due (r).');
    expect(done).toMatch(/n learn new/);
    const empty = await view.press('n');
    expect(empty).toContain('No new cards left for today.');
    await view.press(KEY.enter);
    await view.waitFor('Learn new cards');
  });

  it('says why the due queue is empty and what to press instead', async () => {
    const { view } = await start();
    const empty = await view.press('r');
    expect(empty).toContain('Nothing is due: press n for 2 new cards.');
    const learning = await view.press('n');
    expect(learning).toContain('First question?');
  });

  it('browses a deck without grading: the log stays empty, nothing is spent', async () => {
    const { store, view } = await start();
    const browse = await view.press('1');
    expect(browse).toContain('First question?');
    expect(browse).toContain('First answer.');
    expect(browse).toContain('1 / 2');
    const next = await view.press(RIGHT);
    expect(next).toContain('CLOSE-WAIT');
    expect(next).toContain('Waiting for the application to close.');
    // One side of the reversed pair only: the end of the deck.
    // No grade keys here: digits and Space do nothing at the end of the deck.
    view.send('3');
    view.send(KEY.space);
    view.send(RIGHT);
    await view.press(KEY.escape);
    const home = await view.waitFor('Learn new cards');
    expect(home).toContain('2 new · 0 learning · 0 to review');
    expect(store.entries()).toEqual([]);
  });
});
