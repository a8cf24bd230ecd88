// The stats screen's lines at a narrow width: prose wraps instead of being cut, and a cloze
// in the hardest cards reads as asked, never as {{c1::…}} markup.
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/content/compile-deck.js';
import { storeTrainer } from '../../src/session/store-trainer.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { lineText, lineWidth } from '../../src/ui/layout/lines.js';
import { promptOf, statsLines } from '../../src/ui/screens/tools/stats-lines.js';

const deck = compileDeck(
  `---\nid: d\ntitle: D\ntopic: teardown\nlang: en\nsource: RFC 9293\n---\n\nC: SYN and FIN each occupy {{c1::one sequence number}}. <!-- id: z -->\n`,
  'd.md',
);

describe('stats lines', () => {
  it('shows a cloze with its gap, not its markup', () => {
    expect(promptOf(deck.cards[0]!)).toBe('SYN and FIN each occupy […].');
  });

  it.each(['en', 'zh'] as const)('wrap at 58 columns (%s)', (lang) => {
    const trainer = storeTrainer(
      { decks: [deck.deck!], cards: deck.cards.map((c) => ({ ...c, lang })) },
      lang,
      createMemoryStore(),
      [],
      () => 0,
    );
    const lines = statsLines(trainer.stats(), new Map(), lang, 58);
    for (const l of lines)
      if (!l.verbatim) expect(lineWidth(l), lineText(l)).toBeLessThanOrEqual(58);
    if (lang === 'zh') expect(lines.map(lineText).join('\n')).not.toMatch(/： |\(0\)/);
  });
});
