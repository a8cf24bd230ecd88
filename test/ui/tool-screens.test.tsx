// The stats, settings, practice and card-list screens, rendered through the app.
import { afterEach, describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/content/compile-deck.js';
import { storeTrainer } from '../../src/session/store-trainer.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { ProgressStore } from '../../src/store/progress-store.js';
import { App } from '../../src/ui/app.js';
import { KEY, render } from '../helpers/render.js';
import type { Rendered } from '../helpers/render.js';

const deck = (lang: 'en' | 'zh') =>
  compileDeck(
    `---
id: demo
title: ${lang === 'en' ? 'Demo deck' : '演示卡组'}
topic: teardown
lang: ${lang}
source: RFC 9293 §3.6
---

Q: Which side enters TIME-WAIT? <!-- id: d-one -->
A: The active closer.

Q: What does CLOSE-WAIT wait for? <!-- id: d-two -->
A: The application to call close().

Q: How long is 2MSL on Linux? <!-- id: d-three -->
A: 60 seconds.
`,
    `${lang}/demo.md`,
  );
const bank = {
  decks: [deck('en').deck!, deck('zh').deck!],
  cards: [...deck('en').cards, ...deck('zh').cards],
};
const NOW = new Date(2026, 2, 10, 12).getTime();
const DAY = 24 * 3_600_000;

let view: Rendered | undefined;
afterEach(() => view?.unmount());

/** A store where d-one was learnt days ago and d-two failed today. */
function studied(): ProgressStore {
  const store = createMemoryStore();
  const rec = (card: string, at: number, rating: 1 | 3) =>
    store.record({ card, rating, at, ms: 60_000, by: 'self' });
  rec('d-one', NOW - 3 * DAY, 3);
  rec('d-one', NOW - 3 * DAY + 600_000, 3);
  rec('d-two', NOW - 3_600_000, 1);
  return store;
}

async function open(store: ProgressStore, key: string, lang: 'en' | 'zh' = 'en') {
  const trainer = storeTrainer(bank, lang, store, [], () => NOW);
  const trainerFor = (other: 'en' | 'zh') => storeTrainer(bank, other, store, [], () => NOW);
  view = await render(
    <App trainer={trainer} trainerFor={trainerFor} now={() => NOW} colour={false} />,
  );
  await view.waitFor(lang === 'en' ? 'Learn new cards' : '学习新卡');
  return view.press(key);
}

describe('home', () => {
  it('shows due, learning, new today, streak and readiness, counted as stats counts them', async () => {
    const store = studied();
    const trainer = storeTrainer(bank, 'en', store, [], () => NOW);
    const stats = trainer.stats();
    view = await render(<App trainer={trainer} now={() => NOW} colour={false} />);
    const home = await view.waitFor('Learn new cards');
    expect(home).toContain(
      `${stats.dueNow} due · ${stats.learning} learning · ${stats.newRemaining} new today`,
    );
    expect(home).toMatch(/streak 1 d · ready [█░]+ \d+%/);
    expect(home).toMatch(/s {2}Stats/);
  });
});

describe('stats screen', () => {
  it('shows the heatmap, the forecast, readiness per topic and the hardest cards; p practises them', async () => {
    const frame = await open(studied(), 's');
    expect(frame).toContain('Reviews, last 16 weeks');
    expect(frame).toContain('less · ░ ▒ ▓ █ more');
    expect(frame).toContain('Due, next 14 days');
    expect(frame).toContain('Streak 1 day');
    expect(frame).toMatch(/teardown +[█░]+ +\d+%/);
    // The failed card first among the hardest: no lapse yet, but the lowest recall.
    // The hardest cards are at the end of the body: scroll down to them.
    let end = frame;
    while (!end.includes('d-two')) end = await view!.press('j');
    // The failed card first among the hardest: no lapse yet, but the lowest recall.
    expect(end).toMatch(/Hardest cards[^\n]*\n +d-two +0 lapses/);
    const practice = await view!.press('p');
    expect(practice).toContain('Practice: not scheduled');
    await view!.press(KEY.escape);
  });

  it('reads in Chinese', async () => {
    const frame = await open(studied(), 's', 'zh');
    expect(frame).toContain('复习记录（近 16 周）');
    expect(frame).toContain('少 · ░ ▒ ▓ █ 多');
  });
});

describe('settings screen', () => {
  it('saves a new limit at once and switches the language of the running app', async () => {
    const store = studied();
    let frame = await open(store, 'o');
    expect(frame).toContain('New cards a day');
    frame = await view!.press('l');
    expect(store.settings.newPerDay).toBe(25);
    expect(frame).toContain('‹ 25 ›');
    for (let i = 0; i < 4; i++) await view!.press(KEY.down);
    expect(view!.frame()).toMatch(/‹ auto \(English\) ›/);
    frame = await view!.press('l');
    expect(store.settings.lang).toBe('en');
    expect(frame).toContain('‹ English ›');
    frame = await view!.press('l');
    expect(store.settings.lang).toBe('zh');
    expect(frame).toContain('每日新卡');
    // And back to auto: nothing saved, the locale decides again.
    frame = await view!.press('l');
    expect(store.settings.lang).toBeUndefined();
    expect(frame).toMatch(/‹ (auto|自动)/);
  });

  it('learns N more new cards today with Enter, leaving the daily limit alone', async () => {
    const store = studied();
    await open(store, 'o');
    await view!.press('j');
    await view!.press('j');
    const frame = await view!.press(KEY.enter);
    expect(frame).toContain("Today's limit raised by 10");
    expect(store.extraNew()).toHaveLength(1);
    expect(store.settings.newPerDay).toBe(20);
  });
});

describe('practice screen', () => {
  it("practises today's failed cards as practice, never as reviews", async () => {
    const store = studied();
    let frame = await open(store, 'p');
    expect(frame).toContain("Today's failed cards");
    for (let i = 0; i < 2; i++) await view!.press(KEY.down); // topic, deck, failed
    frame = await view!.press(KEY.enter);
    expect(frame).toContain('Practice: not scheduled');
    expect(frame).toContain('CLOSE-WAIT');
    await view!.press(KEY.space);
    await view!.press('3');
    expect(store.practice()).toMatchObject([{ card: 'd-two', rating: 3 }]);
    expect(store.reviews()).toHaveLength(3);
  });
});

describe('card list', () => {
  it('lists every card, searches, opens one read-only and suspends it with !', async () => {
    const store = studied();
    let frame = await open(store, 'c');
    expect(frame).toMatch(/d-one +basic +review/);
    expect(frame).toMatch(/d-three +basic +new/);
    await view!.press('/');
    for (const ch of '2msl') await view!.press(ch);
    frame = await view!.press(KEY.enter);
    expect(frame).not.toContain('d-one');
    expect(frame).toContain('d-three');
    frame = await view!.press(KEY.enter);
    expect(frame).toContain('60 seconds.');
    frame = await view!.press('!');
    expect([...store.suspended()]).toEqual(['d-three']);
    expect(frame).toContain('suspended');
    frame = await view!.press(KEY.escape);
    expect(frame).toMatch(/d-three +basic +suspended/);
  });
});

describe('card list height', () => {
  it('lists cards down to the footer, at every size', async () => {
    const many = Array.from(
      { length: 40 },
      (_, i) => `Q: Card ${i}? <!-- id: m-${i} -->\nA: ${i}.\n`,
    );
    const { deck: d, cards } = compileDeck(
      `---\nid: many\ntitle: Many\ntopic: states\nlang: en\nsource: RFC 9293\n---\n\n${many.join('\n')}`,
      'en/many.md',
    );
    for (const [columns, rows] of [
      [60, 16],
      [80, 24],
      [100, 30],
    ] as const) {
      const trainer = storeTrainer(
        { decks: [d!], cards },
        'en',
        createMemoryStore(),
        [],
        () => NOW,
      );
      view = await render(<App trainer={trainer} now={() => NOW} colour={false} />, {
        columns,
        rows,
      });
      await view.waitFor('Learn new cards');
      const shown = (await view.press('c')).split('\n');
      view.unmount();
      view = undefined;
      // Footer last, a gap above it, and right above that the marker under the last row.
      expect(shown, `${columns}x${rows}`).toHaveLength(rows);
      expect(shown[rows - 3], `${columns}x${rows}`).toMatch(/↓ \d+ more/);
    }
  });
});
