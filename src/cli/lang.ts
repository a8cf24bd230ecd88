// Which language to teach in: --lang wins, then LC_ALL, LC_MESSAGES, LANG (zh_* → Chinese).
import type { Lang } from '../content/types.js';

export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'en' || flag === 'zh') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh\b|^zh[_-]/i.test(locale) ? 'zh' : 'en';
}

/**
 * The --lang value anywhere on the command line (`--lang zh`, `--lang=zh`; the last one
 * wins, as in parsing), read before parsing so that --help and usage errors follow it.
 */
export function langFlag(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') break;
    if (token === '--lang') value = argv[++i];
    else if (token.startsWith('--lang=')) value = token.slice('--lang='.length);
  }
  return value;
}

/**
 * The language the trainer teaches in (and `stats` counts): --lang when given, else the one
 * saved in settings, else `lang`, the locale's.
 */
export function chosenLang(lang: Lang, langGiven: boolean, saved: Lang | undefined): Lang {
  return langGiven ? lang : (saved ?? lang);
}
