// The screens through ink, with the study fixture: the home menu, help, and what a card
// shows once answered, drawn into terminals of a chosen size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/content/compile-deck.js';
import type { Bank, Lang } from '../../src/content/types.js';
import { App } from '../../src/ui/app.js';
import { storeTrainer } from '../../src/session/store-trainer.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { plainTrainer } from '../helpers/plain-trainer.js';
import { KEY, render } from '../helpers/render.js';
import type { Rendered } from '../helpers/render.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'study');

function studyBank(lang: Lang, copies = 1): Bank {
  const file = join(FIXTURE, lang, 'study.md');
  const { deck, cards } = compileDeck(readFileSync(file, 'utf8'), file);
  // Copies of the deck under other ids make a menu taller than a small terminal.
  const decks = Array.from({ length: copies }, (_, i) => ({
    ...deck!,
    id: i === 0 ? deck!.id : `${deck!.id}-${i}`,
    title: i === 0 ? deck!.title : `${deck!.title} ${i + 1}`,
  }));
  return { decks, cards };
}

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const lines = (frame: string) => frame.split('\n');
/** Starts a session on the study deck's cards (all new) and waits for its first card. */
async function openDeck(v: Rendered) {
  await v.press('n');
  return v.waitFor(/\d+ new · 0 learning · 0 review|新卡 \d+ · 学习中 0 · 复习 0/);
}

describe('home menu', () => {
  it('shows a hotkey beside every entry; a digit opens the deck it names', async () => {
    view = await render(<App trainer={plainTrainer(studyBank('en', 3), 'en')} now={() => 0} />);
    const home = view.frame();
    expect(home).toMatch(/❯ n {2}Learn new cards/);
    expect(home).toMatch(/ r {2}Review due cards/);
    expect(home).toMatch(/ 3 {2}Browse: Study fixture 3/);
    await view.press('3');
    // Deck 3 is a copy with the same cards under another deck id: it is empty here.
    expect(view.frame()).toContain('Nothing to study here right now.');
  });

  it('scrolls a long menu with a marker, never wrapping around, and keeps its place', async () => {
    const bank = studyBank('en', 12);
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />, {
      columns: 60,
      rows: 16,
    });
    expect(view.frame()).toMatch(/↓ \d+ more/);
    // Up from the first row stays on the first row.
    view.send('k');
    await view.press('j');
    expect(view.frame()).toMatch(/❯ r {2}Review due cards/);
    const bottom = await view.press('G');
    expect(bottom).toMatch(/❯ +Browse: Study fixture 12/);
    expect(bottom).toMatch(/↑ \d+ more/);
    expect(bottom).not.toContain('Learn new cards');
    // A burst of keys, as tmux or a fast typist sends them: each sees the one before.
    await view.press('g');
    // Past r, the four tool rows (stats, practice, cards, settings), the state-machine and
    // sequence drills, the playground and deck 1.
    await view.press(KEY.down.repeat(10));
    expect(view.frame()).toMatch(/❯ 2 {2}Browse: Study fixture 2/);
    await view.press(KEY.enter);
    await view.waitFor('Nothing to study');
    const back = await view.press(KEY.escape);
    expect(back).toMatch(/❯ 2 {2}Browse: Study fixture 2/);
    for (const l of lines(back)) expect(l.length).toBeLessThanOrEqual(60);
    expect(lines(back)).toHaveLength(16);
  });
});

describe('help over a screen', () => {
  it('opens at the keys of the screen it was opened over', async () => {
    view = await render(<App trainer={plainTrainer(studyBank('en'), 'en')} now={() => 0} />, {
      columns: 80,
      rows: 24,
    });
    await view.press('m');
    const help = await view.press('?');
    const top = lines(help).slice(0, 6).join('\n');
    expect(top).toContain('The state-machine drill: a question');
    expect(help).not.toContain('Grades');
  });
});

describe('help at the minimum size', () => {
  it('wraps every heading instead of cutting it', async () => {
    view = await render(<App trainer={plainTrainer(studyBank('en'), 'en')} now={() => 0} />, {
      columns: 40,
      rows: 16,
    });
    let seen = await view.press('?');
    // Page down to the end, gathering every row that was on screen.
    for (let i = 0; i < 200 && !seen.includes('Ctrl-C'); i++)
      seen += '\n' + (await view.press('\u001B[6~'));
    const text = seen.replace(/\s+/g, ' ');
    for (const heading of [
      'The sequence-diagram drill: once checked',
      'Everywhere (not while typing an answer)',
    ])
      expect(text).toContain(heading);
    for (const l of lines(seen)) expect(l.length).toBeLessThanOrEqual(40);
  });
});

describe('a terminal too small', () => {
  it.each([
    [50, 14, 'en', 'Too small: 50×14, need 40×16 (q quits)'],
    [30, 10, 'en', 'Need 40×16 (q quits)'],
    [36, 12, 'zh', '太小：36×12，至少 40×16（q 退出）'],
  ] as const)('is told so on one row at %ix%i (%s)', async (columns, rows, lang, text) => {
    view = await render(<App trainer={plainTrainer(studyBank(lang), lang)} now={() => 0} />, {
      columns,
      rows,
    });
    const shown = lines(view.frame()).filter((l) => l.trim() !== '');
    expect(shown).toEqual([text]);
  });
});

describe('deck counts', () => {
  it('a deck row counts what browsing it shows (one side of each reversed pair)', async () => {
    const text = `---\nid: r\ntitle: Pairs\ntopic: states\nlang: en\nsource: RFC 9293\n---\n\nR: a <!-- id: a -->\nA: b\n\nQ: c <!-- id: c -->\nA: d\n`;
    const { deck, cards } = compileDeck(text, 'r.md');
    const trainer = storeTrainer({ decks: [deck!], cards }, 'en', createMemoryStore(), [], () => 0);
    view = await render(<App trainer={trainer} now={() => 0} />, { columns: 80, rows: 30 });
    expect(view.frame()).toMatch(/1 {2}Browse: Pairs +2 cards/);
    expect(await view.press('1')).toContain('1 / 2');
  });
});

describe('deck introduction', () => {
  it('shows what fits under the menu and, with i, all of it', async () => {
    view = await render(<App trainer={plainTrainer(studyBank('en', 3), 'en')} now={() => 0} />, {
      columns: 40,
      rows: 22,
    });
    // Down the menu to the first deck, however many entries come before it.
    let home = await view.press('j');
    for (let i = 0; i < 12 && !/❯ 1 {2}Browse/.test(home); i++) home = await view.press('j');
    expect(home).toMatch(/❯ 1 {2}Browse: Study fixture/);
    expect(home).toContain('A small deck for the end-to-end');
    expect(home).toMatch(/↓ \d+ more: press i to read it all/);
    expect(home).not.toContain('TCP_DRILL_CONTENT');
    let intro = await view.press('i');
    expect(intro).toContain('Study fixture');
    for (let i = 0; i < 10 && !intro.includes('TCP_DRILL_CONTENT'); i++)
      intro = await view.press('j');
    expect(intro).toContain('TCP_DRILL_CONTENT');
    const back = await view.press(KEY.escape);
    expect(back).toMatch(/❯ 1 {2}Browse: Study fixture/);
  });
});

describe('help', () => {
  it('lists the keys of every screen and the grades, and goes back to the same card', async () => {
    view = await render(<App trainer={plainTrainer(studyBank('en'), 'en')} now={() => 0} />, {
      columns: 80,
      // Tall enough for the whole help text, which grows with every screen's keys.
      rows: 300,
    });
    await openDeck(view);
    const help = await view.press('?');
    for (const text of [
      'Keys',
      'Home',
      'Typing an answer',
      'Picking an option',
      'Picking an order',
      'take back a pick',
      'Ctrl-Z',
      'scroll down',
      'Again: you did not know it.',
      'FSRS',
    ])
      expect(help).toContain(text);
    const back = await view.press(KEY.escape);
    expect(back).toContain('Which side enters TIME-WAIT?');
    expect(back).toMatch(/\d+ new · 0 learning · 0 review/);
  });

  it('is text while an answer is typed', async () => {
    const typedOnly = studyBank('en');
    const bank = { ...typedOnly, cards: typedOnly.cards.filter((c) => c.type === 'typed') };
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />);
    await openDeck(view);
    const typed = await view.press('?');
    expect(typed).toContain('Your answer: ?');
    expect(typed).not.toContain('? help');
  });

  it('speaks Chinese', async () => {
    view = await render(<App trainer={plainTrainer(studyBank('zh'), 'zh')} now={() => 0} />, {
      columns: 80,
      rows: 60,
    });
    const help = await view.press('?');
    expect(help).toContain('按键');
    expect(help).toContain('重来：不会。');
  });
});

describe('answered cards at 60x16', () => {
  const size = { columns: 60, rows: 16 };
  const only = (type: string, lang: Lang = 'en') => {
    const b = studyBank(lang);
    return { ...b, cards: b.cards.filter((c) => c.type === type) };
  };

  it('marks each position of an ordering and shows the right order when it was wrong', async () => {
    view = await render(<App trainer={plainTrainer(only('order'), 'en')} now={() => 0} />, size);
    const question = await openDeck(view);
    expect(question).toContain('[ ] 1.');
    // Four picks in one burst: an order other than the right one (the shuffle is seeded).
    const answered = await view.press('1234');
    expect(answered).toContain('✗ wrong');
    expect(answered).toMatch(/[✓✗]\[\d\] \d\./);
    expect(lines(answered)).toHaveLength(16);
    for (const l of lines(answered)) expect(l.length).toBeLessThanOrEqual(60);
    // The body scrolls to the right order.
    let frame = answered;
    for (let i = 0; i < 20 && !frame.includes('The right order:'); i++)
      frame = await view.press('j');
    expect(frame).toContain('The right order:');
    expect(frame).toMatch(/↑ \d+ more/);
    // Scroll keys in one burst (as tmux sends `j j j`) all count.
    const top = await view.press('kkkkkkkkkkkkkkkkkkkk');
    expect(top).not.toMatch(/↑ \d+ more/);
    expect(await view.press('jjj')).toContain('↑ 3 more');
  });

  it('takes back the last pick with u', async () => {
    view = await render(<App trainer={plainTrainer(only('order'), 'en')} now={() => 0} />, size);
    await openDeck(view);
    const picked = await view.press('2');
    expect(picked).toContain('[1] 2.');
    const back = await view.press('u');
    expect(back).not.toContain('[1] 2.');
    expect(back).toMatch(/\d+ new · 0 learning · 0 review/);
  });

  it('marks a right choice ✓ without repeating it as Expected', async () => {
    view = await render(<App trainer={plainTrainer(only('choice'), 'en')} now={() => 0} />, size);
    const question = await openDeck(view);
    const row = lines(question).find((l) => l.includes('never calls close()'))!;
    const digit = /(\d)\./.exec(row)![1]!;
    const answered = await view.press(digit);
    expect(answered).toContain('✓ right');
    expect(answered).toContain(`✓ ${digit}.`);
    expect(answered).not.toContain('Expected');
  });

  it('labels a right typed answer Accepted, a wrong one Expected', async () => {
    view = await render(<App trainer={plainTrainer(only('typed'), 'en')} now={() => 0} />, size);
    await openDeck(view);
    const right = await view.press('fin wait 2\r');
    expect(right).toContain('Accepted: FIN-WAIT-2');
    expect(right).toContain('✓ right');
    // The answer and its Enter in one burst: the grade suggested (and saved) is Good.
    expect(right).toMatch(/\[3 Good/);
    view.unmount();
    view = await render(<App trainer={plainTrainer(only('typed'), 'en')} now={() => 0} />, size);
    await openDeck(view);
    const wrong = await view.press('closing\r');
    expect(wrong).toContain('Expected: FIN-WAIT-2');
  });

  it('shows a revealed cloze in brackets, without colour too', async () => {
    view = await render(
      <App trainer={plainTrainer(only('cloze', 'zh'), 'zh')} now={() => 0} />,
      size,
    );
    const question = await openDeck(view);
    expect(question).toContain('[…]');
    const revealed = await view.press(KEY.space);
    expect(revealed).toContain('[60 秒]');
    // Tests run with NO_COLOR: brackets are the cue, not colour.
    expect(revealed).not.toMatch(/\u001B\[/);
  });
});
