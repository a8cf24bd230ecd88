// Every one of the 46 state changes, and each of the 20 rules that keep the state, is taken by
// some script in test/fixtures/sim/reach/ (one per row, named after it): the playground can
// reach the whole model, and the simulator never leaves it.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/tcp/sim/script.js';
import { simulate } from '../../../src/tcp/sim/simulator.js';
import { SAME_STATE_RULES, STATE_CHANGES } from '../../../src/tcp/transitions.js';

const DIR = new URL('../../fixtures/sim/reach/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.sim'));

function lastRows(id: string): readonly string[] {
  const script = parseScript(readFileSync(new URL(`${id.toLowerCase()}.sim`, DIR), 'utf8'));
  expect(script.problems).toEqual([]);
  const trace = simulate(script.actions, script.config);
  return trace.steps.at(-1)?.rows ?? [];
}

describe('reachability of the model', () => {
  it('has one script per row and no others', () => {
    const ids = [...STATE_CHANGES, ...SAME_STATE_RULES].map((r) => `${r.id.toLowerCase()}.sim`);
    expect(STATE_CHANGES).toHaveLength(46);
    expect(SAME_STATE_RULES).toHaveLength(20);
    expect([...FILES].sort()).toEqual([...ids].sort());
  });

  it.each(STATE_CHANGES.map((r) => r.id))('state change %s is reached by its script', (id) => {
    expect(lastRows(id)).toContain(id);
  });

  it.each(SAME_STATE_RULES.map((r) => r.id))(
    'same-state rule %s is reached by its script',
    (id) => {
      expect(lastRows(id)).toContain(id);
    },
  );

  it('together, the scripts visit all 66 rows', () => {
    const visited = new Set(
      FILES.flatMap((file) => {
        const script = parseScript(readFileSync(new URL(file, DIR), 'utf8'));
        return simulate(script.actions, script.config).visited;
      }),
    );
    expect(visited.size).toBe(66);
  });
});

describe('the simulator choices in the model file', () => {
  it('name only rows that exist, each once', () => {
    const text = readFileSync(
      new URL('../../../content/model/state-machine.md', import.meta.url),
      'utf8',
    );
    const section = text.slice(text.indexOf('## Simulator choices'));
    const named = [...section.matchAll(/^- \*\*([FNES]\d\d)\*\*/gm)].map((m) => m[1]);
    const ids = new Set([...STATE_CHANGES, ...SAME_STATE_RULES].map((r) => r.id));
    expect(named.length).toBeGreaterThan(10);
    expect(new Set(named).size).toBe(named.length);
    for (const id of named) expect(ids.has(id!)).toBe(true);
  });
});
