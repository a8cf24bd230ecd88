// Sequence-diagram scenarios: two endpoints, one row per segment (or per timer), and the state each
// side enters on that row. They are written as sim scripts in content/model/scenarios/ and drawn by
// the simulator at build time (src/tcp/compile-scenario.ts), so no segment is written by hand.
// Sequence numbers are symbolic (x/y = initial sequence numbers, u/v = the next sequence number of
// the active/passive closer) with the RFC 9293 arithmetic the simulator follows.
import compiled from 'virtual:scenarios';
import type { Lang } from '../content/types.js';
import type { TcpState } from './states.js';

export type LocalText = { readonly en: string; readonly zh: string };
export type Side = 'client' | 'server';

export type Segment = {
  /** Control bits as written in captures: 'SYN', 'SYN,ACK', 'FIN,ACK', 'RST,ACK', … */
  readonly flags: string;
  readonly seq: string;
  readonly ack?: string;
  /** Bytes of data, when it carries some. */
  readonly len?: number;
};

export type Step = {
  /** The segment on this row; absent when the row is a timer or the arrival of earlier segments. */
  readonly send?: {
    readonly from: Side;
    readonly segment: Segment;
    /** Dropped on the way: drawn with an X, and the receiver does not change state. */
    readonly lost?: boolean;
  };
  /**
   * State the client (left) / server (right) is in after this row, given only when something happens
   * to that side here: a state change, or a rule that keeps the state (S18: TIME-WAIT re-ACKs a FIN).
   */
  readonly client?: TcpState;
  readonly server?: TcpState;
  /** Transition-table ids (transitions.ts) that explain each side's state on this row. */
  readonly rows?: { readonly client?: string; readonly server?: string };
  /** What triggers the row, shown above it. */
  readonly note?: LocalText;
};

export type Scenario = {
  readonly id: string;
  readonly title: LocalText;
  readonly source: string;
  readonly sides: { readonly client: LocalText; readonly server: LocalText };
  readonly start: { readonly client: TcpState; readonly server: TcpState };
  readonly steps: readonly Step[];
  /** The point of the scenario, printed under the diagram. */
  readonly summary: LocalText;
  /** The parts a drill may hide (default: every part that shows something). */
  readonly blanks?: readonly Blank[];
};

/** A whole segment label, one field of it (flags, seq, ack), or the state a side is in. */
export type BlankPart = 'segment' | 'flags' | 'seq' | 'ack' | 'clientState' | 'serverState';

/** The parts that hide one field of a label. */
export function isField(part: BlankPart): part is 'flags' | 'seq' | 'ack' {
  return part === 'flags' || part === 'seq' || part === 'ack';
}

/** The parts that hide something on the arrow, rather than a state. */
export function onArrow(part: BlankPart): boolean {
  return part === 'segment' || isField(part);
}
/** `step` is 1-based, as printed in the diagram. */
export type Blank = { readonly step: number; readonly part: BlankPart };

/** The fields of a label, each as drawn: `SYN,ACK`, `seq=y`, `ack=x+1`, `len=100`. */
export function labelFields(segment: Segment): { part: BlankPart | 'len'; text: string }[] {
  return [
    { part: 'flags', text: segment.flags },
    { part: 'seq', text: `seq=${segment.seq}` },
    ...(segment.ack === undefined ? [] : [{ part: 'ack' as const, text: `ack=${segment.ack}` }]),
    ...(segment.len ? [{ part: 'len' as const, text: `len=${segment.len}` }] : []),
  ];
}

/** `SYN,ACK seq=y ack=x+1`: the label drawn on the arrow. */
export function segmentLabel(segment: Segment): string {
  return labelFields(segment)
    .map((f) => f.text)
    .join(' ');
}

/** The scenarios of content/model/scenarios/, drawn by the simulator at build time. */
export const SCENARIOS: readonly Scenario[] = compiled as readonly Scenario[];

/** What a blank hides: the arrow's label or the state entered; undefined if that part is empty. */
export function blankAnswer(scenario: Scenario, blank: Blank): string | undefined {
  const step = scenario.steps[blank.step - 1];
  if (step === undefined) return undefined;
  if (blank.part === 'segment') return step.send && segmentLabel(step.send.segment);
  if (onArrow(blank.part))
    return step.send && labelFields(step.send.segment).find((f) => f.part === blank.part)?.text;
  return blank.part === 'clientState' ? step.client : step.server;
}

/** The parts a drill hides: those the scenario lists, else every part that shows something. */
export function blankableParts(scenario: Scenario): Blank[] {
  if (scenario.blanks !== undefined) return [...scenario.blanks];
  const parts: BlankPart[] = ['clientState', 'segment', 'serverState'];
  return scenario.steps.flatMap((_, i) =>
    parts
      .map((part) => ({ step: i + 1, part }))
      .filter((blank) => blankAnswer(scenario, blank) !== undefined),
  );
}

export function sideName(scenario: Scenario, side: Side, lang: Lang): string {
  return scenario.sides[side][lang];
}
