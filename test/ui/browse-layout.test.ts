// Browsing a deck at 60 columns: a diagram wider than the screen scrolls sideways with
// `<` `>` (← → move between cards there), every column of it can be reached, and the
// footer says how while, and only while, the body is wider than the screen.
import { describe, expect, it } from 'vitest';
import type { Card, Lang } from '../../src/content/types.js';
import { startBrowse } from '../../src/session/browse.js';
import { sequenceDrills } from '../../src/tcp/sequence-drills.js';
import { commandFor } from '../../src/ui/keymap.js';
import { clampShift, frameRows, planRequest } from '../../src/ui/layout/frame-layout.js';
import { lineText, lineWidth, sliceLine } from '../../src/ui/layout/lines.js';
import { browseFrame } from '../../src/ui/screens/browse-layout.js';
import { strings } from '../../src/ui/strings.js';
import { CARD_FIELDS } from '../helpers/card-fields.js';

const COLUMNS = 60;
const WIDTH = COLUMNS - 2;

function planFor(card: Card, lang: Lang) {
  const t = strings(lang);
  return planRequest(browseFrame(startBrowse([card]), 'Deck', WIDTH, t), {
    rows: 16,
    width: WIDTH,
    lang,
    t,
  });
}

describe('browse, sideways', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`reaches every column of every sequence-drill diagram at ${COLUMNS} columns (${lang})`, () => {
      const drills = sequenceDrills(lang);
      expect(drills.length).toBeGreaterThan(10);
      for (const card of drills) {
        const plan = planFor(card, lang);
        const wide = plan.input.body.filter((l) => l.verbatim && lineWidth(l) > WIDTH);
        expect(wide.length, card.id).toBeGreaterThan(0);
        // `<` `>` scroll; ← → still go to the other cards.
        expect(commandFor(plan.scopes, '>', {})?.command, card.id).toBe('right');
        expect(commandFor(plan.scopes, '<', {})?.command, card.id).toBe('left');
        expect(commandFor(plan.scopes, '', { rightArrow: true })?.command).toBe('next');
        expect(commandFor(plan.scopes, '', { leftArrow: true })?.command).toBe('previous');
        const footer = frameRows(plan, 0).filter((l) => l.role === 'footer');
        expect(footer.map(lineText).join('  '), card.id).toContain(
          `<> ${lang === 'en' ? 'sideways' : '左右移动'}`,
        );
        // Pressing `>` until it stops moving shows the end of every wide line.
        let shift = 0;
        for (let moved = true; moved;) {
          const next = clampShift(plan, shift + Math.floor(WIDTH / 4));
          moved = next !== shift;
          shift = next;
        }
        for (const l of wide) {
          const end = lineText(l).trimEnd();
          const shown = lineText(sliceLine(l, shift, WIDTH)).trimEnd();
          expect(end.endsWith(shown.slice(-8)), `${card.id}: ${end}`).toBe(true);
        }
      }
    });
  }

  it('offers no sideways keys for a card that fits', () => {
    const card: Card = {
      ...CARD_FIELDS,
      type: 'basic',
      id: 'b',
      prompt: 'Why?',
      answer: 'Because.',
    };
    const plan = planFor(card, 'en');
    expect(plan.scopes).not.toContain('sideways');
    expect(frameRows(plan, 0).map(lineText).join('\n')).not.toContain('sideways');
  });
});
