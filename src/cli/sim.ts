// `tcp-drill sim [FILE|-] [--json]`: replay a script on the two-host simulator and print the
// run as a sequence diagram, or as JSON. Without FILE (or with `-`) the script is read from
// standard input; an unreadable line is reported as FILE:LINE and nothing runs.
import { readFileSync } from 'node:fs';
import type { Lang } from '../content/types.js';
import { renderTrace } from '../tcp/sim/render-trace.js';
import { parseScript } from '../tcp/sim/script.js';
import { simulate } from '../tcp/sim/simulator.js';
import { traceJson } from '../tcp/sim/trace-json.js';

export const SIM_USAGE = 'tcp-drill sim [FILE|-] [--json]';

function readScript(file: string): string | { error: string; code: number } {
  if (file === '-') return readFileSync(0, 'utf8');
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    return { error: `tcp-drill: cannot read ${file}: ${why}`, code: 1 };
  }
}

export function runSim(fileArg: string | undefined, opts: { json: boolean; lang: Lang }): number {
  if (fileArg === undefined && process.stdin.isTTY) {
    process.stderr.write(
      `tcp-drill: sim needs a script: a FILE, or one piped in\nUsage: ${SIM_USAGE}\n`,
    );
    return 2;
  }
  const file = fileArg ?? '-';
  const source = readScript(file);
  if (typeof source !== 'string') {
    process.stderr.write(`${source.error}\n`);
    return source.code;
  }
  const script = parseScript(source);
  if (script.problems.length > 0) {
    for (const p of script.problems) process.stderr.write(`${file}:${p.line}: ${p.message}\n`);
    return 1;
  }
  const trace = simulate(script.actions, script.config);
  process.stdout.write(opts.json ? traceJson(trace) : renderTrace(trace, opts.lang));
  return 0;
}
