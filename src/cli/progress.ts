export function runProgress(_sub: string, _file: string): number {
  process.stderr.write('tcp-drill: progress is not available yet\n');
  return 2;
}
