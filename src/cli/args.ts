// Command-line parsing: a small table of commands and the flags each accepts.

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
    usage: 'tcp-drill lint [DIR] [--json]',
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
    flags: [],
    args: [2, 2],
    usage: 'tcp-drill progress export|import FILE',
    summary: 'copy progress between machines',
  },
  reset: {
    flags: ['--yes'],
    args: [0, 0],
    usage: 'tcp-drill reset [--yes]',
    summary: 'back up, then clear all progress',
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
  | { readonly kind: 'usage-error'; readonly message: string; readonly usage: string };

const VALUE_FLAGS = new Set(['--lang']);

export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  const first = argv[0];
  const named = first !== undefined && !first.startsWith('-');
  const command: string = named ? first : 'train';
  if (command === 'help') return { kind: 'help' };
  if (!(command in COMMANDS) || command === 'train') {
    if (named) return usageError(`unknown command '${command}'`, 'tcp-drill --help');
  }
  const spec = COMMANDS[command as CommandName];
  const rest = named ? argv.slice(1) : argv;
  const flags = new Set<string>();
  const args: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    if (token.startsWith('-') && token !== '-') {
      const [name, inline] = token.split('=', 2) as [string, string | undefined];
      if (!spec.flags.includes(name)) return usageError(`unknown option '${name}'`, spec.usage);
      if (VALUE_FLAGS.has(name)) {
        const value = inline ?? rest[++i];
        if (value === undefined) return usageError(`${name} needs a value`, spec.usage);
        lang = value;
      } else flags.add(name);
    } else args.push(token);
  }
  const [min, max] = spec.args;
  if (args.length < min || args.length > max) {
    return usageError(
      args.length > max ? `unexpected argument '${args[max]}'` : 'missing argument',
      spec.usage,
    );
  }
  if (lang !== undefined && lang !== 'en' && lang !== 'zh') {
    return usageError(`--lang must be en or zh, not '${lang}'`, spec.usage);
  }
  return { kind: 'run', command: command as CommandName, args, flags, ...(lang ? { lang } : {}) };
}

function usageError(message: string, usage: string): Parsed {
  return { kind: 'usage-error', message, usage };
}
