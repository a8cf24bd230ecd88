// A segment on the simulated wire: the header fields RFC 9293 §3.10 reads, with real
// numbers. On the wire they are 32-bit (§3.4: arithmetic modulo 2^32); inside a host they are
// unwrapped against what it expects, so its comparisons stay plain.

export type HostName = 'A' | 'B';
export type Flag = 'SYN' | 'FIN' | 'RST' | 'ACK';

/** The order flags are written in, everywhere (JSON, diagrams, crafted segments). */
export const FLAG_ORDER: readonly Flag[] = ['SYN', 'FIN', 'RST', 'ACK'];

export type SimSegment = {
  readonly from: HostName;
  readonly to: HostName;
  readonly flags: readonly Flag[];
  readonly seq: number;
  /** null when the ACK bit is off. */
  readonly ack: number | null;
  /** Bytes of data (SYN and FIN are not counted here). */
  readonly len: number;
};

/** Sequence numbers are 32 bits (§3.1). */
export const SEQ_SPACE = 2 ** 32;

/** The number as a 32-bit header field. */
export function wrapSeq(n: number): number {
  return ((n % SEQ_SPACE) + SEQ_SPACE) % SEQ_SPACE;
}

/** The number equal to `field` modulo 2^32 that lies nearest `near`. */
export function unwrapSeq(field: number, near: number): number {
  const base = near - wrapSeq(near) + field;
  const candidates = [base - SEQ_SPACE, base, base + SEQ_SPACE];
  return candidates.reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) ? b : a));
}

export function otherHost(host: HostName): HostName {
  return host === 'A' ? 'B' : 'A';
}

export function hasFlag(segment: SimSegment, flag: Flag): boolean {
  return segment.flags.includes(flag);
}

/** Flags in FLAG_ORDER, each once. */
export function orderFlags(flags: Iterable<Flag>): Flag[] {
  const set = new Set(flags);
  return FLAG_ORDER.filter((flag) => set.has(flag));
}

/** SEG.LEN of §3.3.1: the data plus one for a SYN and one for a FIN. */
export function seqLength(segment: SimSegment): number {
  return segment.len + (hasFlag(segment, 'SYN') ? 1 : 0) + (hasFlag(segment, 'FIN') ? 1 : 0);
}

/** `FIN,ACK seq=100 ack=300`, with ` len=N` when it carries data. */
export function segmentText(segment: SimSegment): string {
  const ack = segment.ack === null ? '' : ` ack=${segment.ack}`;
  const len = segment.len > 0 ? ` len=${segment.len}` : '';
  return `${segment.flags.join(',')} seq=${segment.seq}${ack}${len}`;
}
