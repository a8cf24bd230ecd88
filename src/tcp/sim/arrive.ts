// SEGMENT ARRIVES, RFC 9293 §3.10.7, step by step for each state. The numbered comments are
// the RFC's own steps (first: sequence number, second: RST, fourth: SYN, fifth: ACK, seventh:
// text, eighth: FIN); the security and URG steps have nothing to check here.
import type { Host } from './host.js';
import { WINDOW } from './host.js';
import type { SimSegment } from './segment.js';
import { hasFlag, seqLength } from './segment.js';
import { flushQueued } from './user-calls.js';

export function arrive(host: Host, wire: SimSegment): void {
  const segment = host.localView(wire);
  if (host.state === 'CLOSED') return arriveClosed(host, segment);
  if (host.state === 'LISTEN') return arriveListen(host, segment);
  if (host.state === 'SYN-SENT') return arriveSynSent(host, segment);
  arriveSynchronized(host, segment);
}

/** §3.10.7.1: no TCB. Answer anything but a reset with a reset the sender will accept. */
function arriveClosed(host: Host, seg: SimSegment): void {
  if (hasFlag(seg, 'RST')) return host.take('S02');
  if (seg.ack === null) host.send(['RST', 'ACK'], 0, seg.seq + seqLength(seg));
  else host.send(['RST'], seg.ack, null);
  host.take('S01');
}

/** §3.10.7.2. Data or a FIN on the SYN is not acknowledged: the peer sends it again later. */
function arriveListen(host: Host, seg: SimSegment): void {
  if (hasFlag(seg, 'RST')) return host.take('S03');
  if (seg.ack !== null) {
    host.send(['RST'], seg.ack, null);
    return host.take('S04');
  }
  if (!hasFlag(seg, 'SYN')) return;
  host.irs = seg.seq;
  host.rcvNxt = seg.seq + 1;
  host.iss = host.pickIsn();
  host.sndUna = host.iss;
  host.send(['SYN', 'ACK'], host.iss, host.rcvNxt);
  host.take('F04');
}

/** §3.10.7.3. */
function arriveSynSent(host: Host, seg: SimSegment): void {
  const rst = hasFlag(seg, 'RST');
  // First, check the ACK bit: it must acknowledge our SYN and nothing more.
  if (seg.ack !== null && (seg.ack <= host.iss || seg.ack > host.sndNxt)) {
    if (rst) return host.take('S06');
    host.send(['RST'], seg.ack, null);
    return host.take('S05');
  }
  // Second, the RST bit: acceptable only when its ACK acknowledges our SYN.
  if (rst) {
    if (seg.ack === null) return host.take('S06');
    host.event('connection reset');
    host.take('E04');
    return host.deleteTcb();
  }
  // Fourth, the SYN bit.
  if (!hasFlag(seg, 'SYN')) return;
  host.irs = seg.seq;
  host.rcvNxt = seg.seq + 1;
  if (seg.ack !== null) host.acknowledge(seg.ack);
  if (host.sndUna > host.iss) {
    host.take('F08');
    // Text or a FIN on the SYN,ACK continue at the sixth step (§3.10.7.3).
    const rest = { ...seg, seq: seg.seq + 1, flags: seg.flags.filter((f) => f !== 'SYN') };
    acceptTextAndFin(host, rest, false);
    // One ACK for the SYN and whatever came with it. It carries what SEND queued (§3.10.7.3:
    // "Data or controls that were queued for transmission MAY be included").
    const bytes = host.queuedData;
    host.queuedData = 0;
    host.send(['ACK'], host.sndNxt, host.rcvNxt, bytes);
    return;
  }
  // Simultaneous open: our SYN is repeated, now with the ACK of theirs.
  host.unqueue(host.iss);
  host.send(['SYN', 'ACK'], host.iss, host.rcvNxt);
  host.take('F07');
}

function inWindow(host: Host, n: number): boolean {
  return host.rcvNxt <= n && n < host.rcvNxt + WINDOW;
}

/** §3.10.7.4 first step: the acceptability test, SEG.LEN counting SYN and FIN. */
function acceptable(host: Host, seq: number, length: number): boolean {
  return length === 0
    ? inWindow(host, seq)
    : inWindow(host, seq) || inWindow(host, seq + length - 1);
}

/** The segment cut to the part that starts at RCV.NXT and fits the window. */
function trim(host: Host, seg: SimSegment): SimSegment {
  let { seq, len } = seg;
  let syn = hasFlag(seg, 'SYN');
  let fin = hasFlag(seg, 'FIN');
  let old = host.rcvNxt - seq;
  if (old > 0 && syn) {
    syn = false;
    seq += 1;
    old -= 1;
  }
  if (old > 0) {
    const cut = Math.min(old, len);
    len -= cut;
    seq += cut;
    old -= cut;
    if (old > 0 && fin) fin = false;
  }
  // A FIN just past the last byte the window admits is cut off with the bytes beyond it.
  const room = host.rcvNxt + WINDOW - seq;
  if (len + (fin ? 1 : 0) > room) {
    len = Math.max(0, Math.min(len, room));
    fin = false;
  }
  const flags = seg.flags.filter((f) => (f === 'SYN' ? syn : f === 'FIN' ? fin : true));
  return { ...seg, seq, len, flags };
}

const REPEATED_FIN: Readonly<Record<string, string>> = {
  'CLOSE-WAIT': 'S15',
  'LAST-ACK': 'S16',
  CLOSING: 'S17',
  'TIME-WAIT': 'S18',
};
const RESET_SIGNALLED: Readonly<Record<string, string>> = {
  ESTABLISHED: 'E10',
  'FIN-WAIT-1': 'E12',
  'FIN-WAIT-2': 'E14',
  'CLOSE-WAIT': 'E16',
};
const RESET_QUIET: Readonly<Record<string, string>> = {
  CLOSING: 'E18',
  'LAST-ACK': 'E20',
  'TIME-WAIT': 'E22',
};

function rowIn(table: Readonly<Record<string, string>>, state: string): string {
  const id = table[state];
  if (id === undefined) throw new Error(`simulator: no row for ${state}`);
  return id;
}

/** SYN-RECEIVED and the synchronized states, §3.10.7.4. */
function arriveSynchronized(host: Host, original: SimSegment): void {
  const state = host.state;
  const hasAck = original.ack !== null;
  // In simultaneous open the peer's SYN,ACK repeats a SYN we already have: its SYN is old, its ACK
  // new (Figure 7 line 6). The old part is trimmed and the ACK processed (row E07).
  const repeatedSyn =
    state === 'SYN-RECEIVED' && hasFlag(original, 'SYN') && hasAck && original.seq === host.irs;

  // First, check the sequence number.
  const length = seqLength(original) - (repeatedSyn ? 1 : 0);
  if (!acceptable(host, original.seq + (repeatedSyn ? 1 : 0), length)) {
    if (hasFlag(original, 'RST')) return;
    const fin = hasFlag(original, 'FIN');
    const repeat = REPEATED_FIN[state];
    if (fin && repeat !== undefined && original.seq + seqLength(original) === host.rcvNxt) {
      host.sendAck();
      host.take(repeat);
      // §3.10.7.4 fifth and eighth steps: the retransmitted FIN restarts the 2 MSL timer.
      if (state === 'TIME-WAIT') host.startTimeWait();
      return;
    }
    host.sendAck();
    if (state === 'SYN-RECEIVED' && hasFlag(original, 'SYN') && !hasAck) host.take('S19');
    else if (state === 'ESTABLISHED') host.take('S11');
    return;
  }
  const seg = trim(host, original);

  // Second, check the RST bit, with the RFC 5961 checks on SEG.SEQ as it arrived (trimming
  // would move an old one to RCV.NXT): outside the window it is dropped, only RCV.NXT itself
  // resets, anywhere else in the window it draws a challenge ACK.
  if (hasFlag(original, 'RST')) {
    if (!inWindow(host, original.seq)) return;
    if (original.seq !== host.rcvNxt) {
      host.sendAck();
      if (state === 'ESTABLISHED') host.take('S09');
      return;
    }
    if (state === 'SYN-RECEIVED') {
      if (host.passive) {
        host.take('F09');
        return host.forgetConnection();
      }
      host.event('connection refused');
      host.take('E05');
      return host.deleteTcb();
    }
    const signalled = RESET_SIGNALLED[state];
    if (signalled !== undefined) host.event('connection reset');
    host.take(signalled ?? rowIn(RESET_QUIET, state));
    return host.deleteTcb();
  }

  // Fourth, check the SYN bit: set as it arrived, whatever its sequence number (RFC 5961 §4),
  // unless it is SYN-RECEIVED's own peer SYN again, at IRS.
  if (hasFlag(original, 'SYN') && !(state === 'SYN-RECEIVED' && original.seq === host.irs)) {
    if (state === 'SYN-RECEIVED' && host.passive) {
      host.take('E06');
      return host.forgetConnection();
    }
    // MAY-2 (§3.6.1): a listener reopens from TIME-WAIT on a SYN above the old sequence space.
    if (state === 'TIME-WAIT' && host.passive && !hasAck && seg.seq > host.rcvNxt) {
      host.forgetConnection();
      host.irs = seg.seq;
      host.rcvNxt = seg.seq + 1;
      host.iss = host.pickIsn();
      host.sndUna = host.iss;
      host.send(['SYN', 'ACK'], host.iss, host.rcvNxt);
      return host.take('E24');
    }
    // RFC 5961 §4: a challenge ACK, whatever the sequence number.
    host.sendAck();
    if (state === 'ESTABLISHED') host.take('S10');
    return;
  }

  // A segment that starts beyond RCV.NXT may be "held for later processing"; the simulator keeps
  // no reassembly queue, so it drops it and acknowledges what it has (the sender retransmits).
  if (seg.seq > host.rcvNxt && (seg.len > 0 || hasFlag(seg, 'FIN'))) return host.sendAck();

  // Fifth, check the ACK field.
  if (seg.ack === null) return;
  const finToo = hasFlag(seg, 'FIN');
  if (state === 'SYN-RECEIVED') {
    if (!(host.sndUna < seg.ack && seg.ack <= host.sndNxt)) {
      host.send(['RST'], seg.ack, null);
      return host.take('S08');
    }
    host.acknowledge(seg.ack);
    // With a FIN too, the one row SYN-RECEIVED → CLOSE-WAIT (E08) is taken at the eighth step.
    if (!finToo) host.take(repeatedSyn ? 'E07' : 'F10');
  } else {
    // RFC 5961 §5: an ACK outside (SND.UNA − MAX.SND.WND) … SND.NXT is answered and dropped.
    if (seg.ack > host.sndNxt || seg.ack < host.sndUna - WINDOW) return host.sendAck();
    host.acknowledge(seg.ack);
    if (state === 'FIN-WAIT-1' && host.ourFinAcked() && !finToo) host.take('F14');
    if (state === 'CLOSING') {
      if (host.ourFinAcked()) {
        host.take('F17');
        host.startTimeWait();
      }
      return;
    }
    if (state === 'LAST-ACK') {
      if (host.ourFinAcked()) {
        host.take('F19');
        host.deleteTcb();
      }
      return;
    }
    if (state === 'TIME-WAIT') {
      if (finToo) {
        host.sendAck();
        host.take('S18');
        host.startTimeWait();
      }
      return;
    }
  }
  if (acceptTextAndFin(host, seg, state === 'SYN-RECEIVED')) host.sendAck();
  flushQueued(host);
}

/** Seventh and eighth steps: take the data, then the FIN; true when they need acknowledging. */
function acceptTextAndFin(host: Host, seg: SimSegment, fromSynReceived: boolean): boolean {
  const state = host.state;
  let ack = false;
  const receiving = fromSynReceived || ['ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2'].includes(state);
  if (seg.len > 0 && receiving) {
    host.rcvNxt += seg.len;
    ack = true;
  }
  if (hasFlag(seg, 'FIN')) {
    ack = true;
    if (fromSynReceived) {
      host.rcvNxt += 1;
      host.take('E08');
    } else if (state === 'ESTABLISHED') {
      host.rcvNxt += 1;
      host.take('F13');
    } else if (state === 'FIN-WAIT-1') {
      host.rcvNxt += 1;
      host.take(host.ourFinAcked() ? 'N01' : 'F15');
      if (host.state === 'TIME-WAIT') host.startTimeWait();
    } else if (state === 'FIN-WAIT-2') {
      host.rcvNxt += 1;
      host.take('F16');
      host.startTimeWait();
    } else {
      const repeat = REPEATED_FIN[state];
      if (repeat !== undefined) host.take(repeat);
    }
  }
  return ack;
}
