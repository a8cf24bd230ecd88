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

const TITLE: Readonly<Record<Lang, string>> = {
  en: 'TCP connection states (after RFC 9293 §3.3.2 Figure 5)',
  zh: 'TCP 连接状态图（依据 RFC 9293 §3.3.2 图 5 重绘）',
};

const LEGEND: Readonly<Record<Lang, string>> = {
  en: 'Each arc: the event, then the segment sent; (x) = nothing sent. Not drawn: ABORT, a valid RST (ignored in LISTEN) and the user timeout lead to CLOSED, and an RST in SYN-RECEIVED returns to LISTEN only after a passive OPEN (Note 1). Full table: tcp-drill states.',
  zh: '每条弧线：先写事件，再写发送的报文段；(x) 表示不发送。图中未画出：ABORT、有效的 RST（LISTEN 中会被忽略）和用户超时都会进入 CLOSED；SYN-RECEIVED 收到 RST 只有在被动打开时才回到 LISTEN（注 1）。完整表格见 tcp-drill states。',
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
}): StateDiagram {
  const width = opts.proseWidth ?? WIDTH;
  const head = [...wrap(TITLE[opts.lang], width), ''];
  const body = [...DIAGRAM];
  const current = opts.highlight;
  const highlight = current === undefined ? undefined : markBox(body, current, '*', head.length);
  const next = opts.target === current ? undefined : opts.target;
  const target = next === undefined ? undefined : markBox(body, next, '=', head.length);
  const marked =
    highlight && current
      ? [...wrap(MARKED[opts.lang](current, target ? next : undefined), width)]
      : [];
  const text = [...head, ...body, '', ...wrap(LEGEND[opts.lang], width), ...marked].join('\n');
  return { text, ...(highlight ? { highlight } : {}), ...(target ? { target } : {}) };
}
