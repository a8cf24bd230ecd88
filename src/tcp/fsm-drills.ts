// "State + event → next state" drills: one card per state-changing row of the transition table.
import type { ChoiceCard, Lang } from '../content/types.js';
import { GENERATED } from '../content/types.js';
import { CONFUSABLE, pickOptions } from './distractors.js';
import type { OptionSources } from './distractors.js';
import { pairOptions, wrongSend } from './fsm-options.js';
import { SAME_STATE_RULES, STATE_CHANGES } from './transitions.js';
import type { StateChange, Transition } from './transitions.js';
import type { TcpState } from './states.js';

export const FSM_DECK_ID = 'fsm-drills';

const SENT: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {
    '-': 'Nothing is sent.',
    SYN: 'It sends a SYN.',
    'SYN,ACK': 'It sends a SYN,ACK.',
    ACK: 'It sends an ACK.',
    FIN: 'It sends a FIN (FIN,ACK on the wire: once the peer’s SYN is acknowledged, every segment carries ACK).',
    RST: 'It sends a reset, <SEQ=SND.NXT><CTL=RST>.',
    'ACK (challenge)': 'It sends a challenge ACK (RFC 5961) and drops the segment.',
    data: 'The data is sent: this direction is still open.',
    retransmit: 'It retransmits the oldest unacknowledged segment and doubles the RTO.',
  },
  zh: {
    '-': '不发送任何报文段。',
    SYN: '发送 SYN。',
    'SYN,ACK': '发送 SYN,ACK。',
    ACK: '发送 ACK。',
    FIN: '发送 FIN（线上是 FIN,ACK：确认对方 SYN 之后，每个报文段都带 ACK）。',
    RST: '发送重置报文 <SEQ=SND.NXT><CTL=RST>。',
    'ACK (challenge)': '发送挑战 ACK（RFC 5961），并丢弃该报文段。',
    data: '数据照常发送：这个方向仍然打开。',
    retransmit: '重传最早的未确认报文段，并把 RTO 加倍。',
  },
};

/** Next states reachable from the same state by other events: the most tempting wrong answers. */
function siblingTargets(row: StateChange): string[] {
  return STATE_CHANGES.filter((other) => other.from === row.from && other.id !== row.id).map(
    (other) => other.to,
  );
}

// 'rcv FIN+ACK of FIN', 'rcv SYN,ACK' and 'rcv RST in window, …' are variants of 'rcv FIN',
// 'rcv SYN' and 'rcv RST'; a user call or a timeout is its own kind.
function baseEvent(event: string): string {
  const [first = '', second = ''] = event.split(/[\s+,]/);
  return first === 'rcv' ? `rcv ${second}` : event;
}

/**
 * State changes from `state` on the same kind of event under another condition (F09/E05,
 * F15/N01, the RST after S09's in-window one): the trap the card is about.
 */
function sameEventTargets(row: Transition, state: string): string[] {
  return STATE_CHANGES.filter(
    (other) =>
      other.from === state &&
      other.id !== row.id &&
      baseEvent(other.event) === baseEvent(row.event),
  ).map((other) => other.to);
}

/** The most tempting wrong state, chosen from `from` as the card's seed rotates it. */
function wrongState(answer: string, seed: string, from: OptionSources): string {
  return pickOptions(answer, seed, from, 1).find((state) => state !== answer) ?? answer;
}

function prompt(row: Transition, lang: Lang): string {
  const text = row[lang];
  if (lang === 'zh') {
    const where =
      row.from === 'any' ? '在任何已有连接的状态（例如 ESTABLISHED）下' : `处于 ${row.from} 时`;
    const when = text.condition === '' ? '' : `；条件：${text.condition}`;
    return `${where}，${text.event}${when}。下一个状态是什么？发送什么报文段？`;
  }
  const where =
    row.from === 'any' ? 'In any state with a connection (say ESTABLISHED)' : `In ${row.from}`;
  const when = text.condition === '' ? '' : ` — ${text.condition}`;
  return `${where}, ${text.event}${when}. Which state comes next, and what does it send?`;
}

function explain(row: StateChange, lang: Lang): string {
  const from = row.from === 'any' ? (lang === 'zh' ? '任意状态' : 'Any state') : row.from;
  const sent = SENT[lang][row.send] ?? row.send;
  const lines = [
    lang === 'zh' ? `**${from} → ${row.to}**。${sent}` : `**${from} → ${row.to}**. ${sent}`,
  ];
  if (row.linux) lines.push('', `Linux: ${row.linux[lang]}`);
  return lines.join('\n');
}

/**
 * Rows where the socket a Linux user can see keeps its state (the listener stays LISTEN
 * while a request socket handles the SYN; connect() on a listener fails): offering the
 * from-state as a wrong answer would mark a true Linux fact wrong.
 */
export const LINUX_KEEPS_FROM: ReadonlySet<string> = new Set(['F04', 'F05', 'E01']);

/** What every fsm drill card shares; the id is the row's, so progress carries over. */
function drillCard(
  row: Transition,
  lang: Lang,
  fields: Pick<ChoiceCard, 'section' | 'explain' | 'prompt' | 'options'>,
): ChoiceCard {
  const id = `fsm-${row.id.toLowerCase()}`;
  return {
    type: 'choice',
    id,
    // The note is the id: the en and zh copies of a card are siblings and bury each other.
    note: id,
    deck: FSM_DECK_ID,
    lang,
    topic: 'states',
    source: row.source,
    file: GENERATED,
    line: 0,
    ...fields,
  };
}

export function fsmDrill(row: StateChange, lang: Lang): ChoiceCard {
  const id = `fsm-${row.id.toLowerCase()}`;
  const keeps = LINUX_KEEPS_FROM.has(row.id);
  const stays = row.from === 'any' || keeps ? [] : [row.from];
  return drillCard(row, lang, {
    section: row.from === 'any' ? (lang === 'zh' ? '任意状态' : 'Any state') : row.from,
    explain: explain(row, lang),
    prompt: prompt(row, lang),
    options: pairOptions(
      { state: row.to, send: row.send },
      {
        state: wrongState(row.to, id, {
          first: sameEventTargets(row, row.from),
          plausible: [...siblingTargets(row), ...stays, ...CONFUSABLE[row.to]],
          exclude: keeps && row.from !== 'any' ? [row.from] : [],
        }),
        send: wrongSend(row),
      },
      id,
      lang,
    ),
  });
}

/** The state a same-state rule keeps; the rule for any state is drilled in ESTABLISHED. */
export function keptState(row: Transition): TcpState {
  return row.from === 'any' ? 'ESTABLISHED' : row.from;
}

/**
 * A rule that keeps the state (a retransmitted FIN in TIME-WAIT): the trap is to move on.
 * The tempting wrong state is where the same state goes on the same kind of event, else on
 * another event.
 */
export function fsmRuleDrill(row: Transition, lang: Lang): ChoiceCard {
  const id = `fsm-${row.id.toLowerCase()}`;
  const state = keptState(row);
  const shown = row.from === 'any' ? { ...row, from: state } : row;
  const sent = SENT[lang][row.send] ?? row.send;
  const head =
    lang === 'zh'
      ? `**${state} 保持 ${state}**：这条规则不改变状态。${sent}`
      : `**${state} stays ${state}**: this rule keeps the state. ${sent}`;
  const targets = STATE_CHANGES.filter((other) => other.from === state).map((o) => o.to);
  return drillCard(row, lang, {
    section: state,
    explain: row.linux ? `${head}\n\nLinux: ${row.linux[lang]}` : head,
    prompt: prompt(shown, lang),
    options: pairOptions(
      { state, send: row.send },
      {
        state: wrongState(state, id, {
          first: sameEventTargets(row, state),
          plausible: [...targets, ...CONFUSABLE[state]],
        }),
        send: wrongSend(row),
      },
      id,
      lang,
    ),
  });
}

/** One card per state-changing transition (46), then one per same-state rule (20), in table order. */
export function fsmDrills(lang: Lang): ChoiceCard[] {
  return [
    ...STATE_CHANGES.map((row) => fsmDrill(row, lang)),
    ...SAME_STATE_RULES.map((row) => fsmRuleDrill(row, lang)),
  ];
}
