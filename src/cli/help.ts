// The --help text, built from the command table so the two never disagree.
import { COMMANDS } from './args.js';

export function helpText(version: string): string {
  const rows = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(40)} ${c.summary}`);
  return [
    `tcp-drill ${version}: how TCP opens and closes connections, with spaced repetition`,
    '',
    'Usage:',
    ...rows,
    `  ${'tcp-drill --help | --version'.padEnd(40)} this text | the version`,
    '',
    'Environment:',
    '  TCP_DRILL_HOME   progress folder (default on Linux: ~/.config/tcp-drill)',
    '  LANG, LC_ALL     zh_* selects Chinese; --lang, then `settings lang=`, override',
    '',
  ].join('\n');
}
