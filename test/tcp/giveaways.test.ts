// No blank of a sequence drill may be answered by reading the drill's own screen: not on the
// blank's row, not in the mirror step of a symmetric scenario, not in a note or the title.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/content/types.js';
import { sequenceDrills } from '../../src/tcp/sequence-drills.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The answer as a whole label or state: `ACK seq=v` inside `FIN,ACK seq=v` does not count. */
const shown = (answer: string) => new RegExp(`(?<![\\w,=+-])${escape(answer)}(?![\\w,=+-])`);
/** Words that name a state without spelling it: only TIME-WAIT has a timer of its own. */
const TELLTALES: Readonly<Record<string, RegExp>> = { 'TIME-WAIT': /2\s*MSL|time[\s_-]?wait/i };

describe('sequence drills give nothing away', () => {
  const cards = LANGS.flatMap((lang) => sequenceDrills(lang));

  it('there are drills to check', () => {
    expect(cards.length).toBeGreaterThan(40);
  });

  it.each(cards.map((card) => ({ id: `${card.lang} ${card.id}`, card })))(
    '$id: the answer is nowhere on the screen',
    ({ card }) => {
      const answer = card.options.find((o) => o.correct)?.text ?? '';
      const screen = [card.figure ?? '', card.prompt].join('\n');
      expect(screen).toContain('[ ? ]');
      expect(answer).not.toBe('');
      expect(screen, answer).not.toMatch(shown(answer));
      const telltale = TELLTALES[answer];
      if (telltale) expect(screen).not.toMatch(telltale);
    },
  );
});
