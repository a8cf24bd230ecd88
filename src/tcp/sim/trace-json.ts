// `tcp-drill sim --json`: the trace in the shape the issue fixes as a contract. Keys are
// listed one by one, so a field added to the simulator never leaks into the output.
import type { SimSegment } from './segment.js';
import type { SimTrace } from './simulator.js';

function segmentJson(s: SimSegment) {
  return { from: s.from, to: s.to, flags: [...s.flags], seq: s.seq, ack: s.ack, len: s.len };
}

export function traceJson(trace: SimTrace): string {
  const steps = trace.steps.map((step) => ({
    line: step.line,
    do: step.do,
    states: { A: step.states.A, B: step.states.B },
    sent: step.sent.map(segmentJson),
    delivered: step.delivered === null ? null : segmentJson(step.delivered),
    inFlight: step.inFlight.map(segmentJson),
    rows: [...step.rows],
    events: [...step.events],
  }));
  return JSON.stringify({ steps, visited: [...trace.visited] }) + '\n';
}
