// Deterministic wrong answers for generated drills. No randomness: the choice is derived from the
// card id, so a card shows the same options on every run and in every test.
import type { TcpState } from './states.js';
import { TCP_STATES } from './states.js';
import type { Segment } from './scenarios.js';
import { segmentLabel } from './scenarios.js';

/** FNV-1a, 32 bit: a stable number from a string. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (const char of id) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** States learners mix up with each one (the traps listed in reference tcp.md §5). */
export const CONFUSABLE: Readonly<Record<TcpState, readonly TcpState[]>> = {
  CLOSED: ['TIME-WAIT', 'LISTEN', 'LAST-ACK', 'CLOSING'],
  LISTEN: ['CLOSED', 'SYN-RECEIVED', 'SYN-SENT'],
  'SYN-SENT': ['SYN-RECEIVED', 'LISTEN', 'ESTABLISHED'],
  'SYN-RECEIVED': ['SYN-SENT', 'ESTABLISHED', 'LISTEN'],
  ESTABLISHED: ['SYN-RECEIVED', 'CLOSE-WAIT', 'FIN-WAIT-1'],
  'FIN-WAIT-1': ['FIN-WAIT-2', 'CLOSE-WAIT', 'LAST-ACK'],
  'FIN-WAIT-2': ['FIN-WAIT-1', 'TIME-WAIT', 'CLOSE-WAIT'],
  'CLOSE-WAIT': ['TIME-WAIT', 'LAST-ACK', 'FIN-WAIT-2'],
  CLOSING: ['TIME-WAIT', 'LAST-ACK', 'FIN-WAIT-2'],
  'LAST-ACK': ['CLOSING', 'TIME-WAIT', 'CLOSE-WAIT'],
  'TIME-WAIT': ['CLOSE-WAIT', 'CLOSED', 'FIN-WAIT-2', 'CLOSING'],
};

export type OptionSources = {
  /** Always offered (while there is room): the trap the card is about. */
  readonly first?: readonly string[];
  /** Offered in a rotation chosen by the seed. */
  readonly plausible: readonly string[];
  /** Used in order only when the others run out. */
  readonly fallback?: readonly string[];
  /** Never offered: options that would also be right in some reading of the card. */
  readonly exclude?: readonly string[];
};

/**
 * The answer plus `count` distinct wrong options, rotated by the seed's hash; the answer's position
 * is also derived from the seed.
 */
export function pickOptions(
  answer: string,
  seed: string,
  from: OptionSources,
  count = 3,
): string[] {
  const hash = hashId(seed);
  const unique = (list: readonly string[]) =>
    [...new Set(list)].filter((option) => option !== answer && !from.exclude?.includes(option));
  const first = unique(from.first ?? []);
  const pool = unique(from.plausible).filter((option) => !first.includes(option));
  const start = pool.length === 0 ? 0 : hash % pool.length;
  const rotated = [...pool.slice(start), ...pool.slice(0, start)];
  const extra = unique(from.fallback ?? TCP_STATES).filter(
    (o) => !first.includes(o) && !pool.includes(o),
  );
  const wrong = [...first, ...rotated, ...extra].slice(0, count);
  const at = (hash >>> 8) % (wrong.length + 1);
  return [...wrong.slice(0, at), answer, ...wrong.slice(at)];
}

/** `x` → `x+2`, `x+1` → `x+2`: one too many. */
export function bump(value: string): string {
  const match = /^([a-z])\+(\d+)$/.exec(value);
  if (match) return `${match[1]}+${Number(match[2]) + 1}`;
  return /^[a-z]$/.test(value) ? `${value}+2` : value;
}

// `x+1` → `x` and `x` → `x+1`: the classic off-by-one about what SYN and FIN occupy.
export function nudge(value: string): string {
  const match = /^([a-z])\+(\d+)$/.exec(value);
  if (match)
    return Number(match[2]) === 1 ? (match[1] ?? value) : `${match[1]}+${Number(match[2]) - 1}`;
  return /^[a-z]$/.test(value) ? `${value}+1` : value;
}

export const FLAG_SWAPS: Readonly<Record<string, string>> = {
  SYN: 'SYN,ACK',
  'SYN,ACK': 'ACK',
  ACK: 'FIN,ACK',
  'FIN,ACK': 'ACK',
  'RST,ACK': 'FIN,ACK',
  RST: 'FIN,ACK',
};

/** Near-miss labels for a segment: off-by-one numbers, swapped numbers, the wrong control bits. */
export function segmentMutations(segment: Segment): string[] {
  const { flags, seq, ack } = segment;
  const out: Segment[] = [];
  if (ack !== undefined) {
    out.push({ flags, seq, ack: nudge(ack) });
    out.push({ flags, seq: nudge(seq), ack });
    if (ack !== seq) out.push({ flags, seq: ack, ack: seq });
  } else {
    out.push({ flags, seq: nudge(seq) });
  }
  const swapped = FLAG_SWAPS[flags];
  if (swapped !== undefined) out.push({ ...segment, flags: swapped });
  return out.map(segmentLabel);
}
