// The RFC 9293 connection state machine as one table: every row of reference tcp.md §1.3.
// F = arc drawn in Figure 5 (§3.3.2), N = a Figure 5 note, E = a state change spelled out only in the
// §3.10 event processing, S = a §3.10 rule that keeps the state (drills use it as a trap).
// Drills, the `states` command and the diagrams all read this table; nothing else encodes the FSM.
import type { TcpState } from './states.js';

export type EventKind = 'user' | 'segment' | 'timeout';
export type RowKind = 'figure' | 'note' | 'event' | 'same-state';

/** Human wording of a row; `condition` is '' when the row has none. */
export type RowText = { readonly event: string; readonly condition: string };

export type Transition = {
  readonly id: string;
  readonly kind: RowKind;
  /** 'any' only for the timeouts that apply in every state with a TCB (E25, S20). */
  readonly from: TcpState | 'any';
  /** Stable machine form, as in the RFC table: 'OPEN(passive)', 'rcv SYN', 'timeout 2MSL', … */
  readonly event: string;
  readonly eventKind: EventKind;
  readonly condition: string;
  /** Segment sent, by its control bits; '-' when nothing is sent. */
  readonly send: string;
  /** 'same' only for S20, whose from is 'any'. */
  readonly to: TcpState | 'same';
  readonly source: string;
  readonly en: RowText;
  readonly zh: RowText;
  /** Where Linux visibly differs from the RFC row (tcp.md §2.13), so a drill never passes it off as RFC. */
  readonly linux?: { readonly en: string; readonly zh: string };
};

export type StateChange = Transition & {
  readonly kind: 'figure' | 'note' | 'event';
  readonly to: TcpState;
};

const FIG5 = 'RFC 9293 §3.3.2 Fig.5';

const ABORT_EN = { event: 'the application calls ABORT', condition: '' };
const ABORT_ZH = { event: '应用调用 ABORT（中止）', condition: '' };
const VALID_RST_EN = {
  event: 'an RST arrives',
  condition: 'it passes the sequence check (RFC 5961: SEG.SEQ = RCV.NXT)',
};
const VALID_RST_ZH = {
  event: '收到 RST',
  condition: '通过序号检查（RFC 5961：SEG.SEQ = RCV.NXT）',
};
const ABORT_RST_LINUX = {
  en: 'SO_LINGER {on, 0} then close(), or close() with unread data, sends the RST; the socket goes straight to CLOSED, no TIME-WAIT.',
  zh: '设置 SO_LINGER {on, 0} 后 close()，或带着未读数据 close()，都会发出 RST；套接字直接进入 CLOSED，没有 TIME-WAIT。',
};

// One row per line group, aligned like the reference table; prettier would explode it into ~900 lines.
// prettier-ignore
export const TRANSITIONS: readonly Transition[] = [
  // --- Figure 5 arcs (§3.3.2) ---
  {
    id: 'F01', kind: 'figure', from: 'CLOSED', event: 'OPEN(passive)', eventKind: 'user',
    condition: '', send: '-', to: 'LISTEN', source: `${FIG5}; §3.10.1`,
    en: { event: 'the application does a passive OPEN (listen())', condition: '' },
    zh: { event: '应用执行被动打开 OPEN（listen()）', condition: '' },
  },
  {
    id: 'F02', kind: 'figure', from: 'CLOSED', event: 'OPEN(active)', eventKind: 'user',
    condition: 'remote socket specified', send: 'SYN', to: 'SYN-SENT', source: `${FIG5}; §3.10.1`,
    en: { event: 'the application does an active OPEN (connect())', condition: 'the remote socket is given' },
    zh: { event: '应用执行主动打开 OPEN（connect()）', condition: '指定了远端套接字' },
    linux: {
      en: 'An unanswered SYN is retransmitted with backoff (tcp_syn_retries) and connect() gives up after about 131 s by default; RFC 9293 §3.8.3 asks for at least 3 minutes.',
      zh: '没有回应的 SYN 按退避间隔重传（tcp_syn_retries），默认约 131 秒后 connect() 放弃；RFC 9293 §3.8.3 要求至少 3 分钟。',
    },
  },
  {
    id: 'F03', kind: 'figure', from: 'LISTEN', event: 'CLOSE', eventKind: 'user',
    condition: '', send: '-', to: 'CLOSED', source: `${FIG5}; §3.10.4`,
    en: { event: 'the application calls CLOSE', condition: '' },
    zh: { event: '应用调用 CLOSE', condition: '' },
  },
  {
    id: 'F04', kind: 'figure', from: 'LISTEN', event: 'rcv SYN', eventKind: 'segment',
    condition: 'no ACK bit, security ok', send: 'SYN,ACK', to: 'SYN-RECEIVED', source: `${FIG5}; §3.10.7.2`,
    en: { event: 'a SYN arrives', condition: 'it has no ACK bit and passes the security check' },
    zh: { event: '收到 SYN', condition: '不带 ACK 位，且通过安全检查' },
    linux: {
      en: 'The listener itself stays in LISTEN; the half-open connection is a separate request socket, shown as SYN_RECV (/proc code 03).',
      zh: '监听套接字本身保持 LISTEN，半连接是另一个请求套接字，显示为 SYN_RECV（/proc 代码 03）。',
    },
  },
  {
    id: 'F05', kind: 'figure', from: 'LISTEN', event: 'SEND', eventKind: 'user',
    condition: 'remote socket specified (passive->active)', send: 'SYN', to: 'SYN-SENT', source: `${FIG5}; §3.10.2`,
    en: { event: 'the application calls SEND', condition: 'the remote socket is now given (passive turns active)' },
    zh: { event: '应用调用 SEND', condition: '此时指定了远端套接字（被动转为主动）' },
    linux: {
      en: 'The sockets API has no such call: connect() on a listening socket fails with EISCONN.',
      zh: '套接字 API 没有对应操作：对监听套接字 connect() 会以 EISCONN 失败。',
    },
  },
  {
    id: 'F06', kind: 'figure', from: 'SYN-SENT', event: 'CLOSE', eventKind: 'user',
    condition: '', send: '-', to: 'CLOSED', source: `${FIG5}; §3.10.4`,
    en: { event: 'the application calls CLOSE', condition: '' },
    zh: { event: '应用调用 CLOSE', condition: '' },
  },
  {
    id: 'F07', kind: 'figure', from: 'SYN-SENT', event: 'rcv SYN', eventKind: 'segment',
    condition: 'no ACK (simultaneous open)', send: 'SYN,ACK', to: 'SYN-RECEIVED',
    source: `${FIG5}; §3.10.7.3 step 4; Fig.7`,
    en: { event: 'a SYN arrives', condition: 'without ACK: the peer is opening too (simultaneous open)' },
    zh: { event: '收到 SYN', condition: '不带 ACK：对端也在主动打开（同时打开）' },
  },
  {
    id: 'F08', kind: 'figure', from: 'SYN-SENT', event: 'rcv SYN,ACK', eventKind: 'segment',
    condition: 'SND.UNA < SEG.ACK =< SND.NXT', send: 'ACK', to: 'ESTABLISHED',
    source: `${FIG5}; §3.10.7.3 step 4; Fig.6`,
    en: { event: 'a SYN,ACK arrives', condition: 'its ACK acknowledges our SYN (SND.UNA < SEG.ACK =< SND.NXT)' },
    zh: { event: '收到 SYN,ACK', condition: '其 ACK 确认了我方的 SYN（SND.UNA < SEG.ACK =< SND.NXT）' },
  },
  {
    id: 'F09', kind: 'figure', from: 'SYN-RECEIVED', event: 'rcv RST', eventKind: 'segment',
    condition: 'TCB came from LISTEN (passive OPEN) - Note 1', send: '-', to: 'LISTEN',
    source: `${FIG5} Note 1; §3.5.3; §3.10.7.4 step 2`,
    en: { event: 'an RST arrives', condition: 'this connection reached SYN-RECEIVED from LISTEN (passive OPEN)' },
    zh: { event: '收到 RST', condition: '本连接是从 LISTEN（被动打开）进入 SYN-RECEIVED 的' },
  },
  {
    id: 'F10', kind: 'figure', from: 'SYN-RECEIVED', event: 'rcv ACK of SYN', eventKind: 'segment',
    condition: 'SND.UNA < SEG.ACK =< SND.NXT', send: '-', to: 'ESTABLISHED', source: `${FIG5}; §3.10.7.4 step 5`,
    en: { event: 'the ACK of our SYN arrives', condition: 'SND.UNA < SEG.ACK =< SND.NXT' },
    zh: { event: '收到对我方 SYN 的 ACK', condition: 'SND.UNA < SEG.ACK =< SND.NXT' },
    linux: {
      en: 'A full accept queue (tcp_abort_on_overflow=0) or TCP_DEFER_ACCEPT makes Linux ignore a bare final ACK; the entry stays SYN-RECV until a later ACK or data arrives.',
      zh: 'accept 队列已满（tcp_abort_on_overflow=0）或设置了 TCP_DEFER_ACCEPT 时，Linux 会忽略单独的第三个 ACK；该条目停在 SYN-RECV，直到后续的 ACK 或数据到达。',
    },
  },
  {
    id: 'F11', kind: 'figure', from: 'SYN-RECEIVED', event: 'CLOSE', eventKind: 'user',
    condition: 'no SENDs issued, nothing pending', send: 'FIN', to: 'FIN-WAIT-1', source: `${FIG5}; §3.10.4`,
    en: { event: 'the application calls CLOSE', condition: 'no SENDs were issued and nothing is pending' },
    zh: { event: '应用调用 CLOSE', condition: '没有调用过 SEND，也没有待发数据' },
  },
  {
    id: 'F12', kind: 'figure', from: 'ESTABLISHED', event: 'CLOSE', eventKind: 'user',
    condition: 'after queued SENDs are segmentized', send: 'FIN', to: 'FIN-WAIT-1', source: `${FIG5}; §3.10.4`,
    en: { event: 'the application calls CLOSE', condition: 'even with data still queued: the FIN follows that data' },
    zh: { event: '应用调用 CLOSE', condition: '即使还有数据在排队：FIN 跟在这些数据之后发出' },
  },
  {
    id: 'F13', kind: 'figure', from: 'ESTABLISHED', event: 'rcv FIN', eventKind: 'segment',
    condition: '', send: 'ACK', to: 'CLOSE-WAIT', source: `${FIG5}; §3.10.7.4 step 8`,
    en: { event: 'a FIN arrives', condition: 'it is the next in-sequence segment (SEG.SEQ = RCV.NXT)' },
    zh: { event: '收到 FIN', condition: '它是按序到达的下一个报文段（SEG.SEQ = RCV.NXT）' },
  },
  {
    id: 'F14', kind: 'figure', from: 'FIN-WAIT-1', event: 'rcv ACK of FIN', eventKind: 'segment',
    condition: '', send: '-', to: 'FIN-WAIT-2', source: `${FIG5}; §3.10.7.4 step 5`,
    en: { event: 'the ACK of our FIN arrives', condition: '' },
    zh: { event: '收到对我方 FIN 的 ACK', condition: '' },
  },
  {
    id: 'F15', kind: 'figure', from: 'FIN-WAIT-1', event: 'rcv FIN', eventKind: 'segment',
    condition: 'our FIN not yet ACKed (simultaneous close)', send: 'ACK', to: 'CLOSING',
    source: `${FIG5}; §3.10.7.4 step 8; Fig.13`,
    en: { event: 'a FIN arrives in sequence', condition: 'our own FIN is not ACKed yet (simultaneous close)' },
    zh: { event: '按序收到 FIN', condition: '我方的 FIN 还没有被确认（同时关闭）' },
  },
  {
    id: 'F16', kind: 'figure', from: 'FIN-WAIT-2', event: 'rcv FIN', eventKind: 'segment',
    condition: '', send: 'ACK', to: 'TIME-WAIT', source: `${FIG5}; §3.10.7.4 step 8`,
    en: { event: 'a FIN arrives', condition: 'it is the next in-sequence segment (SEG.SEQ = RCV.NXT)' },
    zh: { event: '收到 FIN', condition: '它是按序到达的下一个报文段（SEG.SEQ = RCV.NXT）' },
    linux: {
      en: 'If the FIN never comes and the socket was close()d (orphaned), it is dropped after tcp_fin_timeout (60 s) without a segment; after shutdown(SHUT_WR) it waits forever.',
      zh: '如果 FIN 一直不来且套接字已被 close()（孤儿连接），它会在 tcp_fin_timeout（60 秒）后被静默丢弃；只做了 shutdown(SHUT_WR) 的则一直等待。',
    },
  },
  {
    id: 'F17', kind: 'figure', from: 'CLOSING', event: 'rcv ACK of FIN', eventKind: 'segment',
    condition: '', send: '-', to: 'TIME-WAIT', source: `${FIG5}; §3.10.7.4 step 5`,
    en: { event: 'the ACK of our FIN arrives', condition: '' },
    zh: { event: '收到对我方 FIN 的 ACK', condition: '' },
  },
  {
    id: 'F18', kind: 'figure', from: 'CLOSE-WAIT', event: 'CLOSE', eventKind: 'user',
    condition: 'after queued SENDs are segmentized', send: 'FIN', to: 'LAST-ACK', source: `${FIG5}; §3.10.4`,
    en: { event: 'the application calls CLOSE', condition: 'even with data still queued: the FIN follows that data' },
    zh: { event: '应用调用 CLOSE', condition: '即使还有数据在排队：FIN 跟在这些数据之后发出' },
    linux: {
      en: 'Linux enters LAST-ACK as soon as close() is called, even while data is still queued ahead of the FIN.',
      zh: '调用 close() 后 Linux 立即进入 LAST-ACK，即使 FIN 前面还有数据在排队。',
    },
  },
  {
    id: 'F19', kind: 'figure', from: 'LAST-ACK', event: 'rcv ACK of FIN', eventKind: 'segment',
    condition: '', send: '-', to: 'CLOSED', source: `${FIG5}; §3.10.7.4 step 5`,
    en: { event: 'the ACK of our FIN arrives', condition: '' },
    zh: { event: '收到对我方 FIN 的 ACK', condition: '' },
  },
  {
    id: 'F20', kind: 'figure', from: 'TIME-WAIT', event: 'timeout 2MSL', eventKind: 'timeout',
    condition: 'time-wait timer expires', send: '-', to: 'CLOSED', source: `${FIG5}; §3.10.8`,
    en: { event: 'the time-wait timer expires', condition: '2 MSL after TIME-WAIT was entered or last restarted' },
    zh: { event: 'TIME-WAIT 定时器到期', condition: '自进入 TIME-WAIT（或定时器上次重启）起已过 2MSL' },
    linux: {
      en: 'TIME-WAIT lasts a fixed 60 s (TCP_TIMEWAIT_LEN) that no sysctl changes; the RFC’s 2MSL is 4 minutes (MSL = 2 min, §3.4.2).',
      zh: 'TIME-WAIT 固定为 60 秒（TCP_TIMEWAIT_LEN），没有 sysctl 可以修改；RFC 的 2MSL 是 4 分钟（MSL = 2 分钟，§3.4.2）。',
    },
  },
  // --- Figure 5 Note 2 ---
  {
    id: 'N01', kind: 'note', from: 'FIN-WAIT-1', event: 'rcv FIN+ACK of FIN', eventKind: 'segment',
    condition: 'FIN and the ACK of our FIN arrive together', send: 'ACK', to: 'TIME-WAIT',
    source: `${FIG5} Note 2; §3.10.7.4 step 8`,
    en: { event: 'one segment brings a FIN and the ACK of our FIN', condition: 'the peer put its ACK on its FIN (delayed ACK)' },
    zh: { event: '一个报文段同时带来 FIN 和对我方 FIN 的 ACK', condition: '对端把 ACK 捎带在自己的 FIN 上（延迟确认）' },
  },
  // --- State changes only in the §3.10 event processing ---
  {
    id: 'E01', kind: 'event', from: 'LISTEN', event: 'OPEN(active)', eventKind: 'user',
    condition: 'remote socket specified', send: 'SYN', to: 'SYN-SENT', source: 'RFC 9293 §3.10.1',
    en: { event: 'the application does an active OPEN on this TCB', condition: 'the remote socket is given' },
    zh: { event: '应用对这个 TCB 执行主动打开 OPEN', condition: '指定了远端套接字' },
    linux: {
      en: 'The sockets API has no such call: connect() on a listening socket fails with EISCONN.',
      zh: '套接字 API 没有对应操作：对监听套接字 connect() 会以 EISCONN 失败。',
    },
  },
  {
    id: 'E02', kind: 'event', from: 'LISTEN', event: 'ABORT', eventKind: 'user',
    condition: '', send: '-', to: 'CLOSED', source: 'RFC 9293 §3.10.5',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E03', kind: 'event', from: 'SYN-SENT', event: 'ABORT', eventKind: 'user',
    condition: '', send: '-', to: 'CLOSED', source: 'RFC 9293 §3.10.5',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E04', kind: 'event', from: 'SYN-SENT', event: 'rcv RST', eventKind: 'segment',
    condition: 'ACK field acceptable (acknowledges our SYN)', send: '-', to: 'CLOSED',
    source: 'RFC 9293 §3.10.7.3 step 2; §3.5.3',
    en: { event: 'an RST arrives', condition: 'its ACK field acknowledges our SYN' },
    zh: { event: '收到 RST', condition: '其 ACK 字段确认了我方的 SYN' },
    linux: {
      en: 'This is a refused connection: connect() fails with ECONNREFUSED.',
      zh: '这就是连接被拒绝：connect() 以 ECONNREFUSED 失败。',
    },
  },
  {
    id: 'E05', kind: 'event', from: 'SYN-RECEIVED', event: 'rcv RST', eventKind: 'segment',
    condition: 'TCB came from SYN-SENT (active OPEN)', send: '-', to: 'CLOSED', source: 'RFC 9293 §3.10.7.4 step 2',
    en: { event: 'an RST arrives', condition: 'this connection reached SYN-RECEIVED from SYN-SENT (active OPEN)' },
    zh: { event: '收到 RST', condition: '本连接是从 SYN-SENT（主动打开）进入 SYN-RECEIVED 的' },
  },
  {
    id: 'E06', kind: 'event', from: 'SYN-RECEIVED', event: 'rcv SYN', eventKind: 'segment',
    condition: 'passive OPEN; a SYN that passes the sequence check (not a plain retransmission)', send: '-',
    to: 'LISTEN', source: 'RFC 9293 §3.10.7.4 step 4',
    en: { event: 'a SYN arrives', condition: 'the connection came from a passive OPEN and the SYN is in the window (not a plain retransmission)' },
    zh: { event: '收到 SYN', condition: '连接来自被动打开，且该 SYN 落在窗口内（不是简单的重传）' },
    linux: {
      en: 'Linux drops the half-open request socket (the listener stays in LISTEN) and also answers the SYN with a reset, <SEQ=0><ACK=SEG.SEQ+1><CTL=RST,ACK> (tcp_check_req).',
      zh: 'Linux 会丢弃这个半连接请求套接字（监听套接字仍是 LISTEN），并对该 SYN 回复复位报文 <SEQ=0><ACK=SEG.SEQ+1><CTL=RST,ACK>（tcp_check_req）。',
    },
  },
  {
    id: 'E07', kind: 'event', from: 'SYN-RECEIVED', event: 'rcv SYN,ACK', eventKind: 'segment',
    condition: 'simultaneous open: ACK acknowledges our SYN (duplicate SYN trimmed)', send: '-', to: 'ESTABLISHED',
    source: 'RFC 9293 §3.5 Fig.7; §3.10.7.4 step 5',
    en: { event: 'a SYN,ACK arrives', condition: 'simultaneous open: its ACK acknowledges our SYN' },
    zh: { event: '收到 SYN,ACK', condition: '同时打开：其 ACK 确认了我方的 SYN' },
    linux: {
      en: 'Linux also ACKs the SYN,ACK (seq=ISS+1, ack=IRS+1), so a capture of a simultaneous open shows six segments.',
      zh: 'Linux 还会对收到的 SYN,ACK 回一个 ACK（seq=ISS+1，ack=IRS+1），所以同时打开的抓包是六个报文段。',
    },
  },
  {
    id: 'E08', kind: 'event', from: 'SYN-RECEIVED', event: 'rcv FIN', eventKind: 'segment',
    condition: 'segment also carries acceptable ACK', send: 'ACK', to: 'CLOSE-WAIT',
    source: 'RFC 9293 §3.10.7.4 steps 5, 8',
    en: { event: 'a FIN arrives in sequence', condition: 'the same segment carries an acceptable ACK of our SYN' },
    zh: { event: '按序收到 FIN', condition: '同一报文段还带着对我方 SYN 的有效 ACK' },
  },
  {
    id: 'E09', kind: 'event', from: 'SYN-RECEIVED', event: 'ABORT', eventKind: 'user',
    condition: '', send: 'RST', to: 'CLOSED', source: 'RFC 9293 §3.10.5',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E10', kind: 'event', from: 'ESTABLISHED', event: 'rcv RST', eventKind: 'segment',
    condition: 'valid: SEG.SEQ = RCV.NXT (RFC 5961) or in window (legacy)', send: '-', to: 'CLOSED',
    source: 'RFC 9293 §3.10.7.4 step 2',
    en: VALID_RST_EN, zh: VALID_RST_ZH,
  },
  {
    id: 'E11', kind: 'event', from: 'ESTABLISHED', event: 'ABORT', eventKind: 'user',
    condition: '', send: 'RST', to: 'CLOSED', source: 'RFC 9293 §3.10.5',
    en: ABORT_EN, zh: ABORT_ZH, linux: ABORT_RST_LINUX,
  },
  {
    id: 'E12', kind: 'event', from: 'FIN-WAIT-1', event: 'rcv RST', eventKind: 'segment',
    condition: 'valid', send: '-', to: 'CLOSED', source: 'RFC 9293 §3.10.7.4 step 2',
    en: VALID_RST_EN, zh: VALID_RST_ZH,
  },
  {
    id: 'E13', kind: 'event', from: 'FIN-WAIT-1', event: 'ABORT', eventKind: 'user',
    condition: '', send: 'RST', to: 'CLOSED', source: 'RFC 9293 §3.10.5',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E14', kind: 'event', from: 'FIN-WAIT-2', event: 'rcv RST', eventKind: 'segment',
    condition: 'valid', send: '-', to: 'CLOSED', source: 'RFC 9293 §3.10.7.4 step 2',
    en: VALID_RST_EN, zh: VALID_RST_ZH,
  },
  {
    id: 'E15', kind: 'event', from: 'FIN-WAIT-2', event: 'ABORT', eventKind: 'user',
    condition: '', send: 'RST', to: 'CLOSED', source: 'RFC 9293 §3.10.5',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E16', kind: 'event', from: 'CLOSE-WAIT', event: 'rcv RST', eventKind: 'segment',
    condition: 'valid', send: '-', to: 'CLOSED', source: 'RFC 9293 §3.10.7.4 step 2',
    en: VALID_RST_EN, zh: VALID_RST_ZH,
  },
  {
    id: 'E17', kind: 'event', from: 'CLOSE-WAIT', event: 'ABORT', eventKind: 'user',
    condition: '', send: 'RST', to: 'CLOSED', source: 'RFC 9293 §3.10.5',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E18', kind: 'event', from: 'CLOSING', event: 'rcv RST', eventKind: 'segment',
    condition: 'valid', send: '-', to: 'CLOSED', source: 'RFC 9293 §3.10.7.4 step 2',
    en: VALID_RST_EN, zh: VALID_RST_ZH,
  },
  {
    id: 'E19', kind: 'event', from: 'CLOSING', event: 'ABORT', eventKind: 'user',
    condition: '', send: '-', to: 'CLOSED', source: "RFC 9293 §3.10.5 (respond 'ok', no RST)",
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E20', kind: 'event', from: 'LAST-ACK', event: 'rcv RST', eventKind: 'segment',
    condition: 'valid', send: '-', to: 'CLOSED', source: 'RFC 9293 §3.10.7.4 step 2',
    en: VALID_RST_EN, zh: VALID_RST_ZH,
  },
  {
    id: 'E21', kind: 'event', from: 'LAST-ACK', event: 'ABORT', eventKind: 'user',
    condition: '', send: '-', to: 'CLOSED', source: 'RFC 9293 §3.10.5 (no RST)',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E22', kind: 'event', from: 'TIME-WAIT', event: 'rcv RST', eventKind: 'segment',
    condition: "valid (RFC 1337 'TIME-WAIT assassination')", send: '-', to: 'CLOSED',
    source: 'RFC 9293 §3.10.7.4 step 2',
    en: { event: 'an RST arrives', condition: "it passes the sequence check; RFC 1337 calls this 'TIME-WAIT assassination'" },
    zh: { event: '收到 RST', condition: '通过序号检查；RFC 1337 称之为“TIME-WAIT 暗杀”' },
    linux: {
      en: 'Such an RST kills the TIME-WAIT socket unless net.ipv4.tcp_rfc1337=1 (default 0).',
      zh: '这样的 RST 会销毁 TIME-WAIT 套接字，除非 net.ipv4.tcp_rfc1337=1（默认 0）。',
    },
  },
  {
    id: 'E23', kind: 'event', from: 'TIME-WAIT', event: 'ABORT', eventKind: 'user',
    condition: '', send: '-', to: 'CLOSED', source: 'RFC 9293 §3.10.5 (no RST)',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E24', kind: 'event', from: 'TIME-WAIT', event: 'rcv SYN', eventKind: 'segment',
    condition: 'new incarnation (optional, MAY-2): SYN seq above old sequence space or newer timestamp (RFC 6191); needs a listener on that port',
    send: 'SYN,ACK', to: 'SYN-RECEIVED', source: 'RFC 9293 §3.6.1 MAY-2; §3.10.7.4 step 4',
    en: { event: 'a SYN arrives', condition: 'optional (MAY-2): it opens a new incarnation (higher sequence number or newer timestamp) and a listener owns the port; asked about this 4-tuple' },
    zh: { event: '收到 SYN', condition: '可选（MAY-2）：它开启新的连接实例（序号更大或时间戳更新），且该端口上有监听者；问的是这个四元组' },
    linux: {
      en: 'The SYN is accepted when its sequence number or timestamp is newer, and handed to the listener (tcp_timewait_state_process).',
      zh: 'SYN 的序号或时间戳更新时会被接受，并交给监听套接字（tcp_timewait_state_process）。',
    },
  },
  {
    id: 'E25', kind: 'event', from: 'any', event: 'timeout USER', eventKind: 'timeout',
    condition: 'user timeout expires', send: '-', to: 'CLOSED', source: 'RFC 9293 §3.10.8',
    en: { event: 'the user timeout expires', condition: 'sent data stayed unacknowledged that long; queues are flushed, the TCB deleted' },
    zh: { event: '用户超时（USER TIMEOUT）到期', condition: '已发送的数据这么久都没被确认；清空队列并删除 TCB' },
  },
  // --- Same-state rules (§3.10) ---
  {
    id: 'S01', kind: 'same-state', from: 'CLOSED', event: 'rcv segment (not RST)', eventKind: 'segment',
    condition: 'no TCB', send: 'RST', to: 'CLOSED', source: 'RFC 9293 §3.10.7.1',
    en: { event: 'a segment other than RST arrives', condition: 'there is no TCB; the reply is <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK> when the segment had no ACK' },
    zh: { event: '收到非 RST 的报文段', condition: '没有 TCB；若该报文段不带 ACK，则回复 <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>' },
  },
  {
    id: 'S02', kind: 'same-state', from: 'CLOSED', event: 'rcv RST', eventKind: 'segment',
    condition: '', send: '-', to: 'CLOSED', source: 'RFC 9293 §3.10.7.1',
    en: { event: 'an RST arrives', condition: 'it is discarded' },
    zh: { event: '收到 RST', condition: '直接丢弃' },
  },
  {
    id: 'S03', kind: 'same-state', from: 'LISTEN', event: 'rcv RST', eventKind: 'segment',
    condition: '', send: '-', to: 'LISTEN', source: 'RFC 9293 §3.10.7.2 step 1',
    en: { event: 'an RST arrives', condition: 'it is ignored' },
    zh: { event: '收到 RST', condition: '忽略' },
  },
  {
    id: 'S04', kind: 'same-state', from: 'LISTEN', event: 'rcv ACK', eventKind: 'segment',
    condition: 'any ACK-bearing segment', send: 'RST', to: 'LISTEN', source: 'RFC 9293 §3.10.7.2 step 2',
    en: { event: 'a segment with the ACK bit arrives', condition: 'nothing has been sent yet, so any ACK is bad' },
    zh: { event: '收到带 ACK 位的报文段', condition: '尚未发送过任何数据，任何 ACK 都不合法' },
  },
  {
    id: 'S05', kind: 'same-state', from: 'SYN-SENT', event: 'rcv segment w/ unacceptable ACK', eventKind: 'segment',
    condition: 'SEG.ACK =< ISS or SEG.ACK > SND.NXT, no RST', send: 'RST', to: 'SYN-SENT',
    source: 'RFC 9293 §3.10.7.3 step 1; Fig.8',
    en: { event: 'a segment with an unacceptable ACK arrives', condition: 'SEG.ACK =< ISS or SEG.ACK > SND.NXT, and it is not an RST' },
    zh: { event: '收到 ACK 不可接受的报文段', condition: 'SEG.ACK =< ISS 或 SEG.ACK > SND.NXT，且不是 RST' },
  },
  {
    id: 'S06', kind: 'same-state', from: 'SYN-SENT', event: 'rcv RST', eventKind: 'segment',
    condition: 'ACK not acceptable / absent', send: '-', to: 'SYN-SENT', source: 'RFC 9293 §3.10.7.3 step 2',
    en: { event: 'an RST arrives', condition: 'its ACK is missing or does not acknowledge our SYN' },
    zh: { event: '收到 RST', condition: '没有 ACK，或 ACK 没有确认我方的 SYN' },
  },
  {
    id: 'S07', kind: 'same-state', from: 'SYN-SENT', event: 'SEND', eventKind: 'user',
    condition: '', send: '-', to: 'SYN-SENT', source: 'RFC 9293 §3.10.2',
    en: { event: 'the application calls SEND', condition: 'the data is queued until ESTABLISHED' },
    zh: { event: '应用调用 SEND', condition: '数据排队，直到 ESTABLISHED 再发' },
  },
  {
    id: 'S08', kind: 'same-state', from: 'SYN-RECEIVED', event: 'rcv unacceptable ACK', eventKind: 'segment',
    condition: '', send: 'RST', to: 'SYN-RECEIVED', source: 'RFC 9293 §3.10.7.4 step 5',
    en: { event: 'an unacceptable ACK arrives', condition: '' },
    zh: { event: '收到不可接受的 ACK', condition: '' },
  },
  {
    id: 'S09', kind: 'same-state', from: 'ESTABLISHED', event: 'rcv RST in window, SEG.SEQ != RCV.NXT',
    eventKind: 'segment', condition: 'RFC 5961 stacks', send: 'ACK (challenge)', to: 'ESTABLISHED',
    source: 'RFC 9293 §3.10.7.4 step 2',
    en: { event: 'an in-window RST arrives whose SEG.SEQ is not RCV.NXT', condition: 'RFC 5961 stacks answer with a challenge ACK' },
    zh: { event: '收到窗口内但 SEG.SEQ 不等于 RCV.NXT 的 RST', condition: '实现 RFC 5961 的协议栈回复挑战 ACK' },
  },
  {
    id: 'S10', kind: 'same-state', from: 'ESTABLISHED', event: 'rcv SYN', eventKind: 'segment',
    condition: 'RFC 5961 stacks (any synchronized state)', send: 'ACK (challenge)', to: 'ESTABLISHED',
    source: 'RFC 9293 §3.10.7.4 step 4',
    en: { event: 'a SYN arrives', condition: 'RFC 5961 stacks answer with a challenge ACK (any synchronized state)' },
    zh: { event: '收到 SYN', condition: '实现 RFC 5961 的协议栈回复挑战 ACK（任何已同步状态）' },
  },
  {
    id: 'S11', kind: 'same-state', from: 'ESTABLISHED', event: 'rcv out-of-window segment', eventKind: 'segment',
    condition: 'not RST', send: 'ACK', to: 'ESTABLISHED', source: 'RFC 9293 §3.10.7.4 step 1; §3.5.2',
    en: { event: 'an out-of-window segment arrives', condition: 'it is not an RST' },
    zh: { event: '收到窗口外的报文段', condition: '不是 RST' },
  },
  {
    id: 'S12', kind: 'same-state', from: 'CLOSE-WAIT', event: 'SEND', eventKind: 'user',
    condition: 'half-closed: this direction still open', send: 'data', to: 'CLOSE-WAIT',
    source: 'RFC 9293 §3.10.2; §3.6.1',
    en: { event: 'the application calls SEND', condition: 'half-closed: this direction is still open' },
    zh: { event: '应用调用 SEND', condition: '半关闭：这个方向仍然打开' },
  },
  {
    id: 'S13', kind: 'same-state', from: 'FIN-WAIT-1', event: 'SEND', eventKind: 'user',
    condition: '', send: '-', to: 'FIN-WAIT-1', source: 'RFC 9293 §3.10.2',
    en: { event: 'the application calls SEND', condition: "error: 'connection closing'" },
    zh: { event: '应用调用 SEND', condition: '报错：“connection closing”' },
  },
  {
    id: 'S14', kind: 'same-state', from: 'FIN-WAIT-2', event: 'CLOSE', eventKind: 'user',
    condition: '', send: '-', to: 'FIN-WAIT-2', source: 'RFC 9293 §3.10.4',
    en: { event: 'the application calls CLOSE again', condition: 'never a second FIN' },
    zh: { event: '应用再次调用 CLOSE', condition: '不会发第二个 FIN' },
  },
  {
    id: 'S15', kind: 'same-state', from: 'CLOSE-WAIT', event: 'rcv FIN (retransmitted)', eventKind: 'segment',
    condition: 'our ACK of it was lost', send: 'ACK', to: 'CLOSE-WAIT', source: 'RFC 9293 §3.10.7.4 step 8',
    en: { event: 'the FIN arrives again (retransmitted)', condition: 'our ACK of it was lost' },
    zh: { event: '再次收到（重传的）FIN', condition: '我方对它的 ACK 丢了' },
  },
  {
    id: 'S16', kind: 'same-state', from: 'LAST-ACK', event: 'rcv FIN (retransmitted)', eventKind: 'segment',
    condition: 'our ACK of it was lost', send: 'ACK', to: 'LAST-ACK', source: 'RFC 9293 §3.10.7.4 step 8',
    en: { event: 'the FIN arrives again (retransmitted)', condition: 'our ACK of it was lost' },
    zh: { event: '再次收到（重传的）FIN', condition: '我方对它的 ACK 丢了' },
  },
  {
    id: 'S17', kind: 'same-state', from: 'CLOSING', event: 'rcv FIN (retransmitted)', eventKind: 'segment',
    condition: 'our ACK of it was lost', send: 'ACK', to: 'CLOSING', source: 'RFC 9293 §3.10.7.4 step 8',
    en: { event: 'the FIN arrives again (retransmitted)', condition: 'our ACK of it was lost' },
    zh: { event: '再次收到（重传的）FIN', condition: '我方对它的 ACK 丢了' },
  },
  {
    id: 'S18', kind: 'same-state', from: 'TIME-WAIT', event: 'rcv FIN (retransmitted)', eventKind: 'segment',
    condition: 'last ACK was lost', send: 'ACK', to: 'TIME-WAIT', source: 'RFC 9293 §3.10.7.4 steps 5, 8',
    en: { event: 'the FIN arrives again (retransmitted)', condition: 'the last ACK was lost; re-ACK and restart the 2MSL timer' },
    zh: { event: '再次收到（重传的）FIN', condition: '最后的 ACK 丢了；重新确认并重启 2MSL 定时器' },
    linux: {
      en: 'The fixed 60 s TIME-WAIT timer starts again (inet_twsk_reschedule).',
      zh: '固定 60 秒的 TIME-WAIT 定时器重新开始计时（inet_twsk_reschedule）。',
    },
  },
  {
    id: 'S19', kind: 'same-state', from: 'SYN-RECEIVED', event: 'rcv SYN (retransmitted, same ISN)',
    eventKind: 'segment', condition: 'out of window', send: 'ACK', to: 'SYN-RECEIVED',
    source: 'RFC 9293 §3.10.7.4 step 1',
    en: { event: 'the same SYN arrives again (retransmitted)', condition: 'it is outside the window' },
    zh: { event: '再次收到同一个 SYN（重传）', condition: '它在窗口之外' },
    linux: {
      en: 'A retransmitted SYN gets the SYN,ACK again (tcp_check_req), not a bare ACK.',
      zh: '重传的 SYN 会再次得到 SYN,ACK（tcp_check_req），而不是单纯的 ACK。',
    },
  },
  {
    id: 'S20', kind: 'same-state', from: 'any', event: 'timeout RETRANSMISSION', eventKind: 'timeout',
    condition: 'segment on retransmission queue', send: 'retransmit', to: 'same', source: 'RFC 9293 §3.10.8',
    en: { event: 'the retransmission timer expires', condition: 'a segment is on the retransmission queue' },
    zh: { event: '重传定时器到期', condition: '重传队列中有报文段' },
  },
];

export function isStateChange(row: Transition): row is StateChange {
  return row.kind !== 'same-state' && row.to !== 'same';
}

/** The 46 rows that change state (F01–F20, N01, E01–E25), in table order. */
export const STATE_CHANGES: readonly StateChange[] = TRANSITIONS.filter(isStateChange);

/** The 20 rules that keep the state (S01–S20). */
export const SAME_STATE_RULES: readonly Transition[] = TRANSITIONS.filter(
  (row) => !isStateChange(row),
);

/** Rows that apply in `state`, including the 'any' rows. */
export function rowsFrom(state: TcpState, rows: readonly Transition[] = TRANSITIONS): Transition[] {
  return rows.filter((row) => row.from === state || row.from === 'any');
}

// The checker lives next door (it takes loosely typed rows); exported here too so the table and its
// check are found together.
export { validateTransitions } from './validate-transitions.js';
