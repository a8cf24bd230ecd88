// A progress folder or file that cannot be used as it is: something the learner can fix,
// so the CLI reports it in one line naming the file (exit 1) instead of an internal error.

/** What a file-system error code means, worded for the learner. */
const PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'is on a read-only file system',
  EISDIR: 'is a folder where a file should be',
  ENOTDIR: 'is not a folder (a file is in the way)',
  ELOOP: 'is a loop of symbolic links',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many files are open',
  EIO: 'input/output error (a failing disk or an unmounted share?)',
};

export class StoreError extends Error {
  override name = 'StoreError';

  constructor(
    /** The file or folder at fault. */
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
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
  const problem = PROBLEMS[error.code!] ?? error.message.replace(/^E[A-Z]+: /, '');
  return new StoreError(path, problem);
}

/** Runs `fn`; a system error it throws is reported against `path`. */
export function at<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw storeError(error, path);
  }
}
