// The study text of `tcp-drill states`: the state diagram, then every transition with its
// section, wrapped to 80 columns.
import type { Lang } from '../content/types.js';
import { TCP_STATES } from '../tcp/states.js';
import { padEnd, wrap } from '../text/width.js';
import { renderStateDiagram } from '../tcp/render-state-diagram.js';
import { STATE_CHANGES, SAME_STATE_RULES } from '../tcp/transitions.js';
import type { StateChange } from '../tcp/transitions.js';

const WIDTH = 80;
const EVENT_W = 21;
const SEND_W = 9;
const DETAIL_INDENT = '       ';

const TEXT = {
  en: {
    title: 'TCP connection state changes (RFC 9293 §3.3.2 Figure 5 and §3.10)',
    header: ['id', 'event', 'sends', 'next state'],
    from: (state: string) => (state === 'any' ? 'From any state:' : `From ${state}:`),
    when: 'when: ',
    footer: (n: number, fig: number, notes: number, events: number, same: number) =>
      `${n} state-changing transitions: ${fig} Figure 5 arcs, ${notes} Figure 5 note, ${events} from the §3.10 event processing. ${same} more rules keep the state (not listed).`,
  },
  zh: {
    title: 'TCP 连接状态变化（RFC 9293 §3.3.2 图 5 与 §3.10）',
    header: ['编号', '事件', '发送', '下一状态'],
    from: (state: string) => (state === 'any' ? '任意状态：' : `从 ${state} 出发：`),
    when: '条件：',
    footer: (n: number, fig: number, notes: number, events: number, same: number) =>
      `共 ${n} 个改变状态的转换：图 5 的 ${fig} 条弧线、图 5 的 ${notes} 条注释、§3.10 事件处理中的 ${events} 条。另有 ${same} 条保持状态的规则（未列出）。`,
  },
} as const;

function indented(text: string): string[] {
  return wrap(text, WIDTH - DETAIL_INDENT.length).map((line) => DETAIL_INDENT + line);
}

function rowLines(row: StateChange, lang: Lang): string[] {
  const head = `  ${padEnd(row.id, 5)}${padEnd(row.event, EVENT_W)}${padEnd(row.send, SEND_W)}-> ${row.to}`;
  const condition = row[lang].condition;
  const details = [
    ...(condition === '' ? [] : [TEXT[lang].when + condition]),
    row.source,
    ...(row.linux ? [`Linux: ${row.linux[lang]}`] : []),
  ];
  return [head, ...details.flatMap((d) => indented(d))];
}

function transitionsText(lang: Lang): string {
  const t = TEXT[lang];
  const [id, event, sends, next] = t.header;
  const lines = [
    ...wrap(t.title, WIDTH),
    '',
    `  ${padEnd(id, 5)}${padEnd(event, EVENT_W)}${padEnd(sends, SEND_W)}-> ${next}`,
  ];
  for (const from of [...TCP_STATES, 'any'] as const) {
    const rows = STATE_CHANGES.filter((row) => row.from === from);
    if (rows.length === 0) continue;
    lines.push('', t.from(from), ...rows.flatMap((row) => rowLines(row, lang)));
  }
  const count = (kind: StateChange['kind']): number =>
    STATE_CHANGES.filter((r) => r.kind === kind).length;
  const footer = t.footer(
    STATE_CHANGES.length,
    count('figure'),
    count('note'),
    count('event'),
    SAME_STATE_RULES.length,
  );
  lines.push('', ...wrap(footer, WIDTH));
  return lines.join('\n') + '\n';
}

/** For study: the picture first, then every transition with its section. */
export function studyText(lang: Lang): string {
  return `${renderStateDiagram({ lang }).text}\n\n${transitionsText(lang)}`;
}
