// Class 5 of issue 11: card text from a deck cannot drive the learner's terminal. ESC, CSI,
// OSC (window title, OSC 52 clipboard) and BEL in a deck reach the screen as visible text.
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/content/compile-deck.js';
import { startReview } from '../../src/session/review.js';
import { CardView } from '../../src/ui/components/card-view.js';
import { render } from '../helpers/render.js';

const DECK = `---
id: inert
title: Inert
topic: states
lang: en
source: RFC 9293
---

Q: Clear \u001b[2J title \u001b]0;pwned\u0007 clip \u001b]52;c;aGk=\u0007 csi \u009b31m bell \u0007 <!-- id: inert-q -->
A: The active closer.
`;

/** Any control character but the newline between rows. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('CardView draws card text inert', () => {
  it('ESC, CSI, OSC and BEL are shown as escapes, never sent raw', async () => {
    const { cards } = compileDeck(DECK, 'inert.md');
    const card = cards[0]!;
    const view = await render(
      <CardView card={card} state={startReview([card], 0)} lang="en" width={78} budget={20} />,
    );
    try {
      const frame = view.frame();
      expect(frame).not.toMatch(RAW);
      const text = frame.replace(/\s+/g, '');
      expect(text).toContain('\\x1b]52;c;aGk=\\x07');
      expect(text).toContain('\\x1b]0;pwned\\x07');
      expect(text).toContain('\\x9b31m');
    } finally {
      view.unmount();
    }
  });
});
