// Class 5 of issue 11: card text from a deck cannot drive the learner's terminal. ESC, CSI,
// OSC (window title, OSC 52 clipboard) and BEL in a deck reach the screen as visible text.
import { afterEach, describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/content/compile-deck.js';
import { App } from '../../src/ui/app.js';
import { plainTrainer } from '../helpers/plain-trainer.js';
import { KEY, render, type Rendered } from '../helpers/render.js';

const DECK = `---
id: inert
title: Inert
topic: states
lang: en
source: RFC 9293
---

Q: Clear \u001b[2J title \u001b]0;pwned\u0007 clip \u001b]52;c;aGk=\u0007 bell \u0007 <!-- id: inert-q -->
A: The active \u009b31m closer.
`;

/** Any control character but the newline between rows. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('card text is drawn inert', () => {
  it('ESC, CSI, OSC and BEL are shown as escapes, never sent raw', async () => {
    const { deck, cards } = compileDeck(DECK, 'inert.md');
    const bank = { decks: deck ? [deck] : [], cards };
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />);
    await view.press('n');
    const question = await view.waitFor('clip');
    expect(question).not.toMatch(RAW);
    expect(question.replace(/\s+/g, '')).toContain('\\x1b]52;c;aGk=\\x07');
    expect(question.replace(/\s+/g, '')).toContain('\\x1b]0;pwned\\x07');
    const answer = await view.press(KEY.space);
    expect(answer).not.toMatch(RAW);
    expect(answer).toContain('\\x9b31m');
  });
});
