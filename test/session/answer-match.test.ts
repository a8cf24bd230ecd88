import { describe, expect, it } from 'vitest';
import { matchAnswer } from '../../src/session/answer-match.js';
import { parseDuration } from '../../src/text/duration.js';

const same = (accept: string, ...forms: string[]) => {
  for (const form of forms) expect([form, matchAnswer(form, [accept])]).toEqual([form, 'right']);
};
const wrong = (accept: string, ...forms: string[]) => {
  for (const form of forms) expect([form, matchAnswer(form, [accept])]).toEqual([form, 'wrong']);
};
const near = (accept: string, ...forms: string[]) => {
  for (const form of forms) expect([form, matchAnswer(form, [accept])]).toEqual([form, 'near']);
};

describe('durations', () => {
  it('accepts every unit spelling for 60 seconds, in English and Chinese', () => {
    same(
      '60 s',
      '60 s',
      '60s',
      '60 sec',
      '60 secs',
      '60 second',
      '60 seconds',
      '60 Seconds',
      '1 min',
      '1min',
      '1 mins',
      '1 minute',
      'one minute',
      'a minute',
      '1 m',
      '60秒',
      '60 秒',
      '60秒钟',
      '六十秒',
      '1分钟',
      '1 分钟',
      '一分钟',
      '60000 ms',
      '0.5 min 30 s',
    );
  });

  it('adds up compound durations and converts larger units', () => {
    same(
      '2 h 11 min 15 s',
      '7875 s',
      '2h11m15s',
      '2 hours, 11 minutes and 15 seconds',
      '2小时11分15秒',
    );
    same('15 min', '900 s', '0.25 h', '十五分钟', '15分钟');
    same('4 minutes', '240 s', '240秒', '四分钟');
    same('200 ms', '0.2 s', '200毫秒', '200 msec');
    expect(parseDuration('2 min 11 s')).toBe(131);
    expect(parseDuration('两分钟')).toBe(120);
  });

  it('does not confuse different durations, or a bare number with a duration', () => {
    wrong('60 s', '70 s', '60 min', '6 s', '1 h', '60 ms', '600 s');
    wrong('60 s', '60');
    expect(parseDuration('60')).toBeUndefined();
    expect(parseDuration('FIN-WAIT-2')).toBeUndefined();
    expect(parseDuration('tcp_retries2')).toBeUndefined();
  });
});

describe('commands', () => {
  it('accepts short flags in any order, combined or separate', () => {
    same('ss -tan', 'ss -tan', 'ss -nat', 'ss -atn', 'ss -t -a -n', 'ss -n -ta', 'ss  -tan ');
    same(
      'ss -tan state time-wait',
      'ss -nat state time-wait',
      'ss -t -a -n state time-wait',
      'ss -ant state TIME-WAIT',
      '`ss -tan state time-wait`',
    );
    same('netstat -tan', 'netstat -ant', 'netstat -n -t -a');
    same(
      'lsof -nP -iTCP -sTCP:CLOSE_WAIT',
      'lsof -iTCP -nP -sTCP:CLOSE_WAIT',
      'lsof -P -n -iTCP -sTCP:CLOSE_WAIT',
    );
  });

  it('reads ss long options as their short letters', () => {
    same('ss -s', 'ss --summary');
    same('ss -tan', 'ss --tcp --all --numeric', 'ss -t --all -n');
    same('ss -tlnp', 'ss --tcp --listening --numeric --processes');
  });

  it("accepts the filter words ss treats alike, and ss's own quoting", () => {
    same('ss -tan state syn-recv', 'ss -tan state syn-rcv', 'ss -tan state SYN-RECV');
    same('ss -tan state closed', 'ss -tan state close', 'ss -tan state unconnected');
    same(
      "ss -tan '( dport = :443 )'",
      "ss -nat '( dport == :443 )'",
      'ss -tan "( dport eq :443 )"',
    );
    same("ss -tan state time-wait '( dport = :443 )'", 'ss -ant state time-wait ( dport = :443 )');
  });

  it('keeps flags that differ, words in order, and case where it matters', () => {
    wrong('ss -tan', 'ss -tn', 'ss -tanp', 'ss -ta', 'ss -uan', 'netstat -tan');
    wrong('ss -tan state time-wait', 'ss -tan state close-wait', 'ss -tan state time-wait dport');
    // tcpdump -nn is not -n; lsof -P is not -p.
    wrong('tcpdump -nn -i lo', 'tcpdump -n -i lo');
    same('tcpdump -nn -i lo', 'tcpdump -i lo -nn', 'tcpdump -n -n -i lo');
    wrong('lsof -nP -iTCP', 'lsof -np -iTCP');
  });

  it('calls `state time_wait` a near miss: it is the right idea, but ss rejects the spelling', () => {
    near('ss -tan state time-wait', 'ss -nat state time_wait', 'ss -tan state TIME_WAIT');
    near('lsof -nP -iTCP -sTCP:CLOSE_WAIT', 'lsof -nP -iTCP -sTCP:CLOSE-WAIT');
  });
});

describe('state names, as before', () => {
  it('ignores case, `_`, `-` and spaces', () => {
    same(
      'TIME-WAIT',
      'TIME_WAIT',
      'time-wait',
      'time wait',
      'timewait',
      'TIME WAIT',
      'ＴＩＭＥ＿ＷＡＩＴ',
    );
    same('FIN-WAIT-2', 'fin wait 2', 'finwait2', 'FIN_WAIT_2');
    wrong('FIN-WAIT-2', 'FIN-WAIT-1', 'FIN-WAIT', 'CLOSE-WAIT', '');
    same('终止等待1', '终止等待 1');
  });
});

describe('near misses', () => {
  it('one letter added, dropped, replaced or swapped in a word of five letters or more', () => {
    near('ESTABLISHED', 'ESTABLISHD', 'ESTABLISSHED', 'ESTABLISHEF', 'ESTBALISHED', 'establishd');
    near('SYN-RECEIVED', 'SYN-RECIEVED', 'SYN-RECEVED');
    near('LISTEN', 'LISTNE', 'LISTENS');
    near('Connection reset by peer', 'Conection reset by peer');
    near('TcpExtTCPAbortOnClose', 'TcpExtTCPAbortOnClos');
  });

  it('is not near when the word is short, a digit differs, or more than one slip', () => {
    wrong('ACK', 'ACX');
    wrong('LAST', 'LOST');
    near('ESTAB', 'ESTAR');
    wrong('FIN-WAIT-1', 'FIN-WAIT-2');
    wrong('tcp_retries2', 'tcp_retries3');
    wrong('1001', '1002');
    wrong('ESTABLISHED', 'ESTABLSHD', 'ESTABLISHED NOW');
    wrong('LAST-ACK', 'LAST-ACT');
    wrong('同时关闭', '同时打开');
  });

  it('reads a hyphenated state name as one word: one slip in a part of four letters or more', () => {
    near('SYN-SENT', 'SYN-SNT', 'syn-snt', 'SYN_SNT', 'synsnt', 'syn snt', 'SYN-SENTT');
    near('TIME-WAIT', 'TIME-WAT', 'TIEM-WAIT', 'TIME-WIAT');
    near('FIN-WAIT-1', 'FIN-WAT-1', 'FIN-WIAT-1');
    near('CLOSE-WAIT', 'CLOSE-WAT', 'CLSE-WAIT');
    near('SYN-RECEIVED', 'SYN-RECIEVED');
    // The short words of a name stay exact, and so does a digit.
    wrong('SYN-SENT', 'SIN-SENT', 'SN-SENT', 'SYNN-SENT', 'SYN-SNTT');
    wrong('LAST-ACK', 'LAST-ACT', 'LAST-AK', 'LAST-ACKK');
    wrong('FIN-WAIT-1', 'FIN-WAIT-2', 'FN-WAIT-1');
    wrong('ACK', 'ACK?', 'ACKK', 'AK');
    // Two slips are not almost.
    wrong('SYN-SENT', 'SYN-ST', 'SYM-SNT');
  });

  it('prefers right over near when any accepted answer matches', () => {
    expect(matchAnswer('CLOSE', ['CLOSED', 'CLOSE'])).toBe('right');
    expect(matchAnswer('CLOSE', ['CLOSED'])).toBe('near');
  });
});
