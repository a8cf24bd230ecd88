// The user calls of RFC 9293 §3.10.1–§3.10.5 (OPEN, SEND, CLOSE, ABORT) in every state. A call
// the state does not allow is answered the way the RFC words it, as an event; nothing fails.
// The remote socket is always the other host, so "foreign socket unspecified" never happens.
import type { Host } from './host.js';

export type UserCall = 'listen' | 'connect' | 'send' | 'close' | 'abort';

const EXISTS = 'connection already exists';
const NO_CONNECTION = 'connection does not exist';
const CLOSING = 'connection closing';

function sendSyn(host: Host, row: 'F02' | 'E01' | 'F05'): void {
  host.iss = host.pickIsn();
  host.sndUna = host.iss;
  host.send(['SYN'], host.iss, null);
  host.sndNxt = host.iss + 1;
  host.passive = false;
  host.take(row);
}

/** OPEN, §3.10.1: `listen` is a passive OPEN, `connect` an active one. */
export function open(host: Host, active: boolean): void {
  if (host.state === 'CLOSED') {
    if (active) sendSyn(host, 'F02');
    else {
      host.passive = true;
      host.take('F01');
    }
  } else if (host.state === 'LISTEN' && active) sendSyn(host, 'E01');
  else host.event(EXISTS);
}

/** SEND, §3.10.2: one segment of `bytes` bytes, or queued until ESTABLISHED. */
export function send(host: Host, bytes: number): void {
  switch (host.state) {
    case 'CLOSED':
      return host.event(NO_CONNECTION);
    case 'LISTEN':
      // The data is queued, not sent on the SYN (§3.10.2 allows either).
      host.queuedData += bytes;
      return sendSyn(host, 'F05');
    case 'SYN-SENT':
      host.queuedData += bytes;
      return host.take('S07');
    case 'SYN-RECEIVED':
      if (host.closeQueued) return host.event(CLOSING);
      host.queuedData += bytes;
      return;
    case 'ESTABLISHED':
    case 'CLOSE-WAIT':
      host.send(['ACK'], host.sndNxt, host.rcvNxt, bytes);
      if (host.state === 'CLOSE-WAIT') host.take('S12');
      return;
    case 'FIN-WAIT-1':
      host.event(CLOSING);
      return host.take('S13');
    default:
      return host.event(CLOSING);
  }
}

function sendFin(host: Host, row: 'F11' | 'F12' | 'F18'): void {
  host.finSeq = host.sndNxt;
  host.send(['FIN', 'ACK'], host.sndNxt, host.rcvNxt);
  host.take(row);
}

/** CLOSE, §3.10.4. */
export function close(host: Host): void {
  switch (host.state) {
    case 'CLOSED':
      return host.event(NO_CONNECTION);
    case 'LISTEN':
      host.take('F03');
      return host.deleteTcb();
    case 'SYN-SENT':
      if (host.queuedData > 0) host.event('closing');
      host.take('F06');
      return host.deleteTcb();
    case 'SYN-RECEIVED':
      if (host.closeQueued) return host.event(CLOSING);
      // "If no SENDs have been issued and there is no pending data to send", else wait for ESTABLISHED.
      if (host.queuedData === 0) return sendFin(host, 'F11');
      host.closeQueued = true;
      return;
    case 'ESTABLISHED':
      return sendFin(host, 'F12');
    case 'CLOSE-WAIT':
      return sendFin(host, 'F18');
    case 'FIN-WAIT-2':
      // Strictly an error (an "ok" is allowed too); never a second FIN.
      host.event(CLOSING);
      return host.take('S14');
    default:
      return host.event(CLOSING);
  }
}

const ABORT_SENDS_RST = new Map([
  ['SYN-RECEIVED', 'E09'],
  ['ESTABLISHED', 'E11'],
  ['FIN-WAIT-1', 'E13'],
  ['FIN-WAIT-2', 'E15'],
  ['CLOSE-WAIT', 'E17'],
]);
const ABORT_QUIET = new Map([
  ['LISTEN', 'E02'],
  ['SYN-SENT', 'E03'],
  ['CLOSING', 'E19'],
  ['LAST-ACK', 'E21'],
  ['TIME-WAIT', 'E23'],
]);

/** ABORT answers "ok" in these states, and only in these (§3.10.5). */
const ABORT_OK: ReadonlySet<string> = new Set(['CLOSING', 'LAST-ACK', 'TIME-WAIT']);

/** ABORT, §3.10.5: <SEQ=SND.NXT><CTL=RST> from SYN-RECEIVED to CLOSE-WAIT; otherwise no segment. */
export function abort(host: Host): void {
  if (host.state === 'CLOSED') return host.event(NO_CONNECTION);
  const withRst = ABORT_SENDS_RST.get(host.state);
  if (withRst !== undefined) host.send(['RST'], host.sndNxt, null);
  const quiet = ABORT_QUIET.get(host.state);
  if (withRst === undefined && quiet === undefined)
    throw new Error(`simulator: ABORT in ${host.state}`);
  // "All queued SENDs ... should be given 'connection reset' notification" (there are no RECEIVEs).
  if (host.queuedData > 0) host.event('connection reset');
  if (ABORT_OK.has(host.state)) host.event('ok');
  host.take(withRst ?? quiet ?? '');
  host.deleteTcb();
}

/** After ESTABLISHED is reached: send what SEND and CLOSE queued, in order (§3.10.2, §3.10.4). */
export function flushQueued(host: Host): void {
  if (host.state !== 'ESTABLISHED' && host.state !== 'CLOSE-WAIT') return;
  if (host.queuedData > 0) {
    const bytes = host.queuedData;
    host.queuedData = 0;
    host.send(['ACK'], host.sndNxt, host.rcvNxt, bytes);
  }
  if (host.closeQueued) {
    host.closeQueued = false;
    close(host);
  }
}

export function userCall(host: Host, call: UserCall, bytes = 0): void {
  if (call === 'listen' || call === 'connect') open(host, call === 'connect');
  else if (call === 'send') send(host, bytes);
  else if (call === 'close') close(host);
  else abort(host);
}
