import stringWidth from 'string-width';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runStates } from '../../src/cli/states.js';
import type { Lang } from '../../src/content/types.js';
import { RFC_STATE_CHANGES } from './rfc-table.js';

async function capture(opts: {
  json: boolean;
  lang: Lang;
}): Promise<{ code: number; out: string }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  const code = await runStates(opts);
  spy.mockRestore();
  return { code, out: chunks.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('tcp-drill states --json', () => {
  it('prints the 11 states and the 46 state changes, RFC spellings, and a newline', async () => {
    const { code, out } = await capture({ json: true, lang: 'en' });
    expect(code).toBe(0);
    expect(out.endsWith('}\n')).toBe(true);
    const data = JSON.parse(out) as { states: string[]; transitions: Record<string, string>[] };
    expect(Object.keys(data)).toEqual(['states', 'transitions']);
    expect(data.states).toEqual([
      'CLOSED',
      'LISTEN',
      'SYN-SENT',
      'SYN-RECEIVED',
      'ESTABLISHED',
      'FIN-WAIT-1',
      'FIN-WAIT-2',
      'CLOSE-WAIT',
      'CLOSING',
      'LAST-ACK',
      'TIME-WAIT',
    ]);
    expect(data.transitions).toHaveLength(46);
    data.transitions.forEach((t, i) => {
      const expected = RFC_STATE_CHANGES[i];
      expect(Object.keys(t)).toEqual(['from', 'event', 'send', 'to', 'source']);
      expect([t.from, t.event, t.to]).toEqual([expected?.from, expected?.event, expected?.to]);
      expect(t.source).toContain(`§${expected?.section}`);
    });
  });

  it('prints the same JSON whatever the language', async () => {
    const zh = await capture({ json: true, lang: 'zh' });
    expect(zh.out).toBe((await capture({ json: true, lang: 'en' })).out);
  });
});

describe.each(['en', 'zh'] as const)('tcp-drill states (%s)', (lang) => {
  let code = -1;
  let out = '';
  beforeAll(async () => {
    ({ code, out } = await capture({ json: false, lang }));
  });

  it('fits in 80 columns', () => {
    expect(code).toBe(0);
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('lists every state change under its from-state, with what is sent and the section', () => {
    for (const row of RFC_STATE_CHANGES) {
      expect(out).toMatch(
        new RegExp(
          `^  ${row.id}  ${row.event.replace(/[()+]/g, '\\$&')} +\\S+ +-> ${row.to}$`,
          'm',
        ),
      );
    }
    expect(out).toMatch(/^ {2}F12 {2}CLOSE +FIN +-> FIN-WAIT-1$/m);
    expect(out).toContain('§3.10.4');
  });

  it('ends with the count of state changes', () => {
    const last = out.trimEnd().split('\n').slice(-2).join(' ');
    expect(last).toContain('46');
  });
});

it('uses Chinese headings for zh', async () => {
  const { out } = await capture({ json: false, lang: 'zh' });
  expect(out).toContain('从 ESTABLISHED 出发：');
  expect(out).toContain('共 46 个改变状态的转换');
  expect((await capture({ json: false, lang: 'en' })).out).toContain('From ESTABLISHED:');
});
