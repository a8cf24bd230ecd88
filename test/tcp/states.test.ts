import { describe, expect, it } from 'vitest';
import {
  LINUX_NAMES,
  TCP_STATES,
  isTcpState,
  procCodeToState,
  toRfcState,
} from '../../src/tcp/states.js';

describe('TCP_STATES', () => {
  it('holds the 11 RFC 9293 states, spelled the RFC way', () => {
    expect(TCP_STATES).toEqual([
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
    ]);
    expect(isTcpState('SYN-RECEIVED')).toBe(true);
    expect(isTcpState('SYN_RECV')).toBe(false);
  });
});

describe('toRfcState', () => {
  // Spellings from netstat, ss, Figure 5, the kernel enum and people (reference tcp.md §2.1).
  const spellings: [string, string][] = [
    ['SYN_RECV', 'SYN-RECEIVED'],
    ['SYN-RECV', 'SYN-RECEIVED'],
    ['SYN RCVD', 'SYN-RECEIVED'],
    ['SYN-RECEIVED', 'SYN-RECEIVED'],
    ['NEW_SYN_RECV', 'SYN-RECEIVED'],
    ['TCP_NEW_SYN_RECV', 'SYN-RECEIVED'],
    ['ESTAB', 'ESTABLISHED'],
    ['ESTABLISHED', 'ESTABLISHED'],
    ['TCP_ESTABLISHED', 'ESTABLISHED'],
    ['established', 'ESTABLISHED'],
    ['SYN_SENT', 'SYN-SENT'],
    ['SYN SENT', 'SYN-SENT'],
    ['FIN_WAIT1', 'FIN-WAIT-1'],
    ['FIN-WAIT1', 'FIN-WAIT-1'],
    ['FIN WAIT-1', 'FIN-WAIT-1'],
    ['fin-wait-1', 'FIN-WAIT-1'],
    ['FIN_WAIT2', 'FIN-WAIT-2'],
    ['FINWAIT-2', 'FIN-WAIT-2'],
    ['TIME_WAIT', 'TIME-WAIT'],
    ['time-wait', 'TIME-WAIT'],
    ['CLOSE_WAIT', 'CLOSE-WAIT'],
    ['CLOSE WAIT', 'CLOSE-WAIT'],
    ['LAST_ACK', 'LAST-ACK'],
    ['UNCONN', 'CLOSED'],
    ['CLOSE', 'CLOSED'],
    ['TCP_CLOSE', 'CLOSED'],
    ['closed', 'CLOSED'],
    ['LISTEN', 'LISTEN'],
    ['listening', 'LISTEN'],
    ['CLOSING', 'CLOSING'],
    [' TIME_WAIT ', 'TIME-WAIT'],
  ];
  it.each(spellings)('%s → %s', (name, rfc) => {
    expect(toRfcState(name)).toBe(rfc);
  });

  it('maps the /proc/net/tcp hex codes too', () => {
    expect(toRfcState('06')).toBe('TIME-WAIT');
    expect(toRfcState('0A')).toBe('LISTEN');
    expect(toRfcState('0c')).toBe('SYN-RECEIVED');
  });

  it('maps every name in the Linux name table back to its state', () => {
    for (const state of TCP_STATES) {
      const names = LINUX_NAMES[state];
      for (const name of [names.figure5, names.netstat, names.ss, names.proc]) {
        expect(toRfcState(name), name).toBe(state);
      }
    }
  });

  it('returns undefined for names that are not TCP states', () => {
    for (const name of [
      '',
      'OPEN',
      'SYN',
      'UNKNOWN',
      'BOUND-INACTIVE',
      '0D',
      '00',
      'ZZ',
      'TIME-WAITING',
    ]) {
      expect(toRfcState(name), name).toBeUndefined();
    }
  });
});

describe('procCodeToState', () => {
  // include/net/tcp_states.h: TCP_ESTABLISHED = 1 … TCP_CLOSING = 11, TCP_NEW_SYN_RECV = 12.
  const codes: [string, string][] = [
    ['01', 'ESTABLISHED'],
    ['02', 'SYN-SENT'],
    ['03', 'SYN-RECEIVED'],
    ['04', 'FIN-WAIT-1'],
    ['05', 'FIN-WAIT-2'],
    ['06', 'TIME-WAIT'],
    ['07', 'CLOSED'],
    ['08', 'CLOSE-WAIT'],
    ['09', 'LAST-ACK'],
    ['0A', 'LISTEN'],
    ['0B', 'CLOSING'],
    ['0C', 'SYN-RECEIVED'],
  ];
  it.each(codes)('%s → %s', (code, rfc) => {
    expect(procCodeToState(code)).toBe(rfc);
    expect(procCodeToState(code.toLowerCase())).toBe(rfc);
  });

  it('accepts a code without its leading zero', () => {
    expect(procCodeToState('A')).toBe('LISTEN');
    expect(procCodeToState('6')).toBe('TIME-WAIT');
  });

  it('returns undefined outside 01..0C', () => {
    for (const code of ['00', '0D', '0E', 'FF', 'G1', '', '123'])
      expect(procCodeToState(code), code).toBeUndefined();
  });
});
