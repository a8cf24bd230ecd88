// One line to the learner on stderr, prefixed with the program's name.

export function warn(message: string): void {
  process.stderr.write(`tcp-drill: ${message}\n`);
}
