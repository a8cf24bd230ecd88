// `tcp-drill sim [FILE|-] [--json]`: replay a script on the two-host simulator and print the
// run as a sequence diagram, or as JSON. Without FILE (or with `-`) the script is read from
// standard input; an unreadable line is reported as FILE:LINE and nothing runs.
import { readFileSync } from 'node:fs';
import type { Lang } from '../content/types.js';
import { parseScript } from '../tcp/sim/script.js';
import { simulate } from '../tcp/sim/simulator.js';
import { traceJson } from '../tcp/sim/trace-json.js';
import { cliStrings, type CliStrings } from './cli-strings.js';

export const SIM_USAGE = 'tcp-drill sim [FILE|-] [--json]';

function readScript(file: string, t: CliStrings): string | { error: string; code: number } {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? t.noSuchFile
        : code === 'EISDIR'
          ? t.isAFolder
          : code === 'EACCES'
            ? t.permissionDenied
            : (error as Error).message;
    // A folder piped in (`sim < dir`) is the learner's to fix too, not an internal error.
    const line = file === '-' ? t.cannotReadStdin(why) : t.cannotRead(file, why);
    return { error: `tcp-drill: ${line}`, code: 1 };
  }
}

export async function runSim(
  fileArg: string | undefined,
  opts: { json: boolean; lang: Lang },
): Promise<number> {
  const t = cliStrings(opts.lang);
  if (fileArg === undefined && process.stdin.isTTY) {
    process.stderr.write(`tcp-drill: ${t.simNeedsScript}\n${t.usage(SIM_USAGE)}\n`);
    return 2;
  }
  const file = fileArg ?? '-';
  const source = readScript(file, t);
  if (typeof source !== 'string') {
    process.stderr.write(`${source.error}\n`);
    return source.code;
  }
  const script = parseScript(source);
  if (script.problems.length > 0) {
    // FILE:LINE: message stays English in every language: scripts and editors read it.
    for (const p of script.problems) process.stderr.write(`${file}:${p.line}: ${p.message}\n`);
    return 1;
  }
  const trace = simulate(script.actions, script.config);
  // The diagram measures columns (string-width sets up Unicode segmentation as it loads):
  // --json, for scripts, skips loading it.
  process.stdout.write(
    opts.json
      ? traceJson(trace)
      : (await import('../tcp/sim/render-trace.js')).renderTrace(trace, opts.lang),
  );
  return 0;
}
