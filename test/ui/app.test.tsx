import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import { plainTrainer } from '../helpers/plain-trainer.js';
import { compileDeck } from '../../src/content/compile-deck.js';
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

Q: Which side enters TIME-WAIT? <!-- id: d-basic -->
A: The active closer.

T: State after close()? <!-- id: d-typed -->
A: FIN-WAIT-1 | FIN_WAIT1

M: Cause of piles of CLOSE-WAIT? <!-- id: d-choice -->
- [ ] SYN flood
- [x] The app never closes

O: Order the handshake. <!-- id: d-order -->
1. SYN
2. SYN,ACK
3. ACK
`,
  'demo.md',
);
const bank = { decks: deck.deck ? [deck.deck] : [], cards: deck.cards };

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('App', () => {
  it('shows the decks on the home screen with the key hints', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />);
    const frame = await view.waitFor('Browse: Demo deck');
    expect(frame).toMatch(/n {2}Learn new cards/);
    expect(frame).toContain('4 new');
    expect(frame).toContain('q quit');
  });

  it('reviews a flashcard: reveal, accept, then a typed card graded automatically', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />);
    await view.press('n');
    expect(view.frame()).toContain('Which side enters TIME-WAIT?');
    expect(view.frame()).not.toContain('The active closer.');
    const answer = await view.press(KEY.space);
    expect(answer).toContain('The active closer.');
    expect(answer).toContain('Source: RFC 9293 §3.6');
    await view.press(KEY.enter);
    expect(view.frame()).toContain('State after close()?');
    for (const ch of 'fin wait 1') await view.press(ch);
    const checked = await view.press(KEY.enter);
    expect(checked).toContain('✓ right');
    expect(checked).toMatch(/\[3 Good/);
  });

  it('marks a near miss as almost and suggests Hard', async () => {
    const one = compileDeck(
      '---\nid: near\ntitle: Near\ntopic: states\nlang: en\nsource: RFC 9293\n---\n\nT: State after the handshake? <!-- id: n-typed -->\nA: ESTABLISHED\n',
      'near.md',
    );
    const nearBank = { decks: one.deck ? [one.deck] : [], cards: one.cards };
    view = await render(<App trainer={plainTrainer(nearBank, 'en')} now={() => 0} />);
    await view.press('n');
    const checked = await view.press('ESTABLISHD\r');
    expect(checked).toContain('~ almost: check the spelling');
    expect(checked).not.toContain('✗ wrong');
    expect(checked).toMatch(/\[2 Hard/);
  });

  it('reads a pasted answer with its Enter, sent in one burst', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />);
    await view.press('n');
    await view.press(KEY.space);
    await view.press(KEY.enter);
    await view.press('xx');
    // Two erases, the answer and Enter, all in one read, as a paste or SSH delivers them.
    const checked = await view.press(`${KEY.backspace}${KEY.backspace}fin_wait1\r`);
    expect(checked).toContain('✓ right');
    expect(checked).not.toContain('xx');
  });

  it('reads an ordering typed in one burst, digit by digit', async () => {
    const orderOnly = { ...bank, cards: bank.cards.filter((c) => c.type === 'order') };
    view = await render(<App trainer={plainTrainer(orderOnly, 'en')} now={() => 0} />);
    await view.press('n');
    const answered = await view.press('123');
    expect(answered).toMatch(/✓ right|✗ wrong/);
    expect(answered).toMatch(/\[(1 Again|3 Good)/);
  });

  it('marks a wrong pick and suggests Again', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />);
    await view.press('n');
    await view.press(KEY.space);
    await view.press(KEY.enter);
    for (const ch of 'nope') await view.press(ch);
    const wrong = await view.press(KEY.enter);
    expect(wrong).toContain('✗ wrong');
    expect(wrong).toMatch(/\[1 Again/);
    expect(wrong).toContain('Expected: FIN-WAIT-1');
  });

  it('undoes only grades given in this session', async () => {
    const trainer = plainTrainer(bank, 'en');
    view = await render(<App trainer={trainer} now={() => 0} />);
    await view.press('n');
    await view.press(KEY.space);
    await view.press('3');
    await view.press(KEY.escape);
    expect(trainer.counts().new).toBe(3);
    // A new session starts on the typed card; Ctrl-Z there has nothing of its own to undo.
    await view.press('n');
    view.send('\u001A');
    // Input is read in order: once `x` shows, Ctrl-Z has been handled.
    await view.press('x');
    expect(trainer.counts().new).toBe(3);
  });

  it('offers no undo when there was nothing to study', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />);
    const empty = await view.press('r');
    expect(empty).toContain('Enter home');
    expect(empty).not.toContain('undo');
  });

  it('goes back home with Esc', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />);
    await view.press('n');
    await view.press(KEY.escape);
    expect(await view.waitFor('Learn new cards')).toContain('Browse: Demo deck');
  });
});

describe('home screen intro', () => {
  it('shows the highlighted deck introduction', async () => {
    const withIntro = compileDeck(
      `---\nid: demo\ntitle: Demo deck\ntopic: teardown\nlang: en\nsource: RFC 9293\n---\n\nHow a connection\nis closed.\n\nQ: x <!-- id: i1 -->\nA: y\n`,
      'demo.md',
    );
    const b = { decks: withIntro.deck ? [withIntro.deck] : [], cards: withIntro.cards };
    view = await render(<App trainer={plainTrainer(b, 'en')} now={() => 0} />);
    // Past the two study rows and the four tool rows (stats, practice, cards, settings), the
    // state-machine and sequence drills and the playground.
    for (let i = 0; i < 8; i++) await view.press(KEY.down);
    const frame = await view.press(KEY.down);
    expect(frame).toContain('How a connection is closed.');
  });
});
