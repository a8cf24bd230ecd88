// One simulated endpoint: its state, its TCB variables (RFC 9293 §3.3.1) and its timers.
// Every state change goes through take(id): the model row named must start in the current
// state, and its `to` column is the state entered, so the simulator cannot leave the table
// that drives `states` and the drills.
import type { TcpState } from '../states.js';
import { TRANSITIONS } from '../transitions.js';
import type { Transition } from '../transitions.js';
import type { Flag, HostName, SimSegment } from './segment.js';
import { orderFlags, otherHost, seqLength, unwrapSeq, wrapSeq } from './segment.js';

/** The receive window every host offers (the largest without window scaling). */
export const WINDOW = 65535;
export const INITIAL_RTO_MS = 1000;
/** §3.9.1.1 OPEN: "The present global default is five minutes." */
export const USER_TIMEOUT_MS = 300_000;
export const DEFAULT_MSL_S = 120;

const ROWS: ReadonlyMap<string, Transition> = new Map(TRANSITIONS.map((row) => [row.id, row]));

/** A model row taken, and by which host. */
export type Taken = { readonly host: HostName; readonly id: string };

/** What one step produced: written to by the hosts, read by the trace. */
export type StepLog = { sent: SimSegment[]; rows: string[]; taken: Taken[]; events: string[] };

export type HostContext = {
  readonly now: () => number;
  /** Put a segment on the wire (the back of the in-flight queue). */
  readonly transmit: (segment: SimSegment) => void;
  readonly log: () => StepLog;
  readonly twoMslMs: number;
};

/** A segment kept for retransmission: as sent (32-bit), and where it starts for this host. */
type Unacked = { readonly segment: SimSegment; readonly seq: number; readonly firstSentAt: number };

export class Host {
  state: TcpState = 'CLOSED';
  /** MUST-11 (§3.5): whether SYN-RECEIVED was reached from LISTEN, and so a listener exists. */
  passive = false;
  iss = 0;
  irs = 0;
  sndUna = 0;
  sndNxt = 0;
  rcvNxt = 0;
  /** Sequence number of our FIN once it is sent. */
  finSeq: number | null = null;
  /** Data a SEND queued until ESTABLISHED (§3.10.2), and a CLOSE queued behind it (§3.10.4). */
  queuedData = 0;
  closeQueued = false;
  /** Segments that occupy sequence space and are not yet acknowledged, oldest first. */
  retransmissionQueue: Unacked[] = [];
  rto = INITIAL_RTO_MS;
  retransmitAt: number | null = null;
  userTimeoutAt: number | null = null;
  timeWaitAt: number | null = null;
  private isnUsed = false;
  private highestSndNxt = 0;

  constructor(
    readonly name: HostName,
    private readonly firstIsn: number,
    private readonly ctx: HostContext,
  ) {}

  get now(): number {
    return this.ctx.now();
  }

  /** Take model row `id`: record it and enter its `to` state. */
  take(id: string): void {
    const row = ROWS.get(id);
    if (row === undefined) throw new Error(`simulator: no model row ${id}`);
    if (row.from !== 'any' && row.from !== this.state) {
      throw new Error(
        `simulator: row ${id} starts in ${row.from}, host ${this.name} is ${this.state}`,
      );
    }
    this.ctx.log().rows.push(id);
    this.ctx.log().taken.push({ host: this.name, id });
    if (row.to !== 'same') this.state = row.to;
  }

  event(text: string): void {
    this.ctx.log().events.push(text);
  }

  /**
   * The ISN: the configured one first; after that, like the §3.4.1 clock, it only grows: the
   * next multiple of 100 above every sequence number this host has used (Figure 8's 300, 400).
   */
  pickIsn(): number {
    const isn = this.nextIsn();
    this.isnUsed = true;
    return isn;
  }

  nextIsn(): number {
    return this.isnUsed ? (Math.floor(this.highestSndNxt / 100) + 1) * 100 : this.firstIsn;
  }

  /** Send a segment from this host; one that occupies sequence space is kept for retransmission. */
  send(flags: readonly Flag[], seq: number, ack: number | null, len = 0): SimSegment {
    const segment: SimSegment = {
      from: this.name,
      to: otherHost(this.name),
      flags: orderFlags(flags),
      seq: wrapSeq(seq),
      ack: ack === null ? null : wrapSeq(ack),
      len,
    };
    this.ctx.log().sent.push(segment);
    this.ctx.transmit(segment);
    if (seqLength(segment) > 0) {
      this.sndNxt = Math.max(this.sndNxt, seq + seqLength(segment));
      this.highestSndNxt = Math.max(this.highestSndNxt, this.sndNxt);
      this.retransmissionQueue.push({ segment, seq, firstSentAt: this.now });
      this.retransmitAt ??= this.now + this.rto;
      this.userTimeoutAt ??= this.now + USER_TIMEOUT_MS;
    }
    return segment;
  }

  /** <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>: the acknowledgment §3.10.7.4 sends everywhere. */
  sendAck(): void {
    this.send(['ACK'], this.sndNxt, this.rcvNxt);
  }

  /** Take a segment off the retransmission queue: a SYN,ACK that repeats our SYN replaces it. */
  unqueue(seq: number): void {
    this.retransmissionQueue = this.retransmissionQueue.filter((u) => u.seq !== seq);
  }

  /** SND.UNA advanced: drop what is now acknowledged, reset the backoff, rearm the timers. */
  acknowledge(ack: number): void {
    if (ack <= this.sndUna) return;
    this.sndUna = ack;
    const before = this.retransmissionQueue.length;
    this.retransmissionQueue = this.retransmissionQueue.filter(
      (u) => u.seq + seqLength(u.segment) > ack,
    );
    if (this.retransmissionQueue.length === before) return;
    this.rto = INITIAL_RTO_MS;
    const oldest = this.retransmissionQueue[0];
    this.retransmitAt = oldest === undefined ? null : this.now + this.rto;
    this.userTimeoutAt = oldest === undefined ? null : oldest.firstSentAt + USER_TIMEOUT_MS;
  }

  /**
   * An arriving segment with its numbers unwrapped against what this host expects: SEQ near
   * RCV.NXT once the peer's ISN is known, ACK near SND.NXT once ours is.
   */
  localView(segment: SimSegment): SimSegment {
    const synchronizing = this.state === 'CLOSED' || this.state === 'LISTEN';
    const knowsPeer = !synchronizing && this.state !== 'SYN-SENT';
    return {
      ...segment,
      seq: knowsPeer ? unwrapSeq(segment.seq, this.rcvNxt) : segment.seq,
      ack:
        segment.ack === null || synchronizing ? segment.ack : unwrapSeq(segment.ack, this.sndNxt),
    };
  }

  ourFinAcked(): boolean {
    return this.finSeq !== null && this.sndUna > this.finSeq;
  }

  startTimeWait(): void {
    this.stopRetransmission();
    this.timeWaitAt = this.now + this.ctx.twoMslMs;
  }

  stopRetransmission(): void {
    this.retransmissionQueue = [];
    this.retransmitAt = null;
    this.userTimeoutAt = null;
    this.rto = INITIAL_RTO_MS;
  }

  /** Back to LISTEN (F09, E06): the listener stays, the half-open connection is forgotten. */
  forgetConnection(): void {
    this.stopRetransmission();
    this.timeWaitAt = null;
    this.irs = this.rcvNxt = this.iss = this.sndUna = this.sndNxt = 0;
    this.finSeq = null;
    this.queuedData = 0;
    this.closeQueued = false;
  }

  /** After a move to CLOSED: no TCB at all. */
  deleteTcb(): void {
    this.forgetConnection();
    this.passive = false;
  }

  /** The earliest armed timer, or null. */
  nextDeadline(): number | null {
    const times = [this.timeWaitAt, this.userTimeoutAt, this.retransmitAt].filter(
      (t): t is number => t !== null,
    );
    return times.length === 0 ? null : Math.min(...times);
  }

  /** §3.10.8: fire the one timer that is due now (time-wait, then user, then retransmission). */
  fireTimer(): void {
    const now = this.now;
    if (this.timeWaitAt !== null && this.timeWaitAt <= now) {
      this.take('F20');
      this.deleteTcb();
    } else if (this.userTimeoutAt !== null && this.userTimeoutAt <= now) {
      this.event('connection aborted due to user timeout');
      this.take('E25');
      this.deleteTcb();
    } else if (this.retransmitAt !== null && this.retransmitAt <= now) {
      const oldest = this.retransmissionQueue[0];
      if (oldest === undefined) {
        this.retransmitAt = null;
        return;
      }
      this.take('S20');
      // "send the segment at the front of the retransmission queue again" (§3.10.8).
      this.ctx.log().sent.push(oldest.segment);
      this.ctx.transmit(oldest.segment);
      this.rto *= 2;
      this.retransmitAt = now + this.rto;
    }
  }
}
