// Grading as the learner meets it, through the real App and a store-backed trainer: what is
// saved when, what an override and a give-up write, and that a redraw keeps the intervals.
import { afterEach, describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/content/compile-deck.js';
import { storeTrainer } from '../../src/session/store-trainer.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { App } from '../../src/ui/app.js';
import { KEY, render } from '../helpers/render.js';
import type { Rendered } from '../helpers/render.js';

const deck = compileDeck(
  `---
id: demo
title: Demo deck
topic: teardown
lang: en
source: RFC 9293 §3.6
---

M: Cause of piles of CLOSE-WAIT? <!-- id: d-choice -->
- [ ] SYN flood
- [x] The app never closes

Q: Which side enters TIME-WAIT? <!-- id: d-basic -->
A: The active closer.

T: State after close()? <!-- id: d-typed -->
A: FIN-WAIT-1
`,
  'demo.md',
);
const bank = { decks: deck.deck ? [deck.deck] : [], cards: deck.cards };
const T0 = new Date(2026, 2, 10, 12).getTime();
const TAB = '\t';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

async function start() {
  let t = T0;
  const now = () => t;
  const store = createMemoryStore();
  const trainer = storeTrainer(bank, 'en', store, [], now);
  view = await render(<App trainer={trainer} now={now} />);
  await view.waitFor('Learn new cards');
  return { store, view, tick: (ms: number) => (t += ms) };
}

/** The display number of the option with `text` on the frame. */
function optionNumber(frame: string, text: string): string {
  const m = new RegExp(`(\\d)\\. ${text}`).exec(frame);
  if (!m) throw new Error(`no option ${text} in\n${frame}`);
  return m[1]!;
}

describe('grading in the review screen', () => {
  it('saves an automatic grade when the answer is checked: Esc afterwards keeps it', async () => {
    const { store, view } = await start();
    const question = await view.press('n');
    const checked = await view.press(optionNumber(question, 'SYN flood'));
    expect(checked).toContain('✗ wrong');
    expect(store.reviews()).toMatchObject([{ card: 'd-choice', rating: 1, by: 'auto' }]);
    await view.press(KEY.escape);
    await view.waitFor('Learn new cards');
    expect(store.reviews()).toHaveLength(1);
  });

  it('logs an override as an undo of the automatic grade plus the learner’s', async () => {
    const { store, view } = await start();
    const question = await view.press('n');
    await view.press(optionNumber(question, 'SYN flood'));
    await view.press('3');
    await view.waitFor('Which side enters TIME-WAIT?');
    const log = store.entries();
    expect(log).toHaveLength(3);
    expect(log[0]).toMatchObject({ card: 'd-choice', rating: 1, by: 'auto' });
    expect(log[1]).toMatchObject({ undo: (log[0] as { id: string }).id });
    expect(log[2]).toMatchObject({ card: 'd-choice', rating: 3, by: 'self' });
    // Accepting the suggested grade writes nothing more.
    await view.press(KEY.space);
    await view.press(KEY.enter);
    expect(store.entries()).toHaveLength(4);
  });

  it('gives up with Tab on any card, and with an empty Enter on a typed card', async () => {
    const { store, view } = await start();
    await view.press('n');
    const gaveUp = await view.press(TAB);
    expect(gaveUp).toContain('✗ given up: graded Again');
    expect(gaveUp).toMatch(/\[1 Again/);
    await view.press(KEY.enter);
    await view.press(TAB); // the flashcard
    await view.press(KEY.enter);
    await view.waitFor('State after close()?');
    const typed = await view.press(KEY.enter);
    expect(typed).toContain('✗ given up');
    expect(typed).toContain('FIN-WAIT-1');
    expect(store.reviews().map((r) => [r.card, r.rating, r.by])).toEqual([
      ['d-choice', 1, 'self'],
      ['d-basic', 1, 'self'],
      ['d-typed', 1, 'self'],
    ]);
  });

  it('keeps the intervals of a showing through redraws, and schedules what it showed', async () => {
    const { store, view, tick } = await start();
    const question = await view.press('n');
    await view.press(optionNumber(question, 'The app never closes'));
    const bar = /4 Easy (\d+)d/.exec(view.frame());
    expect(bar).not.toBeNull();
    tick(3 * 3_600_000);
    // Help over the screen and back: the review screen is drawn again.
    await view.press('?');
    const again = await view.press(KEY.escape);
    expect(/4 Easy (\d+)d/.exec(again)?.[0]).toBe(bar![0]);
    await view.press('4');
    await view.waitFor('Which side enters TIME-WAIT?');
    const review = store.reviews()[store.reviews().length - 1]!;
    expect(review).toMatchObject({ rating: 4, at: T0 });
    const days = (store.states().get('d-choice')!.due - T0) / 86_400_000;
    expect(Math.round(days)).toBe(Number(bar![1]));
  });
});

/** The display number of the ordering item that is exactly `text`. */
function itemNumber(frame: string, text: string): string {
  const m = new RegExp(`(\\d)\\. ${text}\\s*$`, 'm').exec(frame);
  if (!m) throw new Error(`no item ${text} in\n${frame}`);
  return m[1]!;
}

describe('who graded it: the `by` of each path', () => {
  const paths = compileDeck(
    `---
id: paths
title: Paths
topic: states
lang: en
source: RFC 9293 §3.3.2
---

T: The state of an open connection? <!-- id: p-typed -->
A: ESTABLISHED

Q: Which side enters TIME-WAIT? <!-- id: p-basic -->
A: The active closer.

O: Order the handshake. <!-- id: p-order -->
1. SYN
2. SYN,ACK
3. ACK
`,
    'paths.md',
  );
  const pathBank = { decks: paths.deck ? [paths.deck] : [], cards: paths.cards };

  async function session() {
    const store = createMemoryStore();
    const trainer = storeTrainer(pathBank, 'en', store, [], () => T0);
    view = await render(<App trainer={trainer} now={() => T0} />);
    await view.waitFor('Learn new cards');
    await view.press('n');
    return { store, view };
  }
  const log = (store: ReturnType<typeof createMemoryStore>) =>
    store.reviews().map((r) => `${r.card} ${r.rating} ${r.by}`);

  it('auto: a checked answer kept as checked, by Enter or by the same digit', async () => {
    const { store, view } = await session();
    await view.press('ESTABLISHED');
    expect(await view.press(KEY.enter)).toContain('✓ right');
    await view.press(KEY.enter); // accepted as is
    await view.waitFor('Which side enters TIME-WAIT?');
    await view.press(KEY.space);
    await view.press(KEY.enter); // a flashcard: the learner's own Good
    const order = await view.waitFor('Order the handshake.');
    for (const item of ['SYN', 'SYN,ACK', 'ACK']) await view.press(itemNumber(view.frame(), item));
    expect(view.frame()).toContain('✓ right');
    expect(order).toContain('take back');
    await view.press('3'); // the digit of the grade already given: nothing changes
    expect(log(store)).toEqual(['p-typed 3 auto', 'p-basic 3 self', 'p-order 3 auto']);
    expect(store.entries()).toHaveLength(3);
  });

  it('auto for a near miss (Hard); self for a digit that changes it', async () => {
    const { store, view } = await session();
    await view.press('ESTABLISHD');
    expect(await view.press(KEY.enter)).toContain('almost');
    await view.press('4');
    await view.waitFor('Which side enters TIME-WAIT?');
    const entries = store.entries().map((e) => ('rating' in e ? `${e.rating} ${e.by}` : 'undo'));
    expect(entries).toEqual(['2 auto', 'undo', '4 self']);
  });

  it('self: a flashcard graded by digit, and a give-up even when its grade is changed', async () => {
    const { store, view } = await session();
    expect(await view.press(KEY.enter)).toContain('given up'); // nothing typed
    await view.press('2'); // changed after giving up
    await view.waitFor('Which side enters TIME-WAIT?');
    await view.press(KEY.space);
    await view.press('4');
    await view.waitFor('Order the handshake.');
    await view.press(TAB);
    await view.press(KEY.enter);
    expect(log(store)).toEqual(['p-typed 2 self', 'p-basic 4 self', 'p-order 1 self']);
  });
});
