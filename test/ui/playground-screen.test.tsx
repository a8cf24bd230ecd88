// The playground screen through ink: keys drive the two hosts and the network, the states,
// the diagram and the visited count follow, a step back takes the last action away, and what
// was visited reaches the trainer (the store).
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import { plainTrainer } from '../helpers/plain-trainer.js';
import { KEY, render } from '../helpers/render.js';
import type { Rendered } from '../helpers/render.js';

const bank = { decks: [], cards: [] };

let view: Rendered | undefined;
afterEach(() => view?.unmount());

async function keys(v: Rendered, ...presses: string[]): Promise<string> {
  let frame = v.frame();
  for (const p of presses) frame = await v.press(p);
  return frame;
}

describe('playground screen', () => {
  it('opens from home with f, runs a handshake key by key and counts what it visited', async () => {
    const trainer = plainTrainer(bank, 'en');
    view = await render(<App trainer={trainer} now={() => 0} />);
    await view.waitFor('Playground');
    await view.press('f');
    const start = await view.waitFor('calls go to A');
    expect(start).toContain('Visited 0 of the 46 state changes.');
    expect(start).toContain('Not yet: CLOSED → LISTEN');
    await keys(view, 'b', 'l', 'a', 'c');
    let frame = await view.waitFor('--> SYN seq=100');
    expect(frame).toContain('1. A→B SYN seq=100');
    frame = await keys(view, 'd', 'd', 'd');
    expect(frame).toMatch(/Host A \(calls\) ESTABLISHED +Host B ESTABLISHED/);
    expect(frame).toContain('Visited 5 of the 46 state changes.');
    expect(frame).toContain('Nothing in flight.');
    expect(trainer.visited()).toEqual(['F01', 'F02', 'F04', 'F08', 'F10']);
    frame = await view.press('z');
    expect(frame).toMatch(/Host B SYN-RECEIVED/);
    expect(frame).toContain('1. A→B ACK seq=101 ack=301');
    // Step back does not forget what was visited.
    expect(frame).toContain('Visited 5 of the 46 state changes.');
  });

  it('applies every key of a burst to the state the one before left', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />);
    await view.press('f');
    await view.waitFor('calls go to A');
    // Typed fast, `b l a c` reach the screen in one read: the connect goes to A.
    view.send('blac');
    const frame = await view.waitFor('--> SYN seq=100');
    expect(frame).toContain('B listen');
    expect(frame).toMatch(/Host A \(calls\) SYN-SENT +Host B LISTEN/);
    // A script line and its Enter in one burst are one action.
    await view.press(':');
    view.send('B close\r');
    expect(await view.waitFor('B close ')).toMatch(/Host B CLOSED/);
  });

  it('marks the steps scrolled out of view above and below', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />, {
      columns: 80,
      rows: 24,
    });
    await view.press('f');
    await view.waitFor('calls go to A');
    for (const k of ['b', 'l', 'a', 'c', 'd', 'd', 'd', 'x', 'd', 'd', 'b', 'x', 'd', 'd'])
      await view.press(k);
    let frame = view.frame();
    expect(frame).toMatch(/↑ \d+ more/);
    expect(frame).not.toMatch(/↓ \d+ more/);
    view.send(KEY.up.repeat(20));
    frame = await view.waitFor(/↓ \d+ more/);
    expect(frame).not.toMatch(/↑ \d+ more/);
  });

  it('puts the hosts one above the other when they do not fit side by side', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />, {
      columns: 40,
      rows: 16,
    });
    await view.press('f');
    await view.waitFor('calls go to A');
    view.send('blac');
    const frame = await view.waitFor(/Host B LISTEN/);
    expect(frame).toMatch(/▶ Host A \(calls\) SYN-SENT/);
    for (const l of frame.split('\n')) expect(l.length).toBeLessThanOrEqual(40);
  });

  it('says when there is no timer, takes a typed script line, and goes home on Esc', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'en')} now={() => 0} />);
    await view.press('f');
    await view.waitFor('calls go to A');
    let frame = await view.press('n');
    expect(frame).toContain('No timer is running');
    frame = await view.press(':');
    expect(frame).toContain('Script line:');
    view.send('A listen');
    frame = await view.waitFor('Script line: A listen');
    frame = await view.press(KEY.enter);
    expect(frame).toMatch(/Host A \(calls\) LISTEN/);
    await view.press(':');
    view.send('to C: RST');
    await view.waitFor('Script line: to C: RST');
    frame = await view.press(KEY.enter);
    expect(frame).toContain(`Cannot run "to C: RST"`);
    frame = await view.press(KEY.escape);
    expect(frame).toContain('Learn new cards');
    expect(frame).toMatch(/Playground.*1\/46/);
  });

  it('speaks Chinese', async () => {
    view = await render(<App trainer={plainTrainer(bank, 'zh')} now={() => 0} />);
    await view.press('f');
    const frame = await view.waitFor('模拟场');
    expect(frame).toContain('已走过 46 个状态变化中的 0 个。');
    expect(frame).toContain('调用发给 A');
  });
});
