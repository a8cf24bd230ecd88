// Does a typed answer mean the same as one of the accepted ones? Pure. Three readings, each
// applied to the learner's text and to every accepted answer alike:
// - spelling: case, `_`, `-`, spaces and code backticks do not matter (TIME_WAIT = time wait);
// - durations: a number with a unit, in English or Chinese (60 s = 60 secs = 1 min = 60秒);
// - commands: short flags in any order, combined or apart (ss -tan = ss -nat = ss -t -a -n),
//   long options by their short letter for ss, and the filter words ss itself treats alike.
// Anything else that is one slip of the keyboard away inside a word of five letters or more,
// or inside a hyphenated name (SYN-SNT for SYN-SENT), is a near miss, which the grader
// passes as Hard.

import { parseDuration } from '../text/duration.js';

export type Verdict = 'right' | 'near' | 'wrong';

/**
 * Comparable form of a typed answer: case-insensitive, with `_`, `-`, spaces and code
 * backticks dropped, so TIME_WAIT = time-wait = TIME WAIT = timewait, and 终止等待 1 =
 * 终止等待1. NFKC first, so full-width input from an IME (ＴＩＭＥ＿ＷＡＩＴ) matches too.
 */
export function normalizeAnswer(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_`-]+/g, '');
}

export function matchAnswer(input: string, accept: readonly string[]): Verdict {
  const given = input.normalize('NFKC').trim();
  if (normalizeAnswer(given) === '') return 'wrong';
  if (accept.some((a) => sameMeaning(given, a.normalize('NFKC').trim()))) return 'right';
  if (accept.some((a) => nearMiss(given, a.normalize('NFKC').trim()))) return 'near';
  return 'wrong';
}

function sameMeaning(given: string, wanted: string): boolean {
  // Two command lines compare as commands only: `lsof -P` is not `lsof -p`.
  const x = parseCommand(given);
  const y = parseCommand(wanted);
  if (x !== undefined && y !== undefined) return x.key === y.key;
  if (normalizeAnswer(given) === normalizeAnswer(wanted)) return true;
  const a = parseDuration(given);
  const b = parseDuration(wanted);
  return a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, b);
}

// --- commands ----------------------------------------------------------------------------

/** ss's long options by their short letter (ss(8)). */
const SS_LONG: Readonly<Record<string, string>> = {
  '--all': 'a',
  '--listening': 'l',
  '--numeric': 'n',
  '--resolve': 'r',
  '--options': 'o',
  '--extended': 'e',
  '--memory': 'm',
  '--processes': 'p',
  '--info': 'i',
  '--summary': 's',
  '--tcp': 't',
  '--udp': 'u',
  '--unix': 'x',
  '--raw': 'w',
  '--ipv4': '4',
  '--ipv6': '6',
};
/** Words ss's filter parser treats alike (scan_state() and the expression lexer). */
const SS_WORDS: Readonly<Record<string, string>> = {
  'syn-rcv': 'syn-recv',
  close: 'closed',
  unconnected: 'closed',
  '==': '=',
  eq: '=',
  ne: '!=',
  neq: '!=',
  gt: '>',
  lt: '<',
  ge: '>=',
  geq: '>=',
  le: '<=',
  leq: '<=',
};

type Command = {
  /** Program, flag letters (a multiset, sorted), long options (sorted) and the other words in order. */
  readonly key: string;
  readonly words: readonly string[];
};

/** A command line (`ss -tan state time-wait`), or undefined when the text is not one. */
export function parseCommand(text: string): Command | undefined {
  const tokens = text
    .replace(/^`|`$/g, '')
    .replace(/['"]/g, ' ')
    .replace(/([()])/g, ' $1 ')
    .split(/\s+/)
    .filter((t) => t !== '');
  const [program, ...rest] = tokens;
  if (program === undefined || !/^[a-z][\w.-]*$/.test(program)) return undefined;
  if (!rest.some((t) => /^--?[A-Za-z0-9]/.test(t))) return undefined;
  const letters: string[] = [];
  const long: string[] = [];
  const words: string[] = [];
  for (const token of rest) {
    const short = program === 'ss' ? SS_LONG[token] : undefined;
    if (short !== undefined) letters.push(short);
    else if (/^-[A-Za-z0-9]+$/.test(token)) letters.push(...token.slice(1));
    else if (token.startsWith('--')) long.push(token);
    else {
      const word = token.toLowerCase();
      words.push(program === 'ss' ? (SS_WORDS[word] ?? word) : word);
    }
  }
  letters.sort();
  long.sort();
  return {
    key: [program, letters.join(''), long.join(' '), words.join(' ')].join('\u0000'),
    words,
  };
}

// --- near misses ---------------------------------------------------------------------------

/**
 * One slip away: a letter added, dropped, replaced or two swapped, inside a word of five
 * letters or more (so FIN-WAIT-1 is never "almost" FIN-WAIT-2, nor ACK almost ACX), or
 * inside a hyphenated name (see nameSlip), or, in a command, a filter word written with
 * `_` for `-` (ss rejects `state time_wait`).
 */
function nearMiss(given: string, wanted: string): boolean {
  const x = parseCommand(given);
  const y = parseCommand(wanted);
  if (x && y) {
    const fold = (c: Command) => c.key.replace(/_/g, '-');
    if (fold(x) === fold(y)) return true;
  }
  const a = given.toLowerCase();
  const b = wanted.toLowerCase();
  return wordSlip(a, b) || nameSlip(a, b);
}

/** One slip in one word of five letters or more, every other word the same. */
function wordSlip(given: string, wanted: string): boolean {
  const ga = wordsOf(given);
  const gb = wordsOf(wanted);
  if (ga.length !== gb.length) return false;
  let differing = 0;
  for (let i = 0; i < ga.length; i++) {
    if (ga[i] === gb[i]) continue;
    differing++;
    const w = gb[i]!;
    if (differing > 1 || letterCount(w) < 5 || !slipIn(ga[i]!, w)) return false;
  }
  return differing === 1;
}

/**
 * One slip in a hyphenated name (SYN-SNT for SYN-SENT, TIME-WAT for TIME-WAIT): the name
 * is read as one word of five letters or more, but the slip must fall in a part of four
 * letters or more, so the short words stay exact (LAST-ACT is not LAST-ACK, SIN-SENT not
 * SYN-SENT). A letter added where two parts meet touches both of them.
 */
function nameSlip(given: string, wanted: string): boolean {
  const want = wanted.split(/\s+/).filter((t) => t !== '');
  // A name asked alone may be typed with spaces for its hyphens (syn snt).
  const got =
    want.length === 1 ? [given.replace(/\s+/g, '')] : given.split(/\s+/).filter((t) => t !== '');
  if (got.length !== want.length) return false;
  const differ = want.flatMap((w, i) => (w === got[i] ? [] : [i]));
  if (differ.length !== 1) return false;
  const name = want[differ[0]!]!;
  const parts = name.split(/[-_]+/).filter((p) => p !== '');
  if (parts.length < 2) return false;
  const whole = parts.join('');
  const slip = slipIn(got[differ[0]!]!.replace(/[-_]+/g, ''), whole);
  if (!slip || letterCount(whole) < 5) return false;
  // The parts the slip touches: those its letters are in, or, for an added letter, those
  // either side of where it goes.
  const touched = parts.filter((_, i) => {
    const from = parts.slice(0, i).join('').length;
    const to = from + parts[i]!.length;
    return slip.end > slip.start
      ? slip.start < to && slip.end > from
      : slip.start >= from && slip.start <= to;
  });
  return touched.length > 0 && touched.every((p) => letterCount(p) >= 4);
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

function letterCount(word: string): number {
  return (word.match(/[a-z]/g) ?? []).length;
}

/**
 * Whether `given` is one edit (Damerau) on letters away from `wanted`, and where in
 * `wanted` the edit is: `start`–`end` (empty where a letter was added).
 */
function slipIn(given: string, wanted: string): { start: number; end: number } | undefined {
  let start = 0;
  while (start < given.length && start < wanted.length && given[start] === wanted[start]) start++;
  let endG = given.length;
  let endW = wanted.length;
  while (endG > start && endW > start && given[endG - 1] === wanted[endW - 1]) {
    endG--;
    endW--;
  }
  const g = given.slice(start, endG);
  const w = wanted.slice(start, endW);
  const letters = /^[a-z]*$/;
  if (!letters.test(g) || !letters.test(w)) return undefined;
  const edit = { start, end: endW };
  if (g.length + w.length === 1) return edit; // one letter added or dropped
  if (g.length === 1 && w.length === 1) return edit; // one letter replaced
  const swapped = g.length === 2 && w.length === 2 && g[0] === w[1] && g[1] === w[0];
  return swapped ? edit : undefined;
}
