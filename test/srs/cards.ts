// Small hand-made cards for queue and stats tests: only the fields scheduling reads matter.
import type { Card } from '../../src/content/types.js';

export function card(id: string, opts: { note?: string; topic?: string } = {}): Card {
  return {
    type: 'basic',
    id,
    note: opts.note ?? id,
    deck: 'test',
    lang: 'en',
    topic: opts.topic ?? 'handshake',
    section: '',
    source: '',
    file: 'test.md',
    line: 1,
    prompt: `prompt ${id}`,
    answer: `answer ${id}`,
  };
}
