export function runReset(_opts: { yes: boolean }): number {
  process.stderr.write('tcp-drill: reset is not available yet\n');
  return 2;
}
