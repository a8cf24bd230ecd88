// Sequence-diagram scenarios: two endpoints, one row per segment (or per timer), and the state each
// side enters on that row. Sequence numbers are symbolic (x/y = initial sequence numbers, u/v = the
// next sequence number of the active/passive closer) with the RFC 9293 arithmetic: SYN and FIN each
// occupy one sequence number, a bare ACK none (§3.4, §4 glossary; Figures 6, 7, 12 and 13).
import type { Lang } from '../content/types.js';
import type { TcpState } from './states.js';

export type LocalText = { readonly en: string; readonly zh: string };
export type Side = 'client' | 'server';

export type Segment = {
  /** Control bits as written in captures: 'SYN', 'SYN,ACK', 'FIN,ACK', 'RST,ACK', … */
  readonly flags: string;
  readonly seq: string;
  readonly ack?: string;
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
};

export type BlankPart = 'segment' | 'clientState' | 'serverState';
/** `step` is 1-based, as printed in the diagram. */
export type Blank = { readonly step: number; readonly part: BlankPart };

const CLIENT_SERVER = {
  client: { en: 'Client', zh: '客户端' },
  server: { en: 'Server', zh: '服务器' },
};

const TWO_MSL: LocalText = {
  en: '2MSL later: 4 min in the RFC, 60 s on Linux',
  zh: '2MSL 之后：RFC 为 4 分钟，Linux 为 60 秒',
};

/** `SYN,ACK seq=y ack=x+1`: the label drawn on the arrow. */
export function segmentLabel(segment: Segment): string {
  return `${segment.flags} seq=${segment.seq}${segment.ack === undefined ? '' : ` ack=${segment.ack}`}`;
}

export const HANDSHAKE: Scenario = {
  id: 'handshake',
  title: { en: 'Three-way handshake', zh: '三次握手' },
  source: 'RFC 9293 §3.5 Fig.6',
  sides: CLIENT_SERVER,
  start: { client: 'CLOSED', server: 'LISTEN' },
  steps: [
    {
      note: { en: 'client calls connect(): an active OPEN', zh: '客户端调用 connect()：主动打开' },
      send: { from: 'client', segment: { flags: 'SYN', seq: 'x' } },
      client: 'SYN-SENT',
      server: 'SYN-RECEIVED',
      rows: { client: 'F02', server: 'F04' },
    },
    {
      send: { from: 'server', segment: { flags: 'SYN,ACK', seq: 'y', ack: 'x+1' } },
      client: 'ESTABLISHED',
      rows: { client: 'F08' },
    },
    {
      send: { from: 'client', segment: { flags: 'ACK', seq: 'x+1', ack: 'y+1' } },
      server: 'ESTABLISHED',
      rows: { server: 'F10' },
    },
  ],
  summary: {
    en: 'SYN and SYN,ACK each use one sequence number, hence ack=x+1 and ack=y+1; the bare ACK uses none. The client is ESTABLISHED when the SYN,ACK arrives, the server only when the final ACK does.',
    zh: 'SYN 和 SYN,ACK 各占一个序号，所以是 ack=x+1 和 ack=y+1；纯 ACK 不占序号。客户端收到 SYN,ACK 即进入 ESTABLISHED，服务器要等最后的 ACK 到达才进入。',
  },
};

// Steps that open and end every close the client starts (Figure 12 lines 2 and 5, then
// 2MSL). Plain constants, not a spread array: a spread would stop esbuild from dropping
// this module from the bundle, where the pre-rendered drills make it unused.
const CLIENT_CLOSES: Step = {
  note: { en: 'client calls close()', zh: '客户端调用 close()' },
  send: { from: 'client', segment: { flags: 'FIN,ACK', seq: 'u', ack: 'v' } },
  client: 'FIN-WAIT-1',
  server: 'CLOSE-WAIT',
  rows: { client: 'F12', server: 'F13' },
};
const CLIENT_ACKS_LAST_FIN: Step = {
  send: { from: 'client', segment: { flags: 'ACK', seq: 'u+1', ack: 'v+1' } },
  server: 'CLOSED',
  rows: { server: 'F19' },
};
const CLIENT_TIME_WAIT_ENDS: Step = { note: TWO_MSL, client: 'CLOSED', rows: { client: 'F20' } };

export const CLOSE_CLIENT_FIRST: Scenario = {
  id: 'close-client-first',
  title: { en: 'Four-segment close, client closes first', zh: '四次挥手：客户端先关闭' },
  source: 'RFC 9293 §3.6 Fig.12',
  sides: CLIENT_SERVER,
  start: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  steps: [
    CLIENT_CLOSES,
    {
      note: {
        en: "server's kernel ACKs the FIN by itself, often delayed",
        zh: '服务器内核自行确认 FIN，往往是延迟确认',
      },
      send: { from: 'server', segment: { flags: 'ACK', seq: 'v', ack: 'u+1' } },
      client: 'FIN-WAIT-2',
      rows: { client: 'F14' },
    },
    {
      note: {
        en: 'later, the server application calls close()',
        zh: '稍后，服务器应用调用 close()',
      },
      send: { from: 'server', segment: { flags: 'FIN,ACK', seq: 'v', ack: 'u+1' } },
      server: 'LAST-ACK',
      client: 'TIME-WAIT',
      rows: { server: 'F18', client: 'F16' },
    },
    CLIENT_ACKS_LAST_FIN,
    CLIENT_TIME_WAIT_ENDS,
  ],
  summary: {
    en: "TIME-WAIT is on the side that closed first. CLOSE-WAIT lasts until the server's own application calls close(). The server sent no data in between, so its FIN has the same seq=v as its ACK.",
    zh: 'TIME-WAIT 出现在先关闭的一方。CLOSE-WAIT 一直持续到服务器自己的应用调用 close()。服务器在此期间没有发数据，所以它的 FIN 与之前的 ACK 序号相同（seq=v）。',
  },
};

export const CLOSE_SERVER_FIRST: Scenario = {
  id: 'close-server-first',
  title: { en: 'Four-segment close, server closes first', zh: '四次挥手：服务器先关闭' },
  source: 'RFC 9293 §3.6 Fig.12; §3.6.1',
  sides: CLIENT_SERVER,
  start: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  steps: [
    {
      note: { en: 'server calls close()', zh: '服务器调用 close()' },
      send: { from: 'server', segment: { flags: 'FIN,ACK', seq: 'u', ack: 'v' } },
      server: 'FIN-WAIT-1',
      client: 'CLOSE-WAIT',
      rows: { server: 'F12', client: 'F13' },
    },
    {
      note: {
        en: "client's kernel ACKs the FIN by itself, often delayed",
        zh: '客户端内核自行确认 FIN，往往是延迟确认',
      },
      send: { from: 'client', segment: { flags: 'ACK', seq: 'v', ack: 'u+1' } },
      server: 'FIN-WAIT-2',
      rows: { server: 'F14' },
    },
    {
      note: {
        en: 'later, the client application calls close()',
        zh: '稍后，客户端应用调用 close()',
      },
      send: { from: 'client', segment: { flags: 'FIN,ACK', seq: 'v', ack: 'u+1' } },
      client: 'LAST-ACK',
      server: 'TIME-WAIT',
      rows: { client: 'F18', server: 'F16' },
    },
    {
      send: { from: 'server', segment: { flags: 'ACK', seq: 'u+1', ack: 'v+1' } },
      client: 'CLOSED',
      rows: { client: 'F19' },
    },
    { note: TWO_MSL, server: 'CLOSED', rows: { server: 'F20' } },
  ],
  summary: {
    en: 'TIME-WAIT belongs to the active closer, whichever role it has: here the server holds it, on its listening port, one entry per client address and port.',
    zh: 'TIME-WAIT 属于主动关闭方，不论它是哪个角色：这里由服务器持有，位于它的监听端口上，每个客户端地址和端口各一条。',
  },
};

export const SIMULTANEOUS_CLOSE: Scenario = {
  id: 'simultaneous-close',
  title: { en: 'Simultaneous close', zh: '同时关闭' },
  source: 'RFC 9293 §3.6 Fig.13',
  sides: CLIENT_SERVER,
  start: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  steps: [
    {
      note: {
        en: 'both applications call close(); the FINs cross',
        zh: '双方应用同时调用 close()，两个 FIN 在途中交错',
      },
      send: { from: 'client', segment: { flags: 'FIN,ACK', seq: 'u', ack: 'v' } },
      client: 'FIN-WAIT-1',
      rows: { client: 'F12' },
    },
    {
      send: { from: 'server', segment: { flags: 'FIN,ACK', seq: 'v', ack: 'u' } },
      server: 'FIN-WAIT-1',
      rows: { server: 'F12' },
    },
    {
      note: {
        en: 'each side gets a FIN while its own FIN is unacknowledged',
        zh: '双方都在自己的 FIN 未被确认时收到对方的 FIN',
      },
      send: { from: 'client', segment: { flags: 'ACK', seq: 'u+1', ack: 'v+1' } },
      client: 'CLOSING',
      rows: { client: 'F15' },
    },
    {
      send: { from: 'server', segment: { flags: 'ACK', seq: 'v+1', ack: 'u+1' } },
      server: 'CLOSING',
      rows: { server: 'F15' },
    },
    {
      note: { en: 'both ACKs arrive', zh: '两个 ACK 都到达' },
      client: 'TIME-WAIT',
      server: 'TIME-WAIT',
      rows: { client: 'F17', server: 'F17' },
    },
    { note: TWO_MSL, client: 'CLOSED', server: 'CLOSED', rows: { client: 'F20', server: 'F20' } },
  ],
  summary: {
    en: 'Both sides closed actively, so both pass through CLOSING and both end in TIME-WAIT. Each FIN carries the ACK number from before the other FIN arrived (ack=u, ack=v).',
    zh: '双方都是主动关闭，所以都经过 CLOSING，最后都进入 TIME-WAIT。每个 FIN 携带的确认号是对方 FIN 到达之前的值（ack=u、ack=v）。',
  },
};

export const THREE_SEGMENT_CLOSE: Scenario = {
  id: 'three-segment-close',
  title: { en: 'Three-segment close (ACK rides on the FIN)', zh: '三次挥手（ACK 捎带在 FIN 上）' },
  source: 'RFC 9293 §3.3.2 Fig.5 Note 2; §3.8.6.3',
  sides: CLIENT_SERVER,
  start: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  steps: [
    CLIENT_CLOSES,
    {
      note: {
        en: 'the server delays its ACK; its application closes within the delay, so one segment carries both',
        zh: '服务器延迟确认；它的应用在延迟期内就关闭了，于是一个报文段同时带上 ACK 和 FIN',
      },
      send: { from: 'server', segment: { flags: 'FIN,ACK', seq: 'v', ack: 'u+1' } },
      server: 'LAST-ACK',
      client: 'TIME-WAIT',
      rows: { server: 'F18', client: 'N01' },
    },
    CLIENT_ACKS_LAST_FIN,
    CLIENT_TIME_WAIT_ENDS,
  ],
  summary: {
    en: 'The FIN that also acknowledges our FIN takes FIN-WAIT-1 straight to TIME-WAIT, skipping FIN-WAIT-2 (Figure 5 Note 2). Delayed ACK (§3.8.6.3) is why captures often show three segments.',
    zh: '同时确认了我方 FIN 的 FIN 让 FIN-WAIT-1 直接进入 TIME-WAIT，跳过 FIN-WAIT-2（图 5 注 2）。延迟确认（§3.8.6.3）是抓包中常见三个报文段的原因。',
  },
};

export const LOST_FINAL_ACK: Scenario = {
  id: 'lost-final-ack',
  title: { en: 'Lost final ACK: why TIME-WAIT waits', zh: '最后的 ACK 丢失：TIME-WAIT 为何要等' },
  source: 'RFC 9293 §3.10.7.4 steps 5, 8; §3.10.8',
  sides: CLIENT_SERVER,
  start: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  steps: [
    CLIENT_CLOSES,
    {
      send: { from: 'server', segment: { flags: 'ACK', seq: 'v', ack: 'u+1' } },
      client: 'FIN-WAIT-2',
      rows: { client: 'F14' },
    },
    {
      note: { en: 'server application calls close()', zh: '服务器应用调用 close()' },
      send: { from: 'server', segment: { flags: 'FIN,ACK', seq: 'v', ack: 'u+1' } },
      server: 'LAST-ACK',
      client: 'TIME-WAIT',
      rows: { server: 'F18', client: 'F16' },
    },
    {
      note: { en: 'the final ACK is lost', zh: '最后的 ACK 丢失' },
      send: { from: 'client', segment: { flags: 'ACK', seq: 'u+1', ack: 'v+1' }, lost: true },
    },
    {
      note: {
        en: "the server's retransmission timer fires: it sends its FIN again",
        zh: '服务器的重传定时器到期：再次发送 FIN',
      },
      send: { from: 'server', segment: { flags: 'FIN,ACK', seq: 'v', ack: 'u+1' } },
      server: 'LAST-ACK',
      client: 'TIME-WAIT',
      rows: { server: 'S20', client: 'S18' },
    },
    CLIENT_ACKS_LAST_FIN,
    CLIENT_TIME_WAIT_ENDS,
  ],
  summary: {
    en: 'The retransmitted FIN carries the same seq=v. The client, still in TIME-WAIT, ACKs it again and restarts the 2MSL timer; had it already gone to CLOSED, it would answer that FIN with an RST.',
    zh: '重传的 FIN 序号不变（seq=v）。仍处于 TIME-WAIT 的客户端再次确认它，并重启 2MSL 定时器；如果客户端已经进入 CLOSED，就会用 RST 回应这个 FIN。',
  },
};

export const SYN_TO_CLOSED_PORT: Scenario = {
  id: 'syn-closed-port',
  title: { en: 'SYN to a port with no listener', zh: 'SYN 发往没有监听的端口' },
  source: 'RFC 9293 §3.10.7.1; §3.10.7.3',
  sides: CLIENT_SERVER,
  start: { client: 'CLOSED', server: 'CLOSED' },
  steps: [
    {
      note: {
        en: 'client calls connect(); nothing listens on that port',
        zh: '客户端调用 connect()；该端口上没有监听者',
      },
      send: { from: 'client', segment: { flags: 'SYN', seq: 'x' } },
      client: 'SYN-SENT',
      rows: { client: 'F02' },
    },
    {
      note: {
        en: 'no TCB, so the reply is a reset; connect() fails with ECONNREFUSED',
        zh: '没有 TCB，于是回复复位报文；connect() 以 ECONNREFUSED 失败',
      },
      send: { from: 'server', segment: { flags: 'RST,ACK', seq: '0', ack: 'x+1' } },
      server: 'CLOSED',
      client: 'CLOSED',
      rows: { server: 'S01', client: 'E04' },
    },
  ],
  summary: {
    en: 'The SYN had no ACK bit, so the reset is <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>: the SYN counts one, hence ack=x+1. The server never leaves CLOSED.',
    zh: '该 SYN 不带 ACK 位，所以复位报文是 <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>：SYN 占一个序号，因此 ack=x+1。服务器始终处于 CLOSED。',
  },
};

export const ABORTIVE_CLOSE: Scenario = {
  id: 'abortive-close',
  title: { en: 'Abortive close (RST)', zh: '异常关闭（RST）' },
  source: 'RFC 9293 §3.10.5; §3.10.7.4 step 2',
  sides: CLIENT_SERVER,
  start: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  steps: [
    {
      note: {
        en: 'client ABORTs: SO_LINGER {on, 0}, then close()',
        zh: '客户端中止连接（ABORT）：先设 SO_LINGER {on, 0}，再 close()',
      },
      send: { from: 'client', segment: { flags: 'RST', seq: 'u' } },
      client: 'CLOSED',
      server: 'CLOSED',
      rows: { client: 'E11', server: 'E10' },
    },
  ],
  summary: {
    en: 'One reset, <SEQ=SND.NXT><CTL=RST>, and both sides are CLOSED at once: no FIN exchange and no TIME-WAIT anywhere. The server reads ECONNRESET. Linux also sets ACK (RST,ACK ack=v on the wire).',
    zh: '一个复位报文 <SEQ=SND.NXT><CTL=RST>，双方立即 CLOSED：没有 FIN 交换，哪边都没有 TIME-WAIT。服务器读到 ECONNRESET。Linux 还会置 ACK 位（线上是 RST,ACK ack=v）。',
  },
};

export const SIMULTANEOUS_OPEN: Scenario = {
  id: 'simultaneous-open',
  title: { en: 'Simultaneous open (RFC Figure 7)', zh: '同时打开（RFC 图 7）' },
  source: 'RFC 9293 §3.5 Fig.7',
  sides: { client: { en: 'Host A', zh: '主机 A' }, server: { en: 'Host B', zh: '主机 B' } },
  start: { client: 'CLOSED', server: 'CLOSED' },
  steps: [
    {
      note: {
        en: 'both call connect() to each other; the SYNs cross',
        zh: '双方同时 connect() 对方，两个 SYN 在途中交错',
      },
      send: { from: 'client', segment: { flags: 'SYN', seq: 'x' } },
      client: 'SYN-SENT',
      rows: { client: 'F02' },
    },
    {
      send: { from: 'server', segment: { flags: 'SYN', seq: 'y' } },
      server: 'SYN-SENT',
      rows: { server: 'F02' },
    },
    {
      note: {
        en: 'each side gets a SYN while in SYN-SENT',
        zh: '双方都在 SYN-SENT 状态收到对方的 SYN',
      },
      send: { from: 'client', segment: { flags: 'SYN,ACK', seq: 'x', ack: 'y+1' } },
      client: 'SYN-RECEIVED',
      rows: { client: 'F07' },
    },
    {
      send: { from: 'server', segment: { flags: 'SYN,ACK', seq: 'y', ack: 'x+1' } },
      server: 'SYN-RECEIVED',
      rows: { server: 'F07' },
    },
    {
      note: { en: 'both SYN,ACKs arrive', zh: '两个 SYN,ACK 都到达' },
      client: 'ESTABLISHED',
      server: 'ESTABLISHED',
      rows: { client: 'E07', server: 'E07' },
    },
  ],
  summary: {
    en: 'Each side goes CLOSED → SYN-SENT → SYN-RECEIVED → ESTABLISHED. The SYN,ACK repeats the SYN (same seq) and adds the ACK: Figure 7 draws four segments, not three. On Linux each side also ACKs the SYN,ACK it receives, so a capture shows six. TCP MUST support this (MUST-10).',
    zh: '每一方都是 CLOSED → SYN-SENT → SYN-RECEIVED → ESTABLISHED。SYN,ACK 重复 SYN（序号不变）并加上 ACK：图 7 画的是四个报文段，而不是三个。Linux 上双方还会各自对收到的 SYN,ACK 回一个 ACK，所以抓包能看到六个。TCP 必须支持（MUST-10）。',
  },
};

export const SCENARIOS: readonly Scenario[] = [
  HANDSHAKE,
  CLOSE_CLIENT_FIRST,
  CLOSE_SERVER_FIRST,
  SIMULTANEOUS_CLOSE,
  THREE_SEGMENT_CLOSE,
  LOST_FINAL_ACK,
  SYN_TO_CLOSED_PORT,
  ABORTIVE_CLOSE,
  SIMULTANEOUS_OPEN,
];

/** What a blank hides: the arrow's label or the state entered; undefined if that part is empty. */
export function blankAnswer(scenario: Scenario, blank: Blank): string | undefined {
  const step = scenario.steps[blank.step - 1];
  if (step === undefined) return undefined;
  if (blank.part === 'segment') return step.send && segmentLabel(step.send.segment);
  return blank.part === 'clientState' ? step.client : step.server;
}

/** Every part of the scenario that has something to hide, in diagram order. */
export function blankableParts(scenario: Scenario): Blank[] {
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
