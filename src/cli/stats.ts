import type { Lang } from '../content/types.js';

export function runStats(_opts: { json: boolean; lang: Lang }): number {
  process.stderr.write('tcp-drill: stats is not available yet\n');
  return 2;
}
