// The words each row of the state machine is drilled with, in English and Chinese, and
// where Linux visibly differs from the RFC row (reference tcp.md §2.13), so a drill never
// passes Linux behaviour off as RFC. The rows themselves are the table in
// content/model/state-machine.md; the build checks that both have the same ids.

/** Human wording of a row; `condition` is '' when the row has none. */
export type RowText = { readonly event: string; readonly condition: string };

export type RowWords = {
  readonly id: string;
  readonly en: RowText;
  readonly zh: RowText;
  readonly linux?: { readonly en: string; readonly zh: string };
};

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

// prettier-ignore
export const ROW_WORDS: readonly RowWords[] = [
  // --- Figure 5 arcs (§3.3.2) ---
  {
    id: 'F01',
    en: { event: 'the application does a passive OPEN (listen())', condition: '' },
    zh: { event: '应用执行被动打开 OPEN（listen()）', condition: '' },
  },
  {
    id: 'F02',
    en: { event: 'the application does an active OPEN (connect())', condition: 'the remote socket is given' },
    zh: { event: '应用执行主动打开 OPEN（connect()）', condition: '指定了远端套接字' },
    linux: {
      en: 'An unanswered SYN is retransmitted with backoff (tcp_syn_retries) and connect() gives up after about 131 s by default; RFC 9293 §3.8.3 asks for at least 3 minutes.',
      zh: '没有回应的 SYN 按退避间隔重传（tcp_syn_retries），默认约 131 秒后 connect() 放弃；RFC 9293 §3.8.3 要求至少 3 分钟。',
    },
  },
  {
    id: 'F03',
    en: { event: 'the application calls CLOSE', condition: '' },
    zh: { event: '应用调用 CLOSE', condition: '' },
  },
  {
    id: 'F04',
    en: { event: 'a SYN arrives', condition: 'it has no ACK bit and passes the security check' },
    zh: { event: '收到 SYN', condition: '不带 ACK 位，且通过安全检查' },
    linux: {
      en: 'The listener itself stays in LISTEN; the half-open connection is a separate request socket, shown as SYN_RECV (/proc code 03).',
      zh: '监听套接字本身保持 LISTEN，半连接是另一个请求套接字，显示为 SYN_RECV（/proc 代码 03）。',
    },
  },
  {
    id: 'F05',
    en: { event: 'the application calls SEND', condition: 'the remote socket is now given (passive turns active)' },
    zh: { event: '应用调用 SEND', condition: '此时指定了远端套接字（被动转为主动）' },
    linux: {
      en: 'The sockets API has no such call: connect() on a listening socket fails with EISCONN.',
      zh: '套接字 API 没有对应操作：对监听套接字 connect() 会以 EISCONN 失败。',
    },
  },
  {
    id: 'F06',
    en: { event: 'the application calls CLOSE', condition: '' },
    zh: { event: '应用调用 CLOSE', condition: '' },
  },
  {
    id: 'F07',
    en: { event: 'a SYN arrives', condition: 'without ACK: the peer is opening too (simultaneous open)' },
    zh: { event: '收到 SYN', condition: '不带 ACK：对端也在主动打开（同时打开）' },
  },
  {
    id: 'F08',
    en: { event: 'a SYN,ACK arrives', condition: 'its ACK acknowledges our SYN (SND.UNA < SEG.ACK =< SND.NXT)' },
    zh: { event: '收到 SYN,ACK', condition: '其 ACK 确认了我方的 SYN（SND.UNA < SEG.ACK =< SND.NXT）' },
  },
  {
    id: 'F09',
    en: { event: 'an RST arrives', condition: 'this connection reached SYN-RECEIVED from LISTEN (passive OPEN)' },
    zh: { event: '收到 RST', condition: '本连接是从 LISTEN（被动打开）进入 SYN-RECEIVED 的' },
  },
  {
    id: 'F10',
    en: { event: 'the ACK of our SYN arrives', condition: 'SND.UNA < SEG.ACK =< SND.NXT' },
    zh: { event: '收到对我方 SYN 的 ACK', condition: 'SND.UNA < SEG.ACK =< SND.NXT' },
    linux: {
      en: 'A full accept queue (tcp_abort_on_overflow=0) or TCP_DEFER_ACCEPT makes Linux ignore a bare final ACK; the entry stays SYN-RECV until a later ACK or data arrives.',
      zh: 'accept 队列已满（tcp_abort_on_overflow=0）或设置了 TCP_DEFER_ACCEPT 时，Linux 会忽略单独的第三个 ACK；该条目停在 SYN-RECV，直到后续的 ACK 或数据到达。',
    },
  },
  {
    id: 'F11',
    en: { event: 'the application calls CLOSE', condition: 'no SENDs were issued and nothing is pending' },
    zh: { event: '应用调用 CLOSE', condition: '没有调用过 SEND，也没有待发数据' },
  },
  {
    id: 'F12',
    en: { event: 'the application calls CLOSE', condition: 'even with data still queued (the FIN follows that data)' },
    zh: { event: '应用调用 CLOSE', condition: '即使还有数据在排队（FIN 跟在这些数据之后发出）' },
  },
  {
    id: 'F13',
    en: { event: 'a FIN arrives', condition: 'it is the next in-sequence segment (SEG.SEQ = RCV.NXT)' },
    zh: { event: '收到 FIN', condition: '它是按序到达的下一个报文段（SEG.SEQ = RCV.NXT）' },
  },
  {
    id: 'F14',
    en: { event: 'the ACK of our FIN arrives', condition: '' },
    zh: { event: '收到对我方 FIN 的 ACK', condition: '' },
  },
  {
    id: 'F15',
    en: { event: 'a FIN arrives in sequence', condition: 'our own FIN is not ACKed yet (simultaneous close)' },
    zh: { event: '按序收到 FIN', condition: '我方的 FIN 还没有被确认（同时关闭）' },
  },
  {
    id: 'F16',
    en: { event: 'a FIN arrives', condition: 'it is the next in-sequence segment (SEG.SEQ = RCV.NXT)' },
    zh: { event: '收到 FIN', condition: '它是按序到达的下一个报文段（SEG.SEQ = RCV.NXT）' },
    linux: {
      en: 'If the FIN never comes and the socket was close()d (orphaned), it is dropped after tcp_fin_timeout (60 s) without a segment; after shutdown(SHUT_WR) it waits forever.',
      zh: '如果 FIN 一直不来且套接字已被 close()（孤儿连接），它会在 tcp_fin_timeout（60 秒）后被静默丢弃；只做了 shutdown(SHUT_WR) 的则一直等待。',
    },
  },
  {
    id: 'F17',
    en: { event: 'the ACK of our FIN arrives', condition: '' },
    zh: { event: '收到对我方 FIN 的 ACK', condition: '' },
  },
  {
    id: 'F18',
    en: { event: 'the application calls CLOSE', condition: 'once the SENDs queued before it are segmentized; the FIN follows that data' },
    zh: { event: '应用调用 CLOSE', condition: '之前排队的 SEND 都封装成报文段之后；FIN 跟在这些数据之后发出' },
    linux: {
      en: 'Linux enters LAST-ACK as soon as close() is called, even while data is still queued ahead of the FIN.',
      zh: '调用 close() 后 Linux 立即进入 LAST-ACK，即使 FIN 前面还有数据在排队。',
    },
  },
  {
    id: 'F19',
    en: { event: 'the ACK of our FIN arrives', condition: '' },
    zh: { event: '收到对我方 FIN 的 ACK', condition: '' },
  },
  {
    id: 'F20',
    en: { event: 'the time-wait timer expires', condition: '2 MSL after TIME-WAIT was entered or last restarted' },
    zh: { event: 'TIME-WAIT 定时器到期', condition: '自进入 TIME-WAIT（或定时器上次重启）起已过 2MSL' },
    linux: {
      en: 'TIME-WAIT lasts a fixed 60 s (TCP_TIMEWAIT_LEN) that no sysctl changes; the RFC’s 2MSL is 4 minutes (MSL = 2 min, §3.4.2).',
      zh: 'TIME-WAIT 固定为 60 秒（TCP_TIMEWAIT_LEN），没有 sysctl 可以修改；RFC 的 2MSL 是 4 分钟（MSL = 2 分钟，§3.4.2）。',
    },
  },
  // --- Figure 5 Note 2 ---
  {
    id: 'N01',
    en: { event: 'one segment brings a FIN and the ACK of our FIN', condition: 'the peer put its ACK on its FIN (delayed ACK)' },
    zh: { event: '一个报文段同时带来 FIN 和对我方 FIN 的 ACK', condition: '对端把 ACK 捎带在自己的 FIN 上（延迟确认）' },
  },
  // --- State changes only in the §3.10 event processing ---
  {
    id: 'E01',
    en: { event: 'the application does an active OPEN on this TCB', condition: 'the remote socket is given' },
    zh: { event: '应用对这个 TCB 执行主动打开 OPEN', condition: '指定了远端套接字' },
    linux: {
      en: 'The sockets API has no such call: connect() on a listening socket fails with EISCONN.',
      zh: '套接字 API 没有对应操作：对监听套接字 connect() 会以 EISCONN 失败。',
    },
  },
  {
    id: 'E02',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E03',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E04',
    en: { event: 'an RST arrives', condition: 'its ACK field acknowledges our SYN' },
    zh: { event: '收到 RST', condition: '其 ACK 字段确认了我方的 SYN' },
    linux: {
      en: 'This is a refused connection: connect() fails with ECONNREFUSED.',
      zh: '这就是连接被拒绝：connect() 以 ECONNREFUSED 失败。',
    },
  },
  {
    id: 'E05',
    en: { event: 'an RST arrives', condition: 'this connection reached SYN-RECEIVED from SYN-SENT (active OPEN)' },
    zh: { event: '收到 RST', condition: '本连接是从 SYN-SENT（主动打开）进入 SYN-RECEIVED 的' },
  },
  {
    id: 'E06',
    en: { event: 'a SYN arrives', condition: 'the connection came from a passive OPEN and the SYN is in the window (not a plain retransmission)' },
    zh: { event: '收到 SYN', condition: '连接来自被动打开，且该 SYN 落在窗口内（不是简单的重传）' },
    linux: {
      en: 'Linux drops the half-open request socket (the listener stays in LISTEN) and also answers the SYN with a reset, <SEQ=0><ACK=SEG.SEQ+1><CTL=RST,ACK> (tcp_check_req).',
      zh: 'Linux 会丢弃这个半连接请求套接字（监听套接字仍是 LISTEN），并对该 SYN 回复复位报文 <SEQ=0><ACK=SEG.SEQ+1><CTL=RST,ACK>（tcp_check_req）。',
    },
  },
  {
    id: 'E07',
    en: { event: 'a SYN,ACK arrives', condition: 'simultaneous open: its ACK acknowledges our SYN' },
    zh: { event: '收到 SYN,ACK', condition: '同时打开：其 ACK 确认了我方的 SYN' },
    linux: {
      en: 'Linux also ACKs the SYN,ACK (seq=ISS+1, ack=IRS+1), so a capture of a simultaneous open shows six segments.',
      zh: 'Linux 还会对收到的 SYN,ACK 回一个 ACK（seq=ISS+1，ack=IRS+1），所以同时打开的抓包是六个报文段。',
    },
  },
  {
    id: 'E08',
    en: { event: 'a FIN arrives in sequence', condition: 'the same segment carries an acceptable ACK of our SYN' },
    zh: { event: '按序收到 FIN', condition: '同一报文段还带着对我方 SYN 的有效 ACK' },
  },
  {
    id: 'E09',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E10',
    en: VALID_RST_EN, zh: VALID_RST_ZH,
  },
  {
    id: 'E11',
    en: ABORT_EN, zh: ABORT_ZH, linux: ABORT_RST_LINUX,
  },
  {
    id: 'E12',
    en: VALID_RST_EN, zh: VALID_RST_ZH,
  },
  {
    id: 'E13',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E14',
    en: VALID_RST_EN, zh: VALID_RST_ZH,
  },
  {
    id: 'E15',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E16',
    en: VALID_RST_EN, zh: VALID_RST_ZH,
  },
  {
    id: 'E17',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E18',
    en: VALID_RST_EN, zh: VALID_RST_ZH,
  },
  {
    id: 'E19',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E20',
    en: VALID_RST_EN, zh: VALID_RST_ZH,
  },
  {
    id: 'E21',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E22',
    en: { event: 'an RST arrives', condition: "it passes the sequence check; RFC 1337 calls this 'TIME-WAIT assassination'" },
    zh: { event: '收到 RST', condition: '通过序号检查；RFC 1337 称之为“TIME-WAIT 暗杀”' },
    linux: {
      en: 'Such an RST kills the TIME-WAIT socket unless net.ipv4.tcp_rfc1337=1 (default 0).',
      zh: '这样的 RST 会销毁 TIME-WAIT 套接字，除非 net.ipv4.tcp_rfc1337=1（默认 0）。',
    },
  },
  {
    id: 'E23',
    en: ABORT_EN, zh: ABORT_ZH,
  },
  {
    id: 'E24',
    en: { event: 'a SYN arrives', condition: 'optional (MAY-2): it opens a new incarnation (higher sequence number or newer timestamp) and a listener owns the port; the new connection reuses this 4-tuple' },
    zh: { event: '收到 SYN', condition: '可选（MAY-2）：它开启新的连接实例（序号更大或时间戳更新），且该端口上有监听者；新连接沿用这个四元组' },
    linux: {
      en: 'The SYN is accepted when its sequence number or timestamp is newer, and handed to the listener (tcp_timewait_state_process).',
      zh: 'SYN 的序号或时间戳更新时会被接受，并交给监听套接字（tcp_timewait_state_process）。',
    },
  },
  {
    id: 'E25',
    en: { event: 'the user timeout expires', condition: 'sent data stayed unacknowledged that long; queues are flushed, the TCB deleted' },
    zh: { event: '用户超时（USER TIMEOUT）到期', condition: '已发送的数据这么久都没被确认；清空队列并删除 TCB' },
  },
  // --- Same-state rules (§3.10) ---
  {
    id: 'S01',
    en: { event: 'a segment other than RST arrives', condition: 'there is no TCB; the reply is <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK> when the segment had no ACK' },
    zh: { event: '收到非 RST 的报文段', condition: '没有 TCB；若该报文段不带 ACK，则回复 <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>' },
  },
  {
    id: 'S02',
    en: { event: 'an RST arrives', condition: 'it is discarded' },
    zh: { event: '收到 RST', condition: '直接丢弃' },
  },
  {
    id: 'S03',
    en: { event: 'an RST arrives', condition: 'it is ignored' },
    zh: { event: '收到 RST', condition: '忽略' },
  },
  {
    id: 'S04',
    en: { event: 'a segment with the ACK bit arrives', condition: 'nothing has been sent yet, so any ACK is bad' },
    zh: { event: '收到带 ACK 位的报文段', condition: '尚未发送过任何数据，任何 ACK 都不合法' },
  },
  {
    id: 'S05',
    en: { event: 'a segment with an unacceptable ACK arrives', condition: 'SEG.ACK =< ISS or SEG.ACK > SND.NXT, and it is not an RST' },
    zh: { event: '收到 ACK 不可接受的报文段', condition: 'SEG.ACK =< ISS 或 SEG.ACK > SND.NXT，且不是 RST' },
  },
  {
    id: 'S06',
    en: { event: 'an RST arrives', condition: 'its ACK is missing or does not acknowledge our SYN' },
    zh: { event: '收到 RST', condition: '没有 ACK，或 ACK 没有确认我方的 SYN' },
  },
  {
    id: 'S07',
    en: { event: 'the application calls SEND', condition: 'the data is queued until ESTABLISHED' },
    zh: { event: '应用调用 SEND', condition: '数据排队，直到 ESTABLISHED 再发' },
  },
  {
    id: 'S08',
    en: { event: 'an unacceptable ACK arrives', condition: '' },
    zh: { event: '收到不可接受的 ACK', condition: '' },
  },
  {
    id: 'S09',
    en: { event: 'an in-window RST arrives whose SEG.SEQ is not RCV.NXT', condition: 'RFC 5961 stacks answer with a challenge ACK' },
    zh: { event: '收到窗口内但 SEG.SEQ 不等于 RCV.NXT 的 RST', condition: '实现 RFC 5961 的协议栈回复挑战 ACK' },
  },
  {
    id: 'S10',
    en: { event: 'a SYN arrives', condition: 'RFC 5961 stacks answer with a challenge ACK (any synchronized state)' },
    zh: { event: '收到 SYN', condition: '实现 RFC 5961 的协议栈回复挑战 ACK（任何已同步状态）' },
  },
  {
    id: 'S11',
    en: { event: 'an out-of-window segment arrives', condition: 'it is not an RST' },
    zh: { event: '收到窗口外的报文段', condition: '不是 RST' },
  },
  {
    id: 'S12',
    en: { event: 'the application calls SEND', condition: 'half-closed: this direction is still open' },
    zh: { event: '应用调用 SEND', condition: '半关闭：这个方向仍然打开' },
  },
  {
    id: 'S13',
    en: { event: 'the application calls SEND', condition: "error: 'connection closing'" },
    zh: { event: '应用调用 SEND', condition: '报错：“connection closing”' },
  },
  {
    id: 'S14',
    en: { event: 'the application calls CLOSE again', condition: 'never a second FIN' },
    zh: { event: '应用再次调用 CLOSE', condition: '不会发第二个 FIN' },
  },
  {
    id: 'S15',
    en: { event: 'the FIN arrives again (retransmitted)', condition: 'our ACK of it was lost' },
    zh: { event: '再次收到（重传的）FIN', condition: '我方对它的 ACK 丢了' },
  },
  {
    id: 'S16',
    en: { event: 'the FIN arrives again (retransmitted)', condition: 'our ACK of it was lost' },
    zh: { event: '再次收到（重传的）FIN', condition: '我方对它的 ACK 丢了' },
  },
  {
    id: 'S17',
    en: { event: 'the FIN arrives again (retransmitted)', condition: 'our ACK of it was lost' },
    zh: { event: '再次收到（重传的）FIN', condition: '我方对它的 ACK 丢了' },
  },
  {
    id: 'S18',
    en: { event: 'the FIN arrives again (retransmitted)', condition: 'the last ACK was lost; re-ACK and restart the 2MSL timer' },
    zh: { event: '再次收到（重传的）FIN', condition: '最后的 ACK 丢了；重新确认并重启 2MSL 定时器' },
    linux: {
      en: 'The fixed 60 s TIME-WAIT timer starts again (inet_twsk_reschedule).',
      zh: '固定 60 秒的 TIME-WAIT 定时器重新开始计时（inet_twsk_reschedule）。',
    },
  },
  {
    id: 'S19',
    en: { event: 'the same SYN arrives again (retransmitted)', condition: 'it is outside the window' },
    zh: { event: '再次收到同一个 SYN（重传）', condition: '它在窗口之外' },
    linux: {
      en: 'A retransmitted SYN gets the SYN,ACK again (tcp_check_req), not a bare ACK.',
      zh: '重传的 SYN 会再次得到 SYN,ACK（tcp_check_req），而不是单纯的 ACK。',
    },
  },
  {
    id: 'S20',
    en: { event: 'the retransmission timer expires', condition: 'a segment is on the retransmission queue' },
    zh: { event: '重传定时器到期', condition: '重传队列中有报文段' },
  },
];
