// An answer and its Enter typed in one fast burst, as tmux or a slow SSH link delivers them:
// the grade saved is the one the screen shows, whatever the keys' timing against renders.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/content/compile-deck.js';
import { storeTrainer } from '../../src/session/store-trainer.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { App } from '../../src/ui/app.js';
import { KEY, render } from '../helpers/render.js';
import type { Rendered } from '../helpers/render.js';

const file = join(import.meta.dirname, '..', 'fixtures', 'study', 'en', 'study.md');
const { deck, cards } = compileDeck(readFileSync(file, 'utf8'), file);

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('a typed answer in a burst', () => {
  it.each([
    ['one burst', ['fin wait 2\r']],
    ['split after its first key', ['f', 'in wait 2\r']],
    ['split key by key', [...'fin wait 2\r']],
  ])('is saved as shown: %s', async (_name, chunks) => {
    const basic = cards.find((c) => c.type === 'basic')!;
    const typed = cards.find((c) => c.type === 'typed')!;
    const store = createMemoryStore();
    const trainer = storeTrainer(
      { decks: [deck!], cards: [basic, typed] },
      'en',
      store,
      [],
      () => 0,
    );
    view = await render(<App trainer={trainer} now={() => 0} />, { columns: 80, rows: 24 });
    await view.press('n');
    await view.press(KEY.space);
    // The flashcard's grade; then the typed card's answer and Enter without waiting for frames.
    await view.press('3');
    await view.waitFor('Your answer:');
    for (const chunk of chunks) view.send(chunk);
    const frame = await view.waitFor('✓ right');
    expect(frame).toMatch(/\[3 Good/);
    expect(store.reviews().map((r) => [r.card, r.rating, r.by])).toEqual([
      [basic.id, 3, 'self'],
      [typed.id, 3, 'auto'],
    ]);
  });
});
