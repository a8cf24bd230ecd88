// How a topic (a deck's front-matter `topic`) is named on screen. The id stays the key in
// JSON and in the decks; Chinese screens show a Chinese name instead of the English id.
import type { Lang } from './types.js';

const ZH: Readonly<Record<string, string>> = {
  handshake: '三次握手',
  teardown: '四次挥手',
  'time-wait': 'TIME-WAIT',
  states: '状态',
  troubleshooting: '排查',
};

export function topicName(topic: string, lang: Lang): string {
  return lang === 'zh' ? (ZH[topic] ?? topic) : topic;
}
