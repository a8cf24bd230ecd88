// The state-machine drill's reducer, without rendering: one pick per question, counted,
// then on to the next; the whole diagram toggles.
import { describe, expect, it } from 'vitest';
import {
  currentCard,
  isRight,
  startDrill,
  stateDrillReducer,
} from '../../src/session/state-drill.js';
import { fsmDrills } from '../../src/tcp/fsm-drills.js';
import { rowOfCard } from '../../src/tcp/fsm-neighbourhood.js';

const cards = fsmDrills('en').slice(0, 3);

describe('state drill reducer', () => {
  it('checks one pick, ignores a second, and moves on only after an answer', () => {
    let d = startDrill(cards);
    expect(stateDrillReducer(d, { type: 'next' })).toBe(d);
    const wrong = currentCard(d)!.options.findIndex((o) => !o.correct);
    d = stateDrillReducer(d, { type: 'pick', option: wrong });
    expect(isRight(d)).toBe(false);
    expect(stateDrillReducer(d, { type: 'pick', option: 0 })).toBe(d);
    d = stateDrillReducer(d, { type: 'next' });
    expect(d.index).toBe(1);
    expect(d.picked).toBeUndefined();
    const right = currentCard(d)!.options.findIndex((o) => o.correct);
    d = stateDrillReducer(d, { type: 'pick', option: right });
    expect(isRight(d)).toBe(true);
    expect({ right: d.right, answered: d.answered }).toEqual({ right: 1, answered: 2 });
    expect(stateDrillReducer(d, { type: 'pick', option: 9 })).toBe(d);
    expect(stateDrillReducer(d, { type: 'toggle-diagram' }).whole).toBe(true);
  });

  it('finds the model row behind every fsm card', () => {
    for (const card of fsmDrills('zh'))
      expect(rowOfCard(card.id)?.id.toLowerCase()).toBe(card.id.slice(4));
    expect(rowOfCard('seq-handshake-1')).toBeUndefined();
  });
});
