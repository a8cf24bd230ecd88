// Two RFC 9293 endpoints, A and B, joined by a network the user drives: a FIFO of segments in
// flight. Deterministic: a host acknowledges at once, actions take no time, and only `wait`
// moves the virtual clock, firing the timers that fall due in time order.
import type { TcpState } from '../states.js';
import { arrive } from './arrive.js';
import { DEFAULT_MSL_S, Host } from './host.js';
import type { StepLog, Taken } from './host.js';
import type { Flag, HostName, SimSegment } from './segment.js';
import { orderFlags, otherHost, wrapSeq } from './segment.js';
import { userCall } from './user-calls.js';
import type { UserCall } from './user-calls.js';

/** A segment written in a script (`to B: RST seq=101`); unset numbers are filled in on delivery. */
export type Crafted = {
  readonly to: HostName;
  readonly flags: readonly Flag[];
  readonly seq?: number;
  readonly ack?: number;
  readonly len: number;
};

export type SimAction =
  | {
      readonly kind: 'call';
      readonly host: HostName;
      readonly call: UserCall;
      readonly bytes: number;
    }
  | { readonly kind: 'deliver' | 'drop' | 'dup' | 'delay' }
  | { readonly kind: 'wait'; readonly ms: number }
  | { readonly kind: 'inject'; readonly segment: Crafted };

export type SimConfig = {
  readonly isn: Readonly<Record<HostName, number>>;
  readonly mslSeconds: number;
};

export const DEFAULT_CONFIG: SimConfig = { isn: { A: 100, B: 300 }, mslSeconds: DEFAULT_MSL_S };

export type SimStep = {
  /** 1-based line of the script, and the action as written there. */
  readonly line: number;
  readonly do: string;
  readonly states: Readonly<Record<HostName, TcpState>>;
  readonly sent: readonly SimSegment[];
  readonly delivered: SimSegment | null;
  /** The queue after the step, oldest first. */
  readonly inFlight: readonly SimSegment[];
  /** Model row ids taken, in order; `taken` says by which host. */
  readonly rows: readonly string[];
  readonly taken: readonly Taken[];
  readonly events: readonly string[];
  /** For the diagram: the clock after the step (ms), and what the network did. */
  readonly time: number;
  readonly dropped: SimSegment | null;
  readonly delayed: SimSegment | null;
};

export const NOTHING_IN_FLIGHT = 'nothing in flight';

export class Simulator {
  private clock = 0;
  private network: SimSegment[] = [];
  private log: StepLog = { sent: [], rows: [], taken: [], events: [] };
  private readonly hosts: Readonly<Record<HostName, Host>>;

  constructor(config: SimConfig = DEFAULT_CONFIG) {
    const ctx = {
      now: () => this.clock,
      transmit: (segment: SimSegment) => {
        this.network.push(segment);
      },
      log: () => this.log,
      twoMslMs: Math.round(config.mslSeconds * 2000),
    };
    this.hosts = { A: new Host('A', config.isn.A, ctx), B: new Host('B', config.isn.B, ctx) };
  }

  get states(): Record<HostName, TcpState> {
    return { A: this.hosts.A.state, B: this.hosts.B.state };
  }

  get inFlight(): readonly SimSegment[] {
    return [...this.network];
  }

  get time(): number {
    return this.clock;
  }

  /** When the next timer of either host falls due (ms on the clock), or null if none runs. */
  nextDeadline(): number | null {
    const due = [this.hosts.A.nextDeadline(), this.hosts.B.nextDeadline()].filter(
      (at): at is number => at !== null,
    );
    return due.length === 0 ? null : Math.min(...due);
  }

  /**
   * Where a host's sequence numbers start for a diagram: SND.NXT on an open connection, else
   * the ISN it would pick next.
   */
  sequenceBase(name: HostName): number {
    const host = this.hosts[name];
    return host.state === 'CLOSED' || host.state === 'LISTEN' ? host.nextIsn() : host.sndNxt;
  }

  apply(action: SimAction, line: number, text: string): SimStep {
    this.log = { sent: [], rows: [], taken: [], events: [] };
    let delivered: SimSegment | null = null;
    let dropped: SimSegment | null = null;
    let delayed: SimSegment | null = null;
    const oldest = this.network[0];
    switch (action.kind) {
      case 'call':
        userCall(this.hosts[action.host], action.call, action.bytes);
        break;
      case 'deliver':
      case 'dup':
        if (oldest === undefined) {
          this.log.events.push(NOTHING_IN_FLIGHT);
          break;
        }
        // dup: the copy stays at the front, ahead of anything the delivery makes.
        if (action.kind === 'deliver') this.network.shift();
        delivered = oldest;
        arrive(this.hosts[oldest.to], oldest);
        break;
      case 'drop':
        if (oldest === undefined) this.log.events.push(NOTHING_IN_FLIGHT);
        else dropped = this.network.shift() ?? null;
        break;
      case 'delay':
        if (oldest === undefined) this.log.events.push(NOTHING_IN_FLIGHT);
        else {
          delayed = oldest;
          this.network.push(...this.network.splice(0, 1));
        }
        break;
      case 'wait':
        this.wait(action.ms);
        break;
      case 'inject':
        delivered = this.craft(action.segment);
        arrive(this.hosts[delivered.to], delivered);
        break;
    }
    return {
      line,
      do: text,
      states: this.states,
      sent: this.log.sent,
      delivered,
      inFlight: this.inFlight,
      rows: this.log.rows,
      taken: this.log.taken,
      events: this.log.events,
      time: this.clock,
      dropped,
      delayed,
    };
  }

  /** Advance the clock; each due timer fires at its own time, earliest first, A before B on a tie. */
  private wait(ms: number): void {
    const end = this.clock + ms;
    for (;;) {
      let next: { host: Host; at: number } | undefined;
      for (const host of [this.hosts.A, this.hosts.B]) {
        const at = host.nextDeadline();
        if (at !== null && at <= end && (next === undefined || at < next.at)) next = { host, at };
      }
      if (next === undefined) break;
      this.clock = Math.max(this.clock, next.at);
      next.host.fireTimer();
    }
    this.clock = end;
  }

  /** A crafted segment comes from the other host; by default it is one the receiver expects. */
  private craft(c: Crafted): SimSegment {
    const receiver = this.hosts[c.to];
    const flags = orderFlags(c.flags);
    return {
      from: otherHost(c.to),
      to: c.to,
      flags,
      seq: c.seq ?? wrapSeq(receiver.rcvNxt),
      ack: flags.includes('ACK') ? (c.ack ?? wrapSeq(receiver.sndNxt)) : null,
      len: c.len,
    };
  }
}

export type SimTrace = {
  readonly steps: readonly SimStep[];
  /** Every model row id the run took, each once, sorted. */
  readonly visited: readonly string[];
};

export type ScriptLine = {
  readonly line: number;
  readonly text: string;
  readonly action: SimAction;
};

export function simulate(
  actions: readonly ScriptLine[],
  config: SimConfig = DEFAULT_CONFIG,
): SimTrace {
  const sim = new Simulator(config);
  const steps = actions.map((a) => sim.apply(a.action, a.line, a.text));
  return { steps, visited: visitedRows(steps) };
}

export function visitedRows(steps: readonly SimStep[]): string[] {
  return [...new Set(steps.flatMap((s) => s.rows))].sort();
}
