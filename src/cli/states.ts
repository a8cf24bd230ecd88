import type { Lang } from '../content/types.js';

export function runStates(_opts: { json: boolean; lang: Lang }): number {
  process.stderr.write('tcp-drill: states is not available yet\n');
  return 2;
}
