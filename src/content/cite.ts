// A source as the learner reads it: citations are written once, in English (`RFC 9293 §3.5
// Fig.6`), and a Chinese screen names the figure as Chinese texts do (`图 6`).
import type { Lang } from './types.js';

export function citeIn(source: string, lang: Lang): string {
  return lang === 'zh' ? source.replace(/\b(?:Fig\.|Figure)\s?(\d+)/g, '图 $1') : source;
}
