// The `tcp-drill sim` script: one action per line, `#` starts a comment, blank lines are
// skipped. Parsing is separate from running, so every unreadable line is reported at once,
// as FILE:LINE, before anything runs.
import type { Flag, HostName } from './segment.js';
import { FLAG_ORDER, orderFlags } from './segment.js';
import { DEFAULT_CONFIG } from './simulator.js';
import type { ScriptLine, SimAction, SimConfig } from './simulator.js';
import type { UserCall } from './user-calls.js';

export type ScriptProblem = { readonly line: number; readonly message: string };

export type Script = {
  readonly config: SimConfig;
  readonly actions: readonly ScriptLine[];
  readonly problems: readonly ScriptProblem[];
};

const CALLS: readonly UserCall[] = ['listen', 'connect', 'send', 'close', 'abort'];
const NETWORK = ['deliver', 'drop', 'dup', 'delay'] as const;
const MAX_SEQ = 2 ** 32 - 1;
const MAX_LEN = 65535;

const WHOLE = /^\d+$/;
const SECONDS = /^\d+(\.\d{1,3})?$/;

function host(word: string | undefined): HostName | undefined {
  const name = word?.toUpperCase();
  return name === 'A' || name === 'B' ? name : undefined;
}

type Parsed =
  | SimAction
  | { readonly kind: 'isn'; readonly host: HostName; readonly isn: number }
  | { readonly kind: 'msl'; readonly seconds: number }
  | string;

function parseCrafted(target: HostName, rest: string): Parsed {
  const [flagWord = '', ...fields] = rest.trim().split(/\s+/);
  if (flagWord === '') return 'a crafted segment needs its flags, e.g. "to B: RST seq=101"';
  const flags: Flag[] = [];
  for (const name of flagWord.toUpperCase().split(',')) {
    if (!(FLAG_ORDER as readonly string[]).includes(name))
      return `unknown flag '${name}' (use ${FLAG_ORDER.join(', ')}, joined by commas)`;
    flags.push(name as Flag);
  }
  const values: Partial<Record<'seq' | 'ack' | 'len', number>> = {};
  for (const field of fields) {
    const match = /^(seq|ack|len)=(\d+)$/i.exec(field);
    if (match === null) return `cannot read '${field}': expected seq=N, ack=N or len=N`;
    const key = match[1]!.toLowerCase() as 'seq' | 'ack' | 'len';
    const value = Number(match[2]);
    if (key in values) return `${key}= is given twice`;
    if (value > (key === 'len' ? MAX_LEN : MAX_SEQ))
      return `${key}=${match[2]} is too large (at most ${key === 'len' ? MAX_LEN : MAX_SEQ})`;
    values[key] = value;
  }
  if (values.ack !== undefined && !flags.includes('ACK'))
    return 'ack= needs the ACK flag (write e.g. RST,ACK)';
  return {
    kind: 'inject',
    segment: {
      to: target,
      flags: orderFlags(flags),
      ...(values.seq === undefined ? {} : { seq: values.seq }),
      ...(values.ack === undefined ? {} : { ack: values.ack }),
      len: values.len ?? 0,
    },
  };
}

function parseLine(text: string): Parsed {
  const crafted = /^to\s+(\S+?)\s*:(.*)$/i.exec(text);
  if (crafted !== null) {
    const target = host(crafted[1]);
    if (target === undefined) return `'to ${crafted[1]}:' names no host (A or B)`;
    return parseCrafted(target, crafted[2] ?? '');
  }
  const words = text.split(/\s+/);
  const [first = '', second, third, ...extra] = words;
  const verb = first.toLowerCase();
  const subject = host(first);
  if (subject !== undefined) {
    const call = second?.toLowerCase() as UserCall | undefined;
    if (call === undefined || !CALLS.includes(call))
      return `unknown call '${second ?? ''}' for host ${subject} (use ${CALLS.join(', ')})`;
    if (call === 'send') {
      if (third === undefined || !WHOLE.test(third) || Number(third) < 1 || Number(third) > MAX_LEN)
        return `send needs a number of bytes from 1 to ${MAX_LEN}`;
      if (extra.length > 0) return `unexpected '${extra.join(' ')}'`;
      return { kind: 'call', host: subject, call, bytes: Number(third) };
    }
    if (third !== undefined) return `unexpected '${[third, ...extra].join(' ')}'`;
    return { kind: 'call', host: subject, call, bytes: 0 };
  }
  if ((NETWORK as readonly string[]).includes(verb)) {
    if (second !== undefined) return `unexpected '${words.slice(1).join(' ')}'`;
    return { kind: verb as (typeof NETWORK)[number] };
  }
  if (verb === 'wait') {
    if (second === undefined || !SECONDS.test(second) || third !== undefined)
      return 'wait needs a number of seconds, e.g. "wait 1" or "wait 0.5"';
    return { kind: 'wait', ms: Math.round(Number(second) * 1000) };
  }
  if (verb === 'isn') {
    const name = host(second);
    if (name === undefined || third === undefined || !WHOLE.test(third) || Number(third) > MAX_SEQ)
      return `isn needs a host and a number, e.g. "isn A 100" (0 to ${MAX_SEQ})`;
    if (extra.length > 0) return `unexpected '${extra.join(' ')}'`;
    return { kind: 'isn', host: name, isn: Number(third) };
  }
  if (verb === 'msl') {
    if (second === undefined || !SECONDS.test(second) || Number(second) <= 0 || third !== undefined)
      return 'msl needs a number of seconds above 0, e.g. "msl 30"';
    return { kind: 'msl', seconds: Number(second) };
  }
  return `unknown action '${first}'`;
}

export function parseScript(source: string): Script {
  const problems: ScriptProblem[] = [];
  const actions: ScriptLine[] = [];
  const isn = { ...DEFAULT_CONFIG.isn };
  let mslSeconds = DEFAULT_CONFIG.mslSeconds;
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/#.*$/, '').trim();
    if (text === '') return;
    const parsed = parseLine(text);
    if (typeof parsed === 'string') return problems.push({ line, message: parsed });
    if (parsed.kind === 'isn' || parsed.kind === 'msl') {
      if (actions.length > 0)
        return problems.push({ line, message: `${parsed.kind} must come before the first action` });
      if (parsed.kind === 'isn') isn[parsed.host] = parsed.isn;
      else mslSeconds = parsed.seconds;
      return;
    }
    actions.push({ line, text, action: parsed });
  });
  return { config: { isn, mslSeconds }, actions, problems };
}
