// fsync on a folder makes a created, renamed or moved file's name durable, not just its
// bytes. Linux and macOS allow it; Windows does not, where it is skipped.
import { closeSync, fsyncSync, openSync } from 'node:fs';

export function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort only: the data itself was already fsynced.
  }
}
