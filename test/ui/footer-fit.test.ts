// The footer at small sizes: hints are ranked, and low-ranked ones are dropped so that the
// footer keeps to one row (two where even the main hints need them) and leaves the body
// its rows; `? help` always stays, since help lists every key.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/content/types.js';
import { startReview } from '../../src/session/review.js';
import { helpSections } from '../../src/ui/keymap.js';
import type { Scope } from '../../src/ui/keymap.js';
import { footerLines, planRequest } from '../../src/ui/layout/frame-layout.js';
import { lineText, lineWidth } from '../../src/ui/layout/lines.js';
import { reviewFrame } from '../../src/ui/screens/review/review-layout.js';
import { strings } from '../../src/ui/strings.js';
import { CARD_FIELDS } from '../helpers/card-fields.js';

/** Every scope list a screen draws its footer from, with what the frame may add. */
const SCREENS: readonly (readonly Scope[])[] = [
  ['home', 'global'],
  ['question', 'scroll', 'global'],
  ['typing', 'scroll', 'sideways', 'global'],
  ['picking', 'scroll', 'sideways', 'global'],
  ['ordering', 'scroll', 'sideways', 'global'],
  ['answer', 'scroll', 'sideways', 'global'],
  ['summary', 'global'],
  ['empty', 'global'],
  ['browse', 'scroll', 'sideways', 'global'],
  ['reading', 'scroll', 'global'],
  ['help', 'scroll', 'global'],
  ['stats', 'scroll', 'global'],
  ['settings', 'global'],
  ['learn-more', 'settings', 'global'],
  ['practice', 'global'],
  ['cards', 'global'],
  ['card', 'scroll', 'global'],
  ['search'],
  ['playground', 'global'],
  ['line'],
  ['state-drill', 'scroll', 'global'],
  ['state-checked', 'scroll', 'global'],
  ['sequence-drill', 'scroll', 'sideways', 'global'],
  ['sequence-checked', 'scroll', 'sideways', 'global'],
  ['drill-over', 'global'],
];

describe('the footer fits', () => {
  it('covers every scope there is', () => {
    const all = helpSections('en').map((s) => s.scope);
    expect(new Set(SCREENS.flat())).toEqual(new Set(all));
  });

  for (const columns of [60, 40]) {
    it(`is one row at ${columns} columns (two at most where the main keys need them)`, () => {
      const width = columns - 2;
      for (const lang of ['en', 'zh'] as const) {
        for (const scopes of SCREENS) {
          const text = scopes.includes('typing');
          const rows = footerLines(scopes, lang, width, text).map(lineText);
          const at = `${lang} ${scopes.join(',')} at ${columns}: ${JSON.stringify(rows)}`;
          expect(rows.length, at).toBeLessThanOrEqual(columns >= 60 ? 1 : 2);
          for (const row of footerLines(scopes, lang, width, text))
            expect(lineWidth(row), at).toBeLessThanOrEqual(width);
          // Help's own `?` closes it, and says so.
          if (scopes.includes('global') && !text && !scopes.includes('help'))
            expect(rows.join('  '), at).toContain(lang === 'en' ? '? help' : '? 帮助');
          if (scopes.includes('help'))
            expect(rows.join('  '), at).toContain(lang === 'en' ? '? close help' : '? 关闭帮助');
        }
      }
    });
  }

  it('drops the lowest-ranked hints first and keeps them all when there is room', () => {
    const wide = footerLines(['answer', 'global'], 'en', 118).map(lineText);
    expect(wide).toEqual(['1-4 grade  Space/Enter accept grade  u undo  Esc back  ? help  q quit']);
    expect(footerLines(['answer', 'global'], 'en', 58).map(lineText)).toEqual([
      '1-4 grade  Space/Enter accept grade  u undo  ? help',
    ]);
  });
});

describe('settings', () => {
  it('offers Enter only on the row where it does something', () => {
    const shown = (scopes: Scope[]) => footerLines(scopes, 'en', 118).map(lineText).join('  ');
    expect(shown(['settings', 'global'])).not.toContain('Enter');
    expect(shown(['learn-more', 'settings', 'global'])).toContain(
      'Enter learn the extra cards now',
    );
  });
});

describe('take back', () => {
  const choice: Card = {
    ...CARD_FIELDS,
    type: 'choice',
    id: 'c',
    prompt: 'Which?',
    options: [
      { text: 'this', correct: true },
      { text: 'that', correct: false },
    ],
  };
  const order: Card = {
    ...CARD_FIELDS,
    type: 'order',
    id: 'o',
    prompt: 'Order',
    items: ['a', 'b'],
  };
  const footer = (card: Card) => {
    const t = strings('en');
    const request = reviewFrame({
      state: startReview([card], 0),
      decks: [],
      preview: undefined,
      saveError: undefined,
      width: 78,
      t,
    });
    const plan = planRequest(request, { rows: 24, width: 78, lang: 'en', t });
    return plan.footer.map(lineText).join('  ');
  };

  it('is offered on an ordering, which has picks to take back, and not on a choice', () => {
    expect(footer(order)).toContain('u/⌫ take back');
    expect(footer(choice)).not.toContain('take back');
  });

  it('names only the digits that have an option on screen', () => {
    expect(footer(choice)).toContain('1-2 pick');
    expect(footer(order)).toContain('1-2 pick');
    expect(footer({ ...order, items: ['a', 'b', 'c', 'd'] })).toContain('1-4 pick');
  });
});
