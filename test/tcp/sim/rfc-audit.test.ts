// The RFC 9293 §3.10 audit: each script in test/fixtures/sim/rfc/ probes one rule of the event
// processing, and its .json twin is the whole `sim --json` trace the RFC text gives for it.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/tcp/sim/script.js';
import { simulate } from '../../../src/tcp/sim/simulator.js';
import { traceJson } from '../../../src/tcp/sim/trace-json.js';

const DIR = new URL('../../fixtures/sim/rfc/', import.meta.url);
const SCRIPTS = readdirSync(DIR).filter((f) => f.endsWith('.sim'));

function read(file: string): string {
  return readFileSync(new URL(file, DIR), 'utf8');
}

describe('RFC 9293 §3.10 probes', () => {
  it('each script has its expected trace, and each trace its script', () => {
    const traces = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(SCRIPTS.length).toBeGreaterThan(10);
    expect(traces.sort()).toEqual(SCRIPTS.map((f) => f.replace(/\.sim$/, '.json')).sort());
  });

  it.each(SCRIPTS)('%s gives the trace the RFC text gives', (file) => {
    const script = parseScript(read(file));
    expect(script.problems).toEqual([]);
    const trace = JSON.parse(traceJson(simulate(script.actions, script.config))) as unknown;
    expect(trace).toEqual(JSON.parse(read(file.replace(/\.sim$/, '.json'))));
  });
});
