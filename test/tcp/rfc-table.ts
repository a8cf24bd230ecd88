// The RFC 9293 transition table written out again by hand from the reference (tcp.md §1.3), kept
// apart from src/tcp/transitions.ts on purpose: tests compare the model against this copy.
// Columns: id | from | event | segment sent (RFC; '-' for none) | to | one RFC 9293 section the
// row must cite.
const TABLE = `
F01 | CLOSED       | OPEN(passive)                        | -               | LISTEN       | 3.10.1
F02 | CLOSED       | OPEN(active)                         | SYN             | SYN-SENT     | 3.10.1
F03 | LISTEN       | CLOSE                                | -               | CLOSED       | 3.10.4
F04 | LISTEN       | rcv SYN                              | SYN,ACK         | SYN-RECEIVED | 3.10.7.2
F05 | LISTEN       | SEND                                 | SYN             | SYN-SENT     | 3.10.2
F06 | SYN-SENT     | CLOSE                                | -               | CLOSED       | 3.10.4
F07 | SYN-SENT     | rcv SYN                              | SYN,ACK         | SYN-RECEIVED | 3.10.7.3
F08 | SYN-SENT     | rcv SYN,ACK                          | ACK             | ESTABLISHED  | 3.10.7.3
F09 | SYN-RECEIVED | rcv RST                              | -               | LISTEN       | 3.5.3
F10 | SYN-RECEIVED | rcv ACK of SYN                       | -               | ESTABLISHED  | 3.10.7.4
F11 | SYN-RECEIVED | CLOSE                                | FIN             | FIN-WAIT-1   | 3.10.4
F12 | ESTABLISHED  | CLOSE                                | FIN             | FIN-WAIT-1   | 3.10.4
F13 | ESTABLISHED  | rcv FIN                              | ACK             | CLOSE-WAIT   | 3.10.7.4
F14 | FIN-WAIT-1   | rcv ACK of FIN                       | -               | FIN-WAIT-2   | 3.10.7.4
F15 | FIN-WAIT-1   | rcv FIN                              | ACK             | CLOSING      | 3.10.7.4
F16 | FIN-WAIT-2   | rcv FIN                              | ACK             | TIME-WAIT    | 3.10.7.4
F17 | CLOSING      | rcv ACK of FIN                       | -               | TIME-WAIT    | 3.10.7.4
F18 | CLOSE-WAIT   | CLOSE                                | FIN             | LAST-ACK     | 3.10.4
F19 | LAST-ACK     | rcv ACK of FIN                       | -               | CLOSED       | 3.10.7.4
F20 | TIME-WAIT    | timeout 2MSL                         | -               | CLOSED       | 3.10.8
N01 | FIN-WAIT-1   | rcv FIN+ACK of FIN                   | ACK             | TIME-WAIT    | 3.10.7.4
E01 | LISTEN       | OPEN(active)                         | SYN             | SYN-SENT     | 3.10.1
E02 | LISTEN       | ABORT                                | -               | CLOSED       | 3.10.5
E03 | SYN-SENT     | ABORT                                | -               | CLOSED       | 3.10.5
E04 | SYN-SENT     | rcv RST                              | -               | CLOSED       | 3.10.7.3
E05 | SYN-RECEIVED | rcv RST                              | -               | CLOSED       | 3.10.7.4
E06 | SYN-RECEIVED | rcv SYN                              | -               | LISTEN       | 3.10.7.4
E07 | SYN-RECEIVED | rcv SYN,ACK                          | -               | ESTABLISHED  | 3.10.7.4
E08 | SYN-RECEIVED | rcv FIN                              | ACK             | CLOSE-WAIT   | 3.10.7.4
E09 | SYN-RECEIVED | ABORT                                | RST             | CLOSED       | 3.10.5
E10 | ESTABLISHED  | rcv RST                              | -               | CLOSED       | 3.10.7.4
E11 | ESTABLISHED  | ABORT                                | RST             | CLOSED       | 3.10.5
E12 | FIN-WAIT-1   | rcv RST                              | -               | CLOSED       | 3.10.7.4
E13 | FIN-WAIT-1   | ABORT                                | RST             | CLOSED       | 3.10.5
E14 | FIN-WAIT-2   | rcv RST                              | -               | CLOSED       | 3.10.7.4
E15 | FIN-WAIT-2   | ABORT                                | RST             | CLOSED       | 3.10.5
E16 | CLOSE-WAIT   | rcv RST                              | -               | CLOSED       | 3.10.7.4
E17 | CLOSE-WAIT   | ABORT                                | RST             | CLOSED       | 3.10.5
E18 | CLOSING      | rcv RST                              | -               | CLOSED       | 3.10.7.4
E19 | CLOSING      | ABORT                                | -               | CLOSED       | 3.10.5
E20 | LAST-ACK     | rcv RST                              | -               | CLOSED       | 3.10.7.4
E21 | LAST-ACK     | ABORT                                | -               | CLOSED       | 3.10.5
E22 | TIME-WAIT    | rcv RST                              | -               | CLOSED       | 3.10.7.4
E23 | TIME-WAIT    | ABORT                                | -               | CLOSED       | 3.10.5
E24 | TIME-WAIT    | rcv SYN                              | SYN,ACK         | SYN-RECEIVED | 3.6.1
E25 | any          | timeout USER                         | -               | CLOSED       | 3.10.8
S01 | CLOSED       | rcv segment (not RST)                | RST             | CLOSED       | 3.10.7.1
S02 | CLOSED       | rcv RST                              | -               | CLOSED       | 3.10.7.1
S03 | LISTEN       | rcv RST                              | -               | LISTEN       | 3.10.7.2
S04 | LISTEN       | rcv ACK                              | RST             | LISTEN       | 3.10.7.2
S05 | SYN-SENT     | rcv segment w/ unacceptable ACK      | RST             | SYN-SENT     | 3.10.7.3
S06 | SYN-SENT     | rcv RST                              | -               | SYN-SENT     | 3.10.7.3
S07 | SYN-SENT     | SEND                                 | -               | SYN-SENT     | 3.10.2
S08 | SYN-RECEIVED | rcv unacceptable ACK                 | RST             | SYN-RECEIVED | 3.10.7.4
S09 | ESTABLISHED  | rcv RST in window, SEG.SEQ != RCV.NXT | ACK (challenge) | ESTABLISHED | 3.10.7.4
S10 | ESTABLISHED  | rcv SYN                              | ACK (challenge) | ESTABLISHED  | 3.10.7.4
S11 | ESTABLISHED  | rcv out-of-window segment            | ACK             | ESTABLISHED  | 3.10.7.4
S12 | CLOSE-WAIT   | SEND                                 | data            | CLOSE-WAIT   | 3.10.2
S13 | FIN-WAIT-1   | SEND                                 | -               | FIN-WAIT-1   | 3.10.2
S14 | FIN-WAIT-2   | CLOSE                                | -               | FIN-WAIT-2   | 3.10.4
S15 | CLOSE-WAIT   | rcv FIN (retransmitted)              | ACK             | CLOSE-WAIT   | 3.10.7.4
S16 | LAST-ACK     | rcv FIN (retransmitted)              | ACK             | LAST-ACK     | 3.10.7.4
S17 | CLOSING      | rcv FIN (retransmitted)              | ACK             | CLOSING      | 3.10.7.4
S18 | TIME-WAIT    | rcv FIN (retransmitted)              | ACK             | TIME-WAIT    | 3.10.7.4
S19 | SYN-RECEIVED | rcv SYN (retransmitted, same ISN)    | ACK             | SYN-RECEIVED | 3.10.7.4
S20 | any          | timeout RETRANSMISSION               | retransmit      | same         | 3.10.8
`;

export type RfcRow = {
  readonly id: string;
  readonly from: string;
  readonly event: string;
  readonly send: string;
  readonly to: string;
  readonly section: string;
};

export const RFC_ROWS: readonly RfcRow[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [id = '', from = '', event = '', send = '', to = '', section = ''] = line
      .split(' | ')
      .map((cell) => cell.trim());
    return { id, from, event, send, to, section };
  });

/** The 46 rows that change state: every row but the S rules. */
export const RFC_STATE_CHANGES: readonly RfcRow[] = RFC_ROWS.filter(
  (row) => !row.id.startsWith('S'),
);
