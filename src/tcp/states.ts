// The 11 connection states of RFC 9293 §3.3.2, and how Linux tools spell them.
// The model always uses the RFC spelling; every other spelling is mapped in here, once.

/** RFC 9293 §3.3.2 order: CLOSED is "fictional" (no TCB), the rest in the order a connection meets them. */
export const TCP_STATES = [
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
] as const;

export type TcpState = (typeof TCP_STATES)[number];

export function isTcpState(name: string): name is TcpState {
  return (TCP_STATES as readonly string[]).includes(name);
}

/** How each state shows up outside the RFC (reference tcp.md §2.1; kernel include/net/tcp_states.h). */
export type LinuxNames = {
  /** Figure 5's own label, which the RFC admits is abbreviated differently (§3.3.2). */
  readonly figure5: string;
  /** `st` column of /proc/net/tcp: the kernel enum value in hex. */
  readonly proc: string;
  readonly netstat: string;
  readonly ss: string;
};

export const LINUX_NAMES: Readonly<Record<TcpState, LinuxNames>> = {
  CLOSED: { figure5: 'CLOSED', proc: '07', netstat: 'CLOSE', ss: 'UNCONN' },
  LISTEN: { figure5: 'LISTEN', proc: '0A', netstat: 'LISTEN', ss: 'LISTEN' },
  'SYN-SENT': { figure5: 'SYN SENT', proc: '02', netstat: 'SYN_SENT', ss: 'SYN-SENT' },
  'SYN-RECEIVED': { figure5: 'SYN RCVD', proc: '03', netstat: 'SYN_RECV', ss: 'SYN-RECV' },
  ESTABLISHED: { figure5: 'ESTAB', proc: '01', netstat: 'ESTABLISHED', ss: 'ESTAB' },
  'FIN-WAIT-1': { figure5: 'FIN WAIT-1', proc: '04', netstat: 'FIN_WAIT1', ss: 'FIN-WAIT-1' },
  'FIN-WAIT-2': { figure5: 'FINWAIT-2', proc: '05', netstat: 'FIN_WAIT2', ss: 'FIN-WAIT-2' },
  'CLOSE-WAIT': { figure5: 'CLOSE WAIT', proc: '08', netstat: 'CLOSE_WAIT', ss: 'CLOSE-WAIT' },
  CLOSING: { figure5: 'CLOSING', proc: '0B', netstat: 'CLOSING', ss: 'CLOSING' },
  'LAST-ACK': { figure5: 'LAST-ACK', proc: '09', netstat: 'LAST_ACK', ss: 'LAST-ACK' },
  'TIME-WAIT': { figure5: 'TIME-WAIT', proc: '06', netstat: 'TIME_WAIT', ss: 'TIME-WAIT' },
};

// TCP_NEW_SYN_RECV (12) is the Linux ≥4.1 request socket for a passive half-open connection: RFC
// SYN-RECEIVED kept in the listener's SYN queue. /proc prints such sockets as 03, but the code exists.
const EXTRA_PROC_CODES: Readonly<Record<string, TcpState>> = { '0C': 'SYN-RECEIVED' };

// Spellings that are not derivable from the table above once case and separators are ignored.
const EXTRA_ALIASES: Readonly<Record<string, TcpState>> = {
  NEWSYNRECV: 'SYN-RECEIVED', // kernel TCP_NEW_SYN_RECV
  LISTENING: 'LISTEN', // ss state filter
};

/** Upper case, no `TCP_` prefix, no `-`/`_`/space: `FIN_WAIT1`, `fin-wait-1`, `FIN WAIT-1` all meet. */
function compact(name: string): string {
  return name
    .trim()
    .toUpperCase()
    .replace(/^TCP_/, '')
    .replace(/[\s_-]+/g, '');
}

const BY_COMPACT_NAME: ReadonlyMap<string, TcpState> = new Map<string, TcpState>([
  ...TCP_STATES.flatMap((state): [string, TcpState][] => {
    const n = LINUX_NAMES[state];
    return [state, n.figure5, n.netstat, n.ss].map((name) => [compact(name), state]);
  }),
  ...Object.entries(EXTRA_ALIASES),
]);

const BY_PROC_CODE: ReadonlyMap<string, TcpState> = new Map<string, TcpState>([
  ...TCP_STATES.map((state): [string, TcpState] => [LINUX_NAMES[state].proc, state]),
  ...Object.entries(EXTRA_PROC_CODES),
]);

/** The state for a /proc/net/tcp `st` value (`'0A'`, `'0a'` or `'A'`), or undefined if it has none. */
export function procCodeToState(hex: string): TcpState | undefined {
  const code = hex.trim().toUpperCase();
  if (!/^[0-9A-F]{1,2}$/.test(code)) return undefined;
  return BY_PROC_CODE.get(code.padStart(2, '0'));
}

/**
 * The RFC 9293 name for any spelling a person or tool uses: RFC, Figure 5, netstat, ss, kernel enum,
 * or a /proc/net/tcp hex code. Undefined when the name is not a TCP connection state.
 */
export function toRfcState(name: string): TcpState | undefined {
  if (/^\s*[0-9A-Fa-f]{2}\s*$/.test(name)) return procCodeToState(name);
  return BY_COMPACT_NAME.get(compact(name));
}
