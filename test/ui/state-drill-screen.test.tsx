// The state-machine drill through ink: the current state marked on its neighbourhood, the
// event in words, a pick checked and graded, the arc taken with its RFC section, no internal
// row id on screen, and the whole diagram on `v`.
import { afterEach, describe, expect, it } from 'vitest';
import { drillDecks, generateDrills } from '../../src/tcp/drills.js';
import { App } from '../../src/ui/app.js';
import { plainTrainer } from '../helpers/plain-trainer.js';
import { KEY, render } from '../helpers/render.js';
import type { Rendered } from '../helpers/render.js';

const bank = {
  decks: [...drillDecks('en'), ...drillDecks('zh')],
  cards: [...generateDrills('en'), ...generateDrills('zh')],
};

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('state-machine drill screen', () => {
  it('fills the terminal with the whole diagram, blank lines included, footer on the last row', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />, {
      columns: 80,
      rows: 24,
    });
    await view.press('m');
    await view.waitFor('question 1 of 10');
    const whole = (await view.press('v')).split('\n');
    expect(whole).toHaveLength(24);
    expect(whole[23]).toContain('? help');
    // The blank line between the diagram's title and the figure is drawn.
    const title = whole.findIndex((l) => l.includes('TCP connection states'));
    expect(whole[title + 1]?.trim()).toBe('');
  });

  it('asks from the marked state, checks the pick and shows the arc taken', async () => {
    const trainer = plainTrainer(bank, 'en');
    view = await render(<App trainer={trainer} now={() => 0} />);
    await view.waitFor('State machine');
    await view.press('m');
    const question = await view.waitFor('question 1 of 10');
    expect(question).toContain('You are in >[ CLOSED ]<');
    expect(question).toContain('the application does a passive OPEN (listen())');
    expect(question).toContain('Which state comes next, and what does');
    // Each option pairs a state with the segment sent: two states, two segments.
    expect(question).toContain('1. LISTEN · sends nothing');
    expect(question).toContain('2. LISTEN · sends SYN');
    expect(question).toContain('3. SYN-SENT · sends nothing');
    expect(question).toContain('4. SYN-SENT · sends SYN');
    expect(question).not.toMatch(/\b[FNES]\d\d\b/);
    const answer = await view.press('2');
    expect(answer).toContain('✗ wrong: the answer is LISTEN · sends nothing');
    expect(answer).toContain('✗ 2. LISTEN · sends SYN');
    expect(answer).toContain(
      '▶ CLOSED -- the application does a passive OPEN (listen()) --> LISTEN',
    );
    expect(answer).toContain('Source: RFC 9293 §3.3.2');
    expect(answer).not.toMatch(/\b[FNES]\d\d\b/);
    expect(trainer.summary(0).reviews).toBe(1);
    const next = await view.press(KEY.enter);
    expect(next).toContain('question 2 of 10 · 0/1 right');
    const whole = await view.press('v');
    expect(whole).toContain('[*');
    expect(whole).toContain('TCP connection states');
    expect(await view.press(KEY.escape)).toContain('Learn new cards');
  });

  it('marks the state the arc leads to on the whole diagram once answered', async () => {
    const trainer = plainTrainer(bank, 'en');
    // 50 rows or more: the whole diagram from the start.
    view = await render(<App trainer={trainer} now={() => 0} />, { columns: 100, rows: 60 });
    await view.press('m');
    const question = await view.waitFor('question 1 of 10');
    expect(question).toContain('[*CLOSED*]');
    expect(question).not.toContain('[=');
    const answer = await view.press('1');
    expect(answer).toContain('✓ right');
    expect(answer).toContain('[*CLOSED*]');
    expect(answer).toContain('[=LISTEN=]');
    expect(answer).toContain('[*CLOSED*] marks the current state, [=LISTEN=] the next one.');
    // The box stays in its column: where the plain box was before the answer.
    const column = (frame: string, box: string) =>
      frame
        .split('\n')
        .find((l) => l.includes(box))
        ?.indexOf(box);
    expect(column(answer, '[=LISTEN=]')).toBe(column(question, '[ LISTEN ]'));
    expect(await view.press(KEY.enter)).not.toContain('[=');
  });

  it('speaks Chinese', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'zh')} now={() => 0} />);
    await view.press('m');
    const frame = await view.waitFor('第 1 / 10 题');
    expect(frame).toContain('你所在的状态 >[ CLOSED ]<');
    expect(frame).toContain('下一个状态是什么？发送什么报文段？');
    expect(frame).toContain('1. LISTEN · 不发送');
    expect(frame).toContain('2. LISTEN · 发送 SYN');
  });
});
