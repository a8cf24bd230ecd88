// A progress folder or file that cannot be used as it is: something the learner can fix,
// so the CLI reports it in one line naming the file (exit 1) instead of an internal error.
import type { Lang } from '../content/types.js';
import { ERRNO_CODES, say, type ErrnoCode, type StorePhrase } from './store-text.js';

export class StoreError extends Error {
  override name = 'StoreError';

  constructor(
    /** The file or folder at fault. */
    readonly path: string,
    /** What is wrong with it, in words for the learner (see store-text.ts). */
    readonly problem: StorePhrase,
  ) {
    super(say((t) => t.at(path, problem(t))));
  }

  /** The one line for the learner, in `lang` (`message` is the English one). */
  say(lang: Lang): string {
    return say((t) => t.at(this.path, this.problem(t)), lang);
  }

  /** What is wrong without the path, for a line that already names it. */
  sayProblem(lang: Lang): string {
    return say((t) => this.problem(t), lang);
  }
}

/** Whether `error` came from the operating system (it has an errno code such as ENOENT). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** A system error as a StoreError naming `path`; anything else (a bug) is returned unchanged. */
export function storeError(error: unknown, path: string): unknown {
  if (error instanceof StoreError || !isSystemError(error)) return error;
  const code = error.code!;
  const detail = error.message.replace(/^E[A-Z]+: /, '');
  return new StoreError(path, (t) => (isKnown(code) ? t[code] : detail));
}

function isKnown(code: string): code is ErrnoCode {
  return (ERRNO_CODES as readonly string[]).includes(code);
}

/** Runs `fn`; a system error it throws is reported against `path`. */
export function at<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw storeError(error, path);
  }
}
