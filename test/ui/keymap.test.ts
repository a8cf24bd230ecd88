import { describe, expect, it } from 'vitest';
import {
  KEYMAP,
  bindingLabel,
  commandFor,
  footerHints,
  helpSections,
  splitPresses,
} from '../../src/ui/keymap.js';
import type { Scope } from '../../src/ui/keymap.js';

const command = (scopes: Scope[], input: string, key = {}, text = false) => {
  const m = commandFor(scopes, input, key, { text });
  return m && { command: m.command, ...(m.digit === undefined ? {} : { digit: m.digit }) };
};

describe('commandFor', () => {
  it('maps keys per scope and accepts full-width digits', () => {
    expect(command(['answer'], '３')).toEqual({ command: 'grade', digit: 3 });
    expect(command(['answer'], '5')).toBeUndefined();
    expect(command(['answer'], ' ')).toEqual({ command: 'accept' });
    expect(command(['question'], '', { return: true })).toEqual({ command: 'reveal' });
    expect(command(['picking'], '2')).toEqual({ command: 'pick', digit: 2 });
    expect(command(['home'], '0')).toEqual({ command: 'open-deck', digit: 0 });
  });

  it('takes the most specific scope first', () => {
    // `u` takes back a pick of an ordering; in the answer it undoes the grade.
    expect(command(['ordering', 'global'], 'u')).toEqual({ command: 'take-back' });
    expect(command(['ordering', 'global'], '2')).toEqual({ command: 'pick', digit: 2 });
    expect(command(['answer', 'global'], 'u')).toEqual({ command: 'undo' });
    expect(command(['home', 'global'], 'q')).toEqual({ command: 'quit' });
    expect(command(['home', 'global'], 'k')).toEqual({ command: 'up' });
    expect(command(['answer', 'scroll', 'global'], 'j')).toEqual({ command: 'down' });
  });

  it('reads letters as text while an answer is typed; named and control keys still work', () => {
    const typing: Scope[] = ['typing', 'scroll', 'global'];
    for (const ch of ['q', 'u', '?', 'j', 'k', '1'])
      expect(command(typing, ch, {}, true)).toBeUndefined();
    expect(command(typing, 'u', { ctrl: true }, true)).toEqual({ command: 'clear' });
    expect(command(typing, 'z', { ctrl: true }, true)).toEqual({ command: 'undo' });
    expect(command(typing, '', { return: true }, true)).toEqual({ command: 'check' });
    expect(command(typing, '', { downArrow: true }, true)).toEqual({ command: 'down' });
    expect(command(typing, '', { escape: true }, true)).toEqual({ command: 'back' });
  });

  it('never mistakes an arrow or Enter for a printable key', () => {
    expect(command(['question'], ' ', { return: true })).toEqual({ command: 'reveal' });
    expect(command(['home'], '', { upArrow: true })).toEqual({ command: 'up' });
    expect(command(['home'], '', { pageDown: true })).toEqual({ command: 'page-down' });
  });
});

describe('footer and help, derived from the table', () => {
  it('shows the footer of a scope list in scope order, groups merged', () => {
    expect(footerHints(['home', 'global'], 'en').map((h) => `${h.label} ${h.hint}`)).toEqual([
      '↑↓ move',
      'Enter open',
      'n learn new',
      'r review due',
      '? help',
      'q quit',
    ]);
    expect(footerHints(['ordering', 'global'], 'en').map((h) => h.label)).toEqual([
      '1-9',
      'u/⌫',
      'Tab',
      'Esc',
      '?',
      'q',
    ]);
    // A choice is answered by its one pick: there is nothing to take back, `u` undoes.
    expect(footerHints(['picking', 'global'], 'en').map((h) => `${h.label} ${h.hint}`)).toEqual([
      '1-9 pick',
      'Tab give up',
      'u undo',
      'Esc back',
      '? help',
      'q quit',
    ]);
    expect(command(['picking', 'global'], 'u')).toEqual({ command: 'undo' });
    expect(command(['picking', 'global'], '', { backspace: true })).toBeUndefined();
    expect(footerHints(['answer', 'scroll', 'global'], 'zh').map((h) => h.hint)).toContain('滚动');
  });

  it('has a label every key of which the matcher accepts', () => {
    const press: Record<string, [string, object]> = {
      Space: [' ', {}],
      Enter: ['', { return: true }],
      Esc: ['', { escape: true }],
      '⌫': ['', { backspace: true }],
      '↑': ['', { upArrow: true }],
      '↓': ['', { downArrow: true }],
      '←': ['', { leftArrow: true }],
      '→': ['', { rightArrow: true }],
      PgUp: ['', { pageUp: true }],
      PgDn: ['', { pageDown: true }],
      Home: ['', { home: true }],
      End: ['', { end: true }],
      'Ctrl-U': ['u', { ctrl: true }],
      'Ctrl-Z': ['z', { ctrl: true }],
      Tab: ['', { tab: true }],
      'Ctrl-C': ['c', { ctrl: true }],
    };
    for (const binding of KEYMAP) {
      // `/` (search) is a key of its own, not the separator between keys.
      const labels = bindingLabel(binding) === '/' ? ['/'] : bindingLabel(binding).split('/');
      for (const label of labels) {
        const range = /^(\d)-(\d)$/.exec(label);
        const [input, key] = range ? [range[1]!, {}] : (press[label] ?? [label, {}]);
        const found = binding.scopes.some(
          (scope) => commandFor([scope], input, key)?.command === binding.command,
        );
        expect(found, `${binding.command} ${label}`).toBe(true);
      }
    }
  });

  it('lists every binding in help, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const listed = helpSections(lang).reduce((n, s) => n + s.keys.length, 0);
      const expected = KEYMAP.reduce((n, b) => n + b.scopes.length, 0);
      expect(listed).toBe(expected);
      for (const s of helpSections(lang)) for (const k of s.keys) expect(k.hint).not.toBe('');
    }
  });
});

describe('splitPresses', () => {
  it('splits a burst of bytes into the presses it holds', () => {
    // A paste or a fast typist: text then Enter arrive as one input.
    expect(splitPresses('fin\r', {})).toEqual([
      { input: 'f', key: {} },
      { input: 'i', key: {} },
      { input: 'n', key: {} },
      { input: '', key: { return: true } },
    ]);
    expect(splitPresses('\u007F\u007Fa', {})).toEqual([
      { input: '', key: { backspace: true } },
      { input: '', key: { backspace: true } },
      { input: 'a', key: {} },
    ]);
    // Other control bytes never reach the frame.
    expect(splitPresses('a\u0007\u0015b', {}).map((p) => p.input)).toEqual(['a', 'b']);
    // Digits for an ordering card, and a word from a Chinese IME, key by key.
    expect(splitPresses('231', {}).map((p) => p.input)).toEqual(['2', '3', '1']);
    expect(splitPresses('半关闭', {}).map((p) => p.input)).toEqual(['半', '关', '闭']);
    // Named keys and single characters pass through untouched.
    expect(splitPresses('', { return: true })).toEqual([{ input: '', key: { return: true } }]);
    expect(splitPresses('u', { ctrl: true })).toEqual([{ input: 'u', key: { ctrl: true } }]);
  });
});
