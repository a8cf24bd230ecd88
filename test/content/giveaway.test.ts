import { describe, expect, it } from 'vitest';
import { compileBank } from '../../src/content/compile-bank.js';
import { containsToken } from '../../src/content/giveaway.js';

const enc = (s: string) => new TextEncoder().encode(s);
const deck = (body: string, lang = 'en') =>
  `---\nid: d\ntitle: T\ntopic: states\nlang: ${lang}\nsource: RFC 9293\n---\n${body}`;
const lint = (body: string, lang = 'en') =>
  compileBank([{ path: `${lang}/d.md`, bytes: enc(deck(body, lang)) }]).diagnostics.map(
    (d) => `${d.file}:${d.line}:${d.column}: ${d.message.replace(/ \(reword.*$/, '')}`,
  );

describe('giveaway lint', () => {
  it('reports a cloze whose hidden text another deletion shows, at the hidden deletion', () => {
    expect(lint('C: SND.UNA = {{c1::ISS}} and SND.NXT = {{c2::ISS+1}}. <!-- id: v -->\n')).toEqual([
      "en/d.md:8:14: card 'v:c1' gives its answer away: 'ISS' is visible in the question side",
    ]);
  });

  it('finds the repeat in a cloze fence, ignoring case', () => {
    const body = [
      'C: Fill in. <!-- id: fig -->',
      '',
      '```text cloze',
      '1. SYN-SENT --> {{c1::SYN-RECEIVED}}',
      '2. ESTABLISHED <-- syn-received',
      '```',
      '',
    ].join('\n');
    expect(lint(body)).toEqual([
      "en/d.md:11:17: card 'fig:c1' gives its answer away: 'SYN-RECEIVED' is visible in the question side",
    ]);
  });

  it('finds a hidden duration shown in another unit', () => {
    expect(
      lint('C: Older than {{c1::1 second}} (default {{c2::1000}} ms). <!-- id: u -->\n'),
    ).toEqual([
      "en/d.md:8:15: card 'u:c1' gives its answer away: '1 second' is visible in the question side in another unit",
    ]);
    expect(lint('C: {{c1::60 s}}, unlike 2MSL, is fixed. <!-- id: u -->\n')).toEqual([]);
    expect(
      lint('C: TIME-WAIT lasts {{c1::60 秒}}，即 1 分钟。 <!-- id: u -->\n', 'zh'),
    ).toHaveLength(1);
  });

  it('reports a hint that names the answer', () => {
    expect(lint('C: The state is {{c1::LAST-ACK::LAST-ACK}}. <!-- id: h -->\n')).toHaveLength(1);
  });

  it('accepts a repeat hidden in the same group, and a marked exception', () => {
    expect(lint('C: {{c1::M}} + F(), where {{c1::M}} is a timer. <!-- id: m -->\n')).toEqual([]);
    const marked =
      'C: 6 ports: {{c1::6}} connects. <!-- id: k -->\n<!-- giveaway-ok: premise -->\nE: why\n';
    expect(lint(marked)).toEqual([]);
    expect(lint(marked.replace('<!-- giveaway-ok: premise -->\n', ''))).toHaveLength(1);
  });

  it('reports a typed card whose answer is in its question', () => {
    expect(lint('T: From LISTEN, an RST returns to? <!-- id: t -->\nA: LISTEN\n')).toEqual([
      "en/d.md:8:9: card 't' gives its answer away: 'LISTEN' is visible in the question",
    ]);
    expect(lint('T: After a passive open, an RST returns to? <!-- id: t -->\nA: LISTEN\n')).toEqual(
      [],
    );
  });

  it('reports a flashcard whose short answer is in its question, either side of a reversed pair', () => {
    expect(lint('R: TIME-WAIT <!-- id: r -->\nA: The state after TIME-WAIT ends\n')).toEqual([
      "en/d.md:8:4: card 'r:r' gives its answer away: 'TIME-WAIT' is visible in the question",
    ]);
    expect(lint('Q: Which state lasts 2MSL? <!-- id: q -->\nA: TIME-WAIT\n')).toEqual([]);
    const prose =
      'Q: What does TIME-WAIT do? <!-- id: q -->\nA: TIME-WAIT holds the 4-tuple for 2MSL so that old segments die out.\n';
    expect(lint(prose)).toEqual([]);
  });

  it('reports a choice that quotes only the right option, not one that names them all', () => {
    const only = 'M: Which one is TIME-WAIT? <!-- id: c -->\n- [x] TIME-WAIT\n- [ ] CLOSE-WAIT\n';
    expect(lint(only)).toHaveLength(1);
    const both =
      'M: TIME-WAIT or CLOSE-WAIT: which lasts 60 s? <!-- id: c -->\n- [x] TIME-WAIT\n- [ ] CLOSE-WAIT\n';
    expect(lint(both)).toEqual([]);
  });

  it('works on Chinese text, which has no spaces between words', () => {
    expect(
      lint('C: SYN 占用{{c1::一个序列号}}，数据每字节占用一个序列号。 <!-- id: z -->\n', 'zh'),
    ).toHaveLength(1);
  });
});

describe('containsToken', () => {
  it('matches whole tokens only', () => {
    expect(containsToken('where M is a timer', 'm')).toBe(true);
    expect(containsToken('a 4-microsecond timer', 'm')).toBe(false);
    expect(containsToken('seq=ISS+1', 'iss')).toBe(true);
    expect(containsToken('MISSING', 'iss')).toBe(false);
    expect(containsToken('`TCP_TIMEWAIT_LEN`', 'tcp_timewait_len')).toBe(true);
  });

  it('does not split a number at its dots or colons', () => {
    expect(containsToken('127.0.0.1:8080', '1')).toBe(false);
    expect(containsToken('127.0.0.1:8080', '8080')).toBe(true);
    expect(containsToken('ack=1.', '1')).toBe(true);
  });
});
