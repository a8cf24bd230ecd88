import { describe, expect, it } from 'vitest';
import { TCP_STATES } from '../../src/tcp/states.js';
import {
  SAME_STATE_RULES,
  STATE_CHANGES,
  TRANSITIONS,
  rowsFrom,
  validateTransitions,
} from '../../src/tcp/transitions.js';
import type { LooseRow } from '../../src/tcp/validate-transitions.js';
import { RFC_ROWS, RFC_STATE_CHANGES } from './rfc-table.js';

const byId = new Map(TRANSITIONS.map((row) => [row.id, row]));

describe('the transition table against the RFC 9293 table (tcp.md §1.3)', () => {
  it('has exactly the rows of the reference, in the same order', () => {
    expect(TRANSITIONS.map((row) => row.id)).toEqual(RFC_ROWS.map((row) => row.id));
  });

  it.each(RFC_ROWS)('$id: $from --$event--> $to (§$section)', (expected) => {
    const row = byId.get(expected.id);
    expect(row).toBeDefined();
    expect(row?.from).toBe(expected.from);
    expect(row?.event).toBe(expected.event);
    expect(row?.to).toBe(expected.to);
    expect(row?.source).toMatch(/^RFC 9293 §/);
    expect(row?.source).toContain(`§${expected.section}`);
  });

  it('has 46 state changes: 20 Figure 5 arcs, 1 note, 25 from §3.10', () => {
    expect(STATE_CHANGES).toHaveLength(46);
    expect(STATE_CHANGES.map((row) => row.id)).toEqual(RFC_STATE_CHANGES.map((row) => row.id));
    const kinds = STATE_CHANGES.map((row) => row.kind);
    expect(kinds.filter((k) => k === 'figure')).toHaveLength(20);
    expect(kinds.filter((k) => k === 'note')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'event')).toHaveLength(25);
  });

  it('has 20 same-state rules, none of which changes the state', () => {
    expect(SAME_STATE_RULES).toHaveLength(20);
    for (const row of SAME_STATE_RULES) expect([row.from, 'same']).toContain(row.to);
  });

  it('marks who triggers each event', () => {
    expect(byId.get('F01')?.eventKind).toBe('user');
    expect(byId.get('F04')?.eventKind).toBe('segment');
    expect(byId.get('F20')?.eventKind).toBe('timeout');
    expect(byId.get('E25')?.eventKind).toBe('timeout');
  });

  it('records what is sent where the RFC says so', () => {
    expect(byId.get('F04')?.send).toBe('SYN,ACK');
    expect(byId.get('F12')?.send).toBe('FIN');
    expect(byId.get('N01')?.send).toBe('ACK');
    // ABORT sends RST only from SYN-RECEIVED up to CLOSE-WAIT (§3.10.5).
    const abortSends = STATE_CHANGES.filter((r) => r.event === 'ABORT').map((r) => [
      r.from,
      r.send,
    ]);
    expect(abortSends).toEqual([
      ['LISTEN', '-'],
      ['SYN-SENT', '-'],
      ['SYN-RECEIVED', 'RST'],
      ['ESTABLISHED', 'RST'],
      ['FIN-WAIT-1', 'RST'],
      ['FIN-WAIT-2', 'RST'],
      ['CLOSE-WAIT', 'RST'],
      ['CLOSING', '-'],
      ['LAST-ACK', '-'],
      ['TIME-WAIT', '-'],
    ]);
  });

  it('has en and zh wording for every row', () => {
    for (const row of TRANSITIONS) {
      expect(row.en.event).not.toBe('');
      expect(row.zh.event).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('lists the rows that apply in a state, including the wildcard ones', () => {
    expect(rowsFrom('FIN-WAIT-1').map((r) => r.id)).toEqual([
      'F14',
      'F15',
      'N01',
      'E12',
      'E13',
      'E25',
      'S13',
      'S20',
    ]);
  });
});

describe('validateTransitions', () => {
  type Field = 'id' | 'kind' | 'from' | 'event' | 'eventKind' | 'send' | 'to' | 'source';
  // A copy of the table with one row's fields overwritten by plain strings, as data might have them.
  const replace = (id: string, patch: Partial<Record<Field, string>>): LooseRow[] =>
    TRANSITIONS.map((row) => (row.id === id ? { ...row, ...patch } : row));

  it('finds nothing wrong with the real table', () => {
    expect(validateTransitions(TRANSITIONS)).toEqual([]);
  });

  it('catches an unknown state name', () => {
    const problems = validateTransitions(replace('F04', { to: 'SYN-RCVD' }));
    expect(problems).toContainEqual({ id: 'F04', message: "unknown to-state 'SYN-RCVD'" });
    const from = validateTransitions(replace('F13', { from: 'ESTABLISH' }));
    expect(from).toContainEqual({ id: 'F13', message: "unknown from-state 'ESTABLISH'" });
  });

  it('catches a state that can no longer be reached from CLOSED', () => {
    // CLOSING is entered only by F15 (simultaneous close).
    const withoutF15 = TRANSITIONS.filter((row) => row.id !== 'F15');
    expect(validateTransitions(withoutF15)).toEqual([
      { id: 'CLOSING', message: 'not reachable from CLOSED' },
    ]);
  });

  it('catches a state with no way back to CLOSED without the wildcard user timeout', () => {
    const stuck = TRANSITIONS.filter((row) => !['F19', 'E20', 'E21'].includes(row.id));
    expect(validateTransitions(stuck)).toEqual([
      { id: 'LAST-ACK', message: 'no way back to CLOSED' },
    ]);
  });

  it('catches duplicate ids, self-loops in state changes and leaks in same-state rules', () => {
    const first = TRANSITIONS[0];
    if (first === undefined) throw new Error('empty table');
    expect(validateTransitions([...TRANSITIONS, first])).toContainEqual({
      id: 'F01',
      message: 'duplicate id',
    });
    expect(validateTransitions(replace('F12', { to: 'ESTABLISHED' }))).toContainEqual({
      id: 'F12',
      message: 'state-changing row goes from ESTABLISHED to itself',
    });
    expect(validateTransitions(replace('S18', { to: 'CLOSED' }))).toContainEqual({
      id: 'S18',
      message: 'same-state row goes from TIME-WAIT to CLOSED',
    });
  });

  it('catches a wrong event kind, a missing citation and a kind that contradicts the id', () => {
    expect(validateTransitions(replace('F13', { eventKind: 'user' }))).toContainEqual({
      id: 'F13',
      message: "event 'rcv FIN' should be of kind segment, not user",
    });
    expect(validateTransitions(replace('F13', { source: '§3.10.7.4' }))).toHaveLength(1);
    expect(validateTransitions(replace('E10', { kind: 'figure' }))).toHaveLength(1);
  });

  it('reports every state when the table is empty', () => {
    const problems = validateTransitions([]);
    expect(problems.filter((p) => p.message === 'not reachable from CLOSED')).toHaveLength(
      TCP_STATES.length - 1,
    );
  });
});
