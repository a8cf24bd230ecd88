// All generated drills and the two decks that hold them. Generated from the transition table and the
// scenarios on every call: pure data in, plain cards out, nothing read from disk.
import type { ChoiceCard, Deck, Lang } from '../content/types.js';
import { GENERATED } from '../content/types.js';
import { FSM_DECK_ID, fsmDrills } from './fsm-drills.js';
import { SEQUENCE_DECK_ID, sequenceDrills } from './sequence-drills.js';

export { FSM_DECK_ID, SEQUENCE_DECK_ID };

export function generateDrills(lang: Lang): ChoiceCard[] {
  return [...fsmDrills(lang), ...sequenceDrills(lang)];
}

const DECK_TEXT: Readonly<Record<Lang, Record<'fsm' | 'seq', { title: string; intro: string }>>> = {
  en: {
    fsm: {
      title: 'State machine drills',
      intro:
        'One card for every state change in RFC 9293: the 20 arcs of Figure 5, its Note 2, and the 25 changes spelled out only in the §3.10 event processing. Given a state and an event, pick the next state and the segment it sends. Where Linux behaves differently, the explanation says so.',
    },
    seq: {
      title: 'Sequence diagram drills',
      intro:
        'Handshakes and closes drawn as two-lane diagrams with one part hidden: a segment (flags, seq and ack) or the state a side enters. SYN and FIN take one sequence number, a bare ACK none.',
    },
  },
  zh: {
    fsm: {
      title: '状态机练习',
      intro:
        'RFC 9293 中每一个状态变化各一张卡片：图 5 的 20 条弧线、图 5 的注 2，以及只在 §3.10 事件处理中写明的 25 个变化。给定状态和事件，选出下一个状态以及发送的报文段。Linux 行为不同之处会在解析中注明。',
    },
    seq: {
      title: '时序图练习',
      intro:
        '握手和挥手画成双泳道时序图，其中一处被隐藏：一个报文段（标志位、seq 和 ack），或某一方进入的状态。SYN 和 FIN 各占一个序列号，纯 ACK 不占。',
    },
  },
};

export function drillDecks(lang: Lang): Deck[] {
  const text = DECK_TEXT[lang];
  return [
    {
      id: FSM_DECK_ID,
      order: 900,
      title: text.fsm.title,
      topic: 'states',
      lang,
      source: 'RFC 9293 §3.3.2 Fig.5; §3.10',
      intro: text.fsm.intro,
      file: GENERATED,
    },
    {
      id: SEQUENCE_DECK_ID,
      order: 910,
      title: text.seq.title,
      topic: 'states',
      lang,
      source: 'RFC 9293 §3.5; §3.6',
      intro: text.seq.intro,
      file: GENERATED,
    },
  ];
}
