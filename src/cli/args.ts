// Command-line parsing: a small table of commands and the flags each accepts, read by
// node:util's parseArgs, so a flag works before or after the command's name.
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import type { CliStrings } from './cli-strings.js';

export type CommandName =
  'train' | 'lint' | 'states' | 'sim' | 'stats' | 'settings' | 'progress' | 'reset';

type Spec = {
  readonly flags: readonly string[];
  /** Positional arguments: minimum and maximum count. */
  readonly args: readonly [number, number];
  readonly usage: string;
  readonly summary: string;
};

export const COMMANDS: Readonly<Record<CommandName, Spec>> = {
  train: {
    flags: ['--lang'],
    args: [0, 0],
    usage: 'tcp-drill [--lang en|zh]',
    summary: 'open the trainer (needs a terminal)',
  },
  lint: {
    flags: ['--json'],
    args: [0, 1],
    usage: 'tcp-drill lint [DIR|FILE] [--json]',
    summary: 'check decks (default: built-in ones)',
  },
  states: {
    flags: ['--json', '--lang'],
    args: [0, 0],
    usage: 'tcp-drill states [--json]',
    summary: 'RFC 9293 state diagram and table',
  },
  sim: {
    flags: ['--json', '--lang'],
    args: [0, 1],
    usage: 'tcp-drill sim [FILE|-] [--json]',
    summary: 'replay a two-host script (see README)',
  },
  stats: {
    flags: ['--json', '--lang'],
    args: [0, 0],
    usage: 'tcp-drill stats [--json]',
    summary: 'show your progress',
  },
  settings: {
    flags: ['--json'],
    args: [0, 5],
    usage: 'tcp-drill settings [NAME=VALUE ...] [--json]',
    summary: 'limits, retention, lang, colour',
  },
  progress: {
    flags: ['--force'],
    args: [2, 2],
    usage: 'tcp-drill progress export|import FILE [--force]',
    summary: 'copy progress between machines',
  },
  reset: {
    flags: ['--yes', '--all'],
    args: [0, 0],
    usage: 'tcp-drill reset [--yes] [--all]',
    summary: 'clear progress; --all: settings too',
  },
};

export type Parsed =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly command: CommandName;
      readonly args: readonly string[];
      readonly flags: ReadonlySet<string>;
      readonly lang?: string;
    }
  | { readonly kind: 'usage-error'; readonly problem: UsageProblem; readonly usage: string };

/** What is wrong with the command line, said in the learner's language by the caller. */
export type UsageProblem = (t: CliStrings) => string;

/** Flags that take a value; every other flag in COMMANDS is a switch. */
const VALUE_FLAGS = new Set(['--lang']);
/** Flags that every command accepts, before or after its name. */
const GLOBAL_FLAGS = ['--lang'];

/** Every flag any command knows, in the shape node:util's parseArgs wants. */
function options(): ParseArgsConfig['options'] {
  const names = new Set([...GLOBAL_FLAGS, ...Object.values(COMMANDS).flatMap((c) => c.flags)]);
  return Object.fromEntries(
    [...names].map((flag) => [
      flag.slice(2),
      { type: VALUE_FLAGS.has(flag) ? ('string' as const) : ('boolean' as const) },
    ]),
  );
}

export function parseArgs(argv: readonly string[]): Parsed {
  // Help and version win wherever they are, even beside a mistake.
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  let parsed: Tokens;
  try {
    parsed = tokenize(argv);
  } catch (error) {
    return usageError(parseProblem(error), usageOf(argv));
  }
  const [first, ...args] = parsed.positionals;
  if (first === 'help') return { kind: 'help' };
  if (first !== undefined && (!(first in COMMANDS) || first === 'train'))
    return usageError((t) => t.unknownCommand(first), 'tcp-drill --help');
  const command = (first ?? 'train') as CommandName;
  const spec = COMMANDS[command];
  const flags = new Set<string>();
  let lang: string | undefined;
  for (const token of parsed.options) {
    const flag = `--${token.name}`;
    if (!spec.flags.includes(flag) && !GLOBAL_FLAGS.includes(flag))
      return usageError((t) => t.unknownOption(flag), spec.usage);
    if (VALUE_FLAGS.has(flag)) lang = token.value;
    else flags.add(flag);
  }
  const [min, max] = spec.args;
  if (args.length < min || args.length > max) {
    const extra = args[max];
    return usageError(
      extra === undefined ? (t) => t.missingArgument : (t) => t.unexpectedArgument(extra),
      spec.usage,
    );
  }
  if (lang !== undefined && lang !== 'en' && lang !== 'zh') {
    const bad = lang;
    return usageError((t) => t.badLang(bad), spec.usage);
  }
  return { kind: 'run', command, args, flags, ...(lang ? { lang } : {}) };
}

type Tokens = {
  readonly positionals: string[];
  readonly options: { readonly name: string; readonly value: string | undefined }[];
};

/** Positionals and options in the order given; throws node:util's error on a bad one. */
function tokenize(argv: readonly string[]): Tokens {
  const config: ParseArgsConfig = {
    args: [...argv],
    options: options(),
    allowPositionals: true,
    strict: true,
    tokens: true,
  };
  const { positionals, tokens = [] } = parseNodeArgs(config);
  const found: Tokens['options'] = [];
  for (const t of tokens) if (t.kind === 'option') found.push({ name: t.name, value: t.value });
  return { positionals, options: found };
}

/** node:util's error, in our words: the option at fault and what is wrong with it. */
function parseProblem(error: unknown): UsageProblem {
  const { code, message } = error as { code?: string; message?: string };
  const name = /'(-[^' ]*)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return (t) => t.unknownOption(name);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return VALUE_FLAGS.has(name) ? (t) => t.needsValue(name) : (t) => t.takesNoValue(name);
  throw error; // not a usage problem: a bug
}

/** The usage line of the command named in `argv`, if any. */
function usageOf(argv: readonly string[]): string {
  const named = argv.find((a) => a in COMMANDS && a !== 'train');
  return COMMANDS[(named ?? 'train') as CommandName].usage;
}

function usageError(problem: UsageProblem, usage: string): Parsed {
  return { kind: 'usage-error', problem, usage };
}
