// Every shortcut, in one table. Screens ask `actionFor()` what a key means in their
// context, and the footer renders its hints from the same rows, so they cannot disagree.
import type { Lang } from '../content/types.js';

/** `done`: a session just ended (undo can step back into it); `empty`: nothing to study. */
export type KeyContext = 'home' | 'question' | 'typing' | 'picking' | 'answer' | 'done' | 'empty';

export type KeyAction =
  | { type: 'quit' }
  | { type: 'back' }
  | { type: 'reveal' }
  | { type: 'accept' }
  | { type: 'grade'; rating: 1 | 2 | 3 | 4 }
  | { type: 'undo' }
  | { type: 'learn-new' }
  | { type: 'review-due' }
  | { type: 'pick'; position: number }
  | { type: 'backspace' }
  | { type: 'clear' };

/** The parts of ink's `Key` that the table looks at. */
export type KeyPress = {
  readonly return?: boolean;
  readonly escape?: boolean;
  readonly backspace?: boolean;
  readonly delete?: boolean;
  readonly ctrl?: boolean;
};

type Binding = {
  readonly contexts: readonly KeyContext[];
  readonly label: string;
  readonly hint: Readonly<Record<Lang, string>>;
  /** Bindings without a hint still work but stay out of the footer. */
  readonly inFooter?: boolean;
  readonly match: (input: string, key: KeyPress) => KeyAction | undefined;
};

// Full-width digits (１–４) come from Chinese IMEs; accept them as the ASCII ones.
const digit = (input: string): number | undefined => {
  const code = input.length === 1 ? input.charCodeAt(0) : -1;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return undefined;
};

export const KEYMAP: readonly Binding[] = [
  {
    // Handled by ink-select-input (also j/k, and 1-9 to open a row); listed for the footer.
    contexts: ['home'],
    label: '↑↓ Enter',
    hint: { en: 'open', zh: '打开' },
    match: () => undefined,
  },
  {
    contexts: ['home'],
    label: 'n',
    hint: { en: 'learn new', zh: '学新卡' },
    match: (i) => (i === 'n' ? { type: 'learn-new' } : undefined),
  },
  {
    contexts: ['home'],
    label: 'r',
    hint: { en: 'review due', zh: '复习到期' },
    match: (i) => (i === 'r' ? { type: 'review-due' } : undefined),
  },
  {
    contexts: ['question'],
    label: 'Space/Enter',
    hint: { en: 'show answer', zh: '显示答案' },
    match: (i, k) => (i === ' ' || k.return ? { type: 'reveal' } : undefined),
  },
  {
    contexts: ['typing'],
    label: 'Enter',
    hint: { en: 'check', zh: '提交' },
    match: (_i, k) => (k.return ? { type: 'reveal' } : undefined),
  },
  {
    contexts: ['typing', 'picking'],
    label: '⌫',
    hint: { en: 'erase', zh: '删除' },
    inFooter: false,
    match: (_i, k) => (k.backspace || k.delete ? { type: 'backspace' } : undefined),
  },
  {
    // The readline convention for erasing what was typed.
    contexts: ['typing'],
    label: 'Ctrl-U',
    hint: { en: 'clear', zh: '清空' },
    inFooter: false,
    match: (i, k) => (k.ctrl && i === 'u' ? { type: 'clear' } : undefined),
  },
  {
    contexts: ['picking'],
    label: '1-9',
    hint: { en: 'pick', zh: '选择' },
    match: (i) => {
      const d = digit(i);
      return d !== undefined && d >= 1 ? { type: 'pick', position: d - 1 } : undefined;
    },
  },
  {
    contexts: ['answer'],
    label: '1-4',
    hint: { en: 'grade', zh: '评分' },
    match: (i) => {
      const d = digit(i);
      return d !== undefined && d >= 1 && d <= 4
        ? { type: 'grade', rating: d as 1 | 2 | 3 | 4 }
        : undefined;
    },
  },
  {
    contexts: ['answer'],
    label: 'Space/Enter',
    hint: { en: 'accept grade', zh: '确认评分' },
    match: (i, k) => (i === ' ' || k.return ? { type: 'accept' } : undefined),
  },
  {
    contexts: ['question', 'picking', 'answer', 'done'],
    label: 'u',
    hint: { en: 'undo', zh: '撤销' },
    match: (i) => (i === 'u' ? { type: 'undo' } : undefined),
  },
  {
    // Letters are text while typing an answer, so undo there needs a control key.
    contexts: ['typing'],
    label: 'Ctrl-Z',
    hint: { en: 'undo', zh: '撤销' },
    match: (i, k) => (k.ctrl && i === 'z' ? { type: 'undo' } : undefined),
  },
  {
    contexts: ['done', 'empty'],
    label: 'Enter',
    hint: { en: 'home', zh: '主页' },
    match: (_i, k) => (k.return ? { type: 'back' } : undefined),
  },
  {
    contexts: ['question', 'typing', 'picking', 'answer', 'done', 'empty'],
    label: 'Esc',
    hint: { en: 'back', zh: '返回' },
    match: (_i, k) => (k.escape ? { type: 'back' } : undefined),
  },
  {
    contexts: ['home', 'question', 'picking', 'answer', 'done', 'empty'],
    label: 'q',
    hint: { en: 'quit', zh: '退出' },
    match: (i) => (i === 'q' ? { type: 'quit' } : undefined),
  },
];

export function actionFor(
  context: KeyContext,
  input: string,
  key: KeyPress,
): KeyAction | undefined {
  for (const binding of KEYMAP) {
    if (!binding.contexts.includes(context)) continue;
    const action = binding.match(input, key);
    if (action) return action;
  }
  return undefined;
}

export function footerHints(context: KeyContext, lang: Lang): { label: string; hint: string }[] {
  return KEYMAP.filter((b) => b.contexts.includes(context) && b.inFooter !== false).map((b) => ({
    label: b.label,
    hint: b.hint[lang],
  }));
}

/** One key press, as `useInput` would have reported it on its own. */
export type SplitPress = { readonly input: string; readonly key: KeyPress };

/**
 * ink hands over a burst of plain bytes as one input: a paste, a Chinese IME committing a
 * word, keys typed over a slow SSH link, `abc\r` or three DELs in a row. Split such a
 * burst into single presses so Enter still submits and Backspace still erases, and drop
 * other control bytes instead of printing them into the frame.
 */
export function splitPresses(input: string, key: KeyPress): SplitPress[] {
  const named =
    key.return || key.escape || key.backspace || key.delete || key.ctrl || input.length <= 1;
  if (named) return [{ input, key }];
  const presses: SplitPress[] = [];
  for (const ch of input) {
    if (ch === '\r' || ch === '\n') presses.push({ input: '', key: { return: true } });
    else if (ch === '\u007F' || ch === '\b') presses.push({ input: '', key: { backspace: true } });
    else if (ch >= ' ') presses.push({ input: ch, key: {} });
  }
  return presses;
}
