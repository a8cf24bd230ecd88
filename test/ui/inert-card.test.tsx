// Class 5 of issue 11: card text from a deck cannot drive the learner's terminal. ESC, CSI,
// OSC (window title, OSC 52 clipboard) and BEL in a deck reach the screen as visible text.
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/content/compile-deck.js';
import { AppContext, type AppContextValue } from '../../src/ui/app-context.js';
import { Lines } from '../../src/ui/components/lines.js';
import { cardLines } from '../../src/ui/layout/card-lines.js';
import { strings } from '../../src/ui/strings.js';
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

describe('card text is drawn inert', () => {
  it('ESC, CSI, OSC and BEL are shown as escapes, never sent raw', async () => {
    const { cards } = compileDeck(DECK, 'inert.md');
    const card = cards[0]!;
    const t = strings('en');
    const side = { revealed: true, typed: '', picked: [], order: [] };
    const { lines } = cardLines(card, side, 78, t);
    // Only what the context's Lines needs; the rest is never read by it.
    const context = { colour: false, t, lang: 'en' } as unknown as AppContextValue;
    const view = await render(
      <AppContext.Provider value={context}>
        <Lines lines={lines} width={78} />
      </AppContext.Provider>,
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
