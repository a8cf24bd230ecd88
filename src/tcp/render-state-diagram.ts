// A plain-text TCP state diagram in the spirit of RFC 9293 §3.3.2 Figure 5 (drawn afresh, not a copy):
// the 20 arcs of the figure plus Note 2. Each state appears exactly once as a `[ NAME ]` box, so the
// current state can be marked `[*NAME*]` and the next one `[=NAME=]` without moving anything and
// without relying on colour (`>>NAME<<` would merge with the arrowheads that touch most boxes).
import type { Lang } from '../content/types.js';
import type { TcpState } from './states.js';
import { stringWidth, wrap } from '../text/width.js';

// The bottom "CLOSED" (after LAST-ACK and TIME-WAIT) is the same state as the top box; it is written
// without brackets so that the box stays unique.
const DIAGRAM = String.raw`
                                  [ CLOSED ]
                  .---------------' ^    ^ '------------------.
    passive OPEN  |       CLOSE (x) |    | CLOSE (x)          |  active OPEN
             (x)  v                 |    |                    v  snd SYN
             [ LISTEN ]-------------'    '--------------[ SYN-SENT ]
               |  ^  |                                    ^   |   |
               |  |  '------- SEND / snd SYN -------------'   |   |
      rcv SYN  |  | rcv RST (x)                               |   |
  snd SYN,ACK  v  | (Note 1: passive OPEN only)               |   |
         [ SYN-RECEIVED ]<----------- rcv SYN / snd SYN,ACK --'   |
            |       |                                             | rcv SYN,ACK
            |       | rcv ACK of SYN (x)                          | snd ACK
            |       '----------->[ ESTABLISHED ]<-----------------'
     CLOSE  |                CLOSE  |       | rcv FIN
   snd FIN  |              snd FIN  |       | snd ACK
            |  .--------------------'       '-----------------.
            v  v                                              v
    [ FIN-WAIT-1 ]-----------------.                   [ CLOSE-WAIT ]
      |         | rcv FIN +        | rcv FIN                  | CLOSE
      | rcv ACK | ACK of FIN       v snd ACK                  | snd FIN
      | of FIN  | snd ACK     [ CLOSING ]                     |
      | (x)     | (Note 2)         |                          v
      |         |         rcv ACK  |                    [ LAST-ACK ]
[ FIN-WAIT-2 ]  |      of FIN (x)  |                          | rcv ACK
      |         |                  |                          | of FIN (x)
      | rcv FIN |       .----------'                          |
      | snd ACK v       v                                     |
      '------>[ TIME-WAIT ]--- timeout 2MSL (x) ---> CLOSED <-'
`
  .slice(1, -1)
  .split('\n');

/**
 * The labels of the arcs that leave each state, as [line of DIAGRAM, text, which occurrence
 * on that line]. A drill asks "in X, this event happens: what next?", so before the answer
 * these are masked: the arcs stay, and which event takes which arc is the question.
 */
const ARCS_OUT: Readonly<Record<TcpState, readonly (readonly [number, string, number?])[]>> = {
  CLOSED: [
    [2, 'passive OPEN'],
    [3, '(x)'],
    [2, 'active OPEN'],
    [3, 'snd SYN'],
  ],
  LISTEN: [
    [2, 'CLOSE (x)'],
    [6, 'SEND / snd SYN'],
    [7, 'rcv SYN'],
    [8, 'snd SYN,ACK'],
  ],
  'SYN-SENT': [
    [2, 'CLOSE (x)', 1],
    [9, 'rcv SYN / snd SYN,ACK'],
    [10, 'rcv SYN,ACK'],
    [11, 'snd ACK'],
  ],
  'SYN-RECEIVED': [
    [7, 'rcv RST (x)'],
    [8, '(Note 1: passive OPEN only)'],
    [11, 'rcv ACK of SYN (x)'],
    [13, 'CLOSE'],
    [14, 'snd FIN'],
  ],
  ESTABLISHED: [
    [13, 'CLOSE', 1],
    [14, 'snd FIN', 1],
    [13, 'rcv FIN'],
    [14, 'snd ACK'],
  ],
  'FIN-WAIT-1': [
    [19, 'rcv ACK'],
    [20, 'of FIN'],
    [21, '(x)'],
    [18, 'rcv FIN +'],
    [19, 'ACK of FIN'],
    [20, 'snd ACK'],
    [21, '(Note 2)'],
    [18, 'rcv FIN', 1],
    [19, 'snd ACK'],
  ],
  'FIN-WAIT-2': [
    [25, 'rcv FIN'],
    [26, 'snd ACK'],
  ],
  'CLOSE-WAIT': [
    [18, 'CLOSE'],
    [19, 'snd FIN'],
  ],
  CLOSING: [
    [22, 'rcv ACK'],
    [23, 'of FIN (x)'],
  ],
  'LAST-ACK': [
    [23, 'rcv ACK'],
    [24, 'of FIN (x)'],
  ],
  'TIME-WAIT': [[27, 'timeout 2MSL (x)']],
};

/** Where `text` occurs for the `nth` time in `line`, or -1. */
function nthIndex(line: string, text: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = line.indexOf(text, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** `body` with the labels of the arcs out of `state` replaced by `~`, in place. */
function maskArcsOut(body: string[], state: TcpState): void {
  for (const [row, text, nth = 0] of ARCS_OUT[state]) {
    // Found in the unmasked figure, so that the order of the list does not matter.
    const at = nthIndex(DIAGRAM[row] ?? '', text, nth);
    const line = body[row];
    if (line === undefined || at < 0) throw new Error(`diagram: no "${text}" on line ${row}`);
    body[row] = line.slice(0, at) + text.replace(/\S/g, '~') + line.slice(at + text.length);
  }
}

const TITLE: Readonly<Record<Lang, string>> = {
  en: 'TCP connection states (after RFC 9293 §3.3.2 Figure 5)',
  zh: 'TCP 连接状态图（依据 RFC 9293 §3.3.2 图 5 重绘）',
};

const LEGEND: Readonly<Record<Lang, string>> = {
  en: 'Each arc: the event, then the segment sent; (x) = nothing sent. Not drawn: ABORT, a valid RST (ignored in LISTEN) and the user timeout lead to CLOSED, and an RST in SYN-RECEIVED returns to LISTEN only after a passive OPEN (Note 1). Full table: tcp-drill states.',
  zh: '每条弧线：先写事件，再写发送的报文段；(x) 表示不发送。图中未画出：ABORT、有效的 RST（LISTEN 中会被忽略）和用户超时都会进入 CLOSED；SYN-RECEIVED 收到 RST 只有在被动打开时才回到 LISTEN（注 1）。完整表格见 tcp-drill states。',
};

/** The legend while the arcs out of the current state are masked: it names no outcome. */
const LEGEND_MASKED: Readonly<Record<Lang, string>> = {
  en: 'Each arc: the event, then the segment sent; (x) = nothing sent. The labels of the arcs out of the current state are masked (~~~) until you answer.',
  zh: '每条弧线：先写事件，再写发送的报文段；(x) 表示不发送。当前状态发出的弧线标签在作答前被遮住（~~~）。',
};

const MARKED: Readonly<Record<Lang, (state: TcpState, next?: TcpState) => string>> = {
  en: (state, next) =>
    next
      ? `[*${state}*] marks the current state, [=${next}=] the next one.`
      : `[*${state}*] marks the current state.`,
  zh: (state, next) =>
    next
      ? `[*${state}*] 标出当前状态，[=${next}=] 标出下一个状态。`
      : `[*${state}*] 标出当前状态。`,
};

const WIDTH = 80;

/** Where a marked box sits: 0-based line, and display columns [start, end). */
export type DiagramHighlight = {
  readonly line: number;
  readonly start: number;
  readonly end: number;
};
export type StateDiagram = {
  readonly text: string;
  /** The current state's box. */
  readonly highlight?: DiagramHighlight;
  /** The next state's box, after an answer; never the current one's. */
  readonly target?: DiagramHighlight;
};

/** Replaces `state`'s box in `body` with `[<mark>NAME<mark>]`; where it was, or undefined. */
function markBox(
  body: string[],
  state: TcpState,
  mark: string,
  offset: number,
): DiagramHighlight | undefined {
  const box = `[ ${state} ]`;
  const index = body.findIndex((line) => line.includes(box));
  const line = body[index];
  if (line === undefined) return undefined;
  const at = line.indexOf(box);
  body[index] = line.slice(0, at) + `[${mark}${state}${mark}]` + line.slice(at + box.length);
  const start = stringWidth(line.slice(0, at));
  return { line: offset + index, start, end: start + stringWidth(box) };
}

/**
 * The diagram, `highlight` (the current state) marked `[*NAME*]` and `target` (the state an
 * arc leads to) `[=NAME=]`; a target equal to the current state is not marked again.
 */
export function renderStateDiagram(opts: {
  highlight?: TcpState;
  target?: TcpState;
  lang: Lang;
  /** Where the title and notes wrap (default 80): a screen passes its own width. */
  proseWidth?: number;
  /** A question is open: mask the labels of the arcs out of `highlight`, and the notes. */
  masked?: boolean;
}): StateDiagram {
  const width = opts.proseWidth ?? WIDTH;
  const head = [...wrap(TITLE[opts.lang], width), ''];
  const body = [...DIAGRAM];
  const current = opts.highlight;
  const masked = opts.masked === true && current !== undefined;
  if (masked) maskArcsOut(body, current);
  const highlight = current === undefined ? undefined : markBox(body, current, '*', head.length);
  const next = opts.target === current ? undefined : opts.target;
  const target = next === undefined ? undefined : markBox(body, next, '=', head.length);
  const marked =
    highlight && current
      ? [...wrap(MARKED[opts.lang](current, target ? next : undefined), width)]
      : [];
  const legend = (masked ? LEGEND_MASKED : LEGEND)[opts.lang];
  const text = [...head, ...body, '', ...wrap(legend, width), ...marked].join('\n');
  return { text, ...(highlight ? { highlight } : {}), ...(target ? { target } : {}) };
}
