// The playground: two simulated hosts the learner drives key by key. Its state is only the
// script typed so far (sim script lines) and which host the calls go to; everything shown is
// the pure simulator's trace of that script, so a step back is the script minus its last
// line, and `w` saves exactly what `tcp-drill sim` replays.
import { parseScript } from '../tcp/sim/script.js';
import { Simulator, simulate } from '../tcp/sim/simulator.js';
import type { SimTrace } from '../tcp/sim/simulator.js';
import type { HostName } from '../tcp/sim/segment.js';
import type { UserCall } from '../tcp/sim/user-calls.js';
import { STATE_CHANGES } from '../tcp/transitions.js';
import type { StateChange } from '../tcp/transitions.js';

/** Bytes a `send` key sends: small enough to read in the diagram. */
export const SEND_BYTES = 10;

export type Playground = {
  readonly lines: readonly string[];
  /** The host that calls (listen, connect, …) and a crafted RST go to. */
  readonly host: HostName;
  /** Why the last key did nothing (an unreadable typed line, no timer running). */
  readonly problem?: PlaygroundProblem;
};

export type PlaygroundProblem =
  | { readonly kind: 'no-timer' }
  | { readonly kind: 'bad-line'; readonly text: string; readonly message: string };

export type PlayAction =
  | { readonly type: 'host'; readonly host: HostName }
  | { readonly type: 'call'; readonly call: UserCall }
  /** An RST to the chosen host, numbered as it expects (`to A: RST`). */
  | { readonly type: 'rst' }
  | { readonly type: 'network'; readonly op: 'deliver' | 'drop' | 'dup' | 'delay' }
  | { readonly type: 'next-timer' }
  | { readonly type: 'two-msl' }
  | { readonly type: 'back' }
  /** Any sim script line, typed (`to B: SYN seq=150`). */
  | { readonly type: 'line'; readonly text: string };

export const EMPTY_PLAYGROUND: Playground = { lines: [], host: 'A' };

/**
 * The run as `w` saves it: one `# head` comment line, then the script lines. The trace is
 * numbered from this same text, so the line a step shows is the line `tcp-drill sim FILE`
 * reports for it.
 */
export function playgroundScript(p: Playground, head = ''): string {
  const comment = `# ${head.replace(/\s+/g, ' ')}`.trimEnd();
  return `${[comment, ...p.lines].join('\n')}\n`;
}

export function playgroundTrace(p: Playground): SimTrace {
  const script = parseScript(playgroundScript(p));
  return simulate(script.actions, script.config);
}

/** The simulator after the whole script, for what the trace does not say (the next timer). */
function replay(p: Playground): Simulator {
  const script = parseScript(playgroundScript(p));
  const sim = new Simulator(script.config);
  for (const a of script.actions) sim.apply(a.action, a.line, a.text);
  return sim;
}

function seconds(ms: number): string {
  return String(Math.round(ms) / 1000);
}

function append(p: Playground, text: string): Playground {
  return { lines: [...p.lines, text], host: p.host };
}

export function playgroundReducer(p: Playground, action: PlayAction): Playground {
  switch (action.type) {
    case 'host':
      return { lines: p.lines, host: action.host };
    case 'call':
      return append(p, `${p.host} ${action.call}${action.call === 'send' ? ` ${SEND_BYTES}` : ''}`);
    case 'rst':
      return append(p, `to ${p.host}: RST`);
    case 'network':
      return append(p, action.op);
    case 'next-timer': {
      const sim = replay(p);
      const due = sim.nextDeadline();
      if (due === null) return { ...p, problem: { kind: 'no-timer' } };
      return append(p, `wait ${seconds(Math.max(0, due - sim.time))}`);
    }
    case 'two-msl':
      return append(
        p,
        `wait ${seconds(2 * parseScript(playgroundScript(p)).config.mslSeconds * 1000)}`,
      );
    case 'back':
      return { lines: p.lines.slice(0, -1), host: p.host };
    case 'line': {
      const text = action.text.trim();
      if (text === '') return { lines: p.lines, host: p.host };
      const problem = parseScript([...p.lines, text].join('\n')).problems[0];
      if (problem) return { ...p, problem: { kind: 'bad-line', text, message: problem.message } };
      return append(p, text);
    }
  }
}

/** The 46 state changes: how many are in `visited`, and the first one that is not. */
export function visitedChanges(visited: Iterable<string>): {
  readonly count: number;
  readonly total: number;
  readonly next?: StateChange;
} {
  const seen = new Set(visited);
  const count = STATE_CHANGES.filter((r) => seen.has(r.id)).length;
  const next = STATE_CHANGES.find((r) => !seen.has(r.id));
  return { count, total: STATE_CHANGES.length, ...(next ? { next } : {}) };
}
