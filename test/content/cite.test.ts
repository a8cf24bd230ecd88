import { describe, expect, it } from 'vitest';
import { citeIn } from '../../src/content/cite.js';

describe('citeIn', () => {
  it('names figures in Chinese on Chinese screens and leaves the rest of the citation', () => {
    expect(citeIn('RFC 9293 §3.3.2 Fig.5; §3.10.1', 'zh')).toBe('RFC 9293 §3.3.2 图 5; §3.10.1');
    expect(citeIn('RFC 9293 §3.6 (Figure 13)', 'zh')).toBe('RFC 9293 §3.6 (图 13)');
    expect(citeIn('RFC 9293 §3.3.2 Fig.5', 'en')).toBe('RFC 9293 §3.3.2 Fig.5');
    expect(citeIn('man 7 tcp', 'zh')).toBe('man 7 tcp');
  });
});
