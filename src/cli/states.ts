// `tcp-drill states`: the RFC 9293 transition table, for study (text) or for scripts (--json).
// Reads the one table in src/tcp/transitions.ts; nothing here knows a transition of its own.
import type { Lang } from '../content/types.js';
import { TCP_STATES } from '../tcp/states.js';
import { STATE_CHANGES } from '../tcp/transitions.js';

function jsonText(): string {
  const transitions = STATE_CHANGES.map(({ from, event, send, to, source }) => ({
    from,
    event,
    send,
    to,
    source,
  }));
  return JSON.stringify({ states: TCP_STATES, transitions }) + '\n';
}

export async function runStates(opts: { json: boolean; lang: Lang }): Promise<number> {
  // The study text measures columns (string-width sets up Unicode segmentation as it loads):
  // --json, for scripts, skips loading it.
  const text = opts.json ? jsonText() : (await import('./states-text.js')).studyText(opts.lang);
  process.stdout.write(text);
  return 0;
}
