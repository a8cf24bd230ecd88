// Browsing the sequence drills at 60x16 through ink: `>` brings the right end of a wide
// diagram into view, `<` goes back, and → still goes to the next card.
import { afterEach, describe, expect, it } from 'vitest';
import { SEQUENCE_DECK_ID, drillDecks } from '../../src/tcp/drills.js';
import { sequenceDrills } from '../../src/tcp/sequence-drills.js';
import { App } from '../../src/ui/app.js';
import { plainTrainer } from '../helpers/plain-trainer.js';
import { render } from '../helpers/render.js';
import type { Rendered } from '../helpers/render.js';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('browse at 60x16', () => {
  it('scrolls a wide diagram sideways with < and >', async () => {
    const cards = sequenceDrills('en');
    const decks = drillDecks('en').filter((d) => d.id === SEQUENCE_DECK_ID);
    view = await render(<App trainer={plainTrainer({ decks, cards }, 'en')} now={() => 0} />, {
      columns: 60,
      rows: 16,
    });
    await view.waitFor('Browse: Sequence diagram drills');
    const first = await view.press('1');
    expect(first).toContain(`1 / ${cards.length}`);
    expect(first).toContain('<> sideways');
    // The widest line of the first diagram: its right end is off the screen at first.
    const widest = (cards[0]!.figure ?? '')
      .split('\n')
      .reduce((a, b) => (b.trimEnd().length > a.length ? b.trimEnd() : a), '');
    const end = widest.slice(-6);
    expect(first).not.toContain(end);
    let frame = first;
    while (!frame.includes(end)) frame = await view.press('>');
    expect(frame).toContain(`1 / ${cards.length}`);
    await view.press('<');
    expect((await view.press('\u001B[C')).includes(`2 / ${cards.length}`)).toBe(true);
  });
});
