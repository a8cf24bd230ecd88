// Entry point. --help, --version and the non-interactive commands answer from here
// without loading React or ink; the trainer is imported only when it is needed.
import { parseArgs } from './cli/args.js';
import { helpText } from './cli/help.js';
import { langFlag, resolveLang } from './cli/lang.js';
import { escapeControls } from './text/escape.js';

declare const __TCP_DRILL_VERSION__: string;
const VERSION = typeof __TCP_DRILL_VERSION__ === 'string' ? __TCP_DRILL_VERSION__ : '0.0.0-dev';

const NON_INTERACTIVE = 'lint, states, sim, stats, settings, progress, reset';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(helpText(VERSION, resolveLang(langFlag(argv))));
      return 0;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case 'usage-error':
      process.stderr.write(
        `tcp-drill: ${escapeControls(parsed.message)}\nUsage: ${parsed.usage}\n`,
      );
      return 2;
    case 'run':
      break;
  }
  const json = parsed.flags.has('--json');
  const lang = resolveLang(parsed.lang);
  switch (parsed.command) {
    case 'lint':
      return (await import('./cli/lint.js')).runLint(parsed.args[0], json);
    case 'train': {
      if (!process.stdin.isTTY || !process.stdout.isTTY) {
        process.stderr.write(
          `tcp-drill: the trainer needs an interactive terminal; without one, use: ${NON_INTERACTIVE} (see --help)\n`,
        );
        return 2;
      }
      // no-color.org: chalk (inside ink) reads FORCE_COLOR when it loads, just below.
      if (process.env.NO_COLOR) process.env.FORCE_COLOR = '0';
      return (await import('./ui/start.js')).startTrainer({
        lang,
        langGiven: parsed.lang !== undefined,
      });
    }
    case 'states':
      return (await import('./cli/states.js')).runStates({ json, lang });
    case 'sim':
      return (await import('./cli/sim.js')).runSim(parsed.args[0], { json, lang });
    case 'stats':
      return (await import('./cli/stats.js')).runStats({ json, lang });
    case 'settings':
      return (await import('./cli/settings.js')).runSettings(parsed.args, { json });
    case 'progress':
      return (await import('./cli/progress.js')).runProgress(
        parsed.args[0] ?? '',
        parsed.args[1] ?? '',
        process.env,
        { force: parsed.flags.has('--force') },
      );
    case 'reset':
      return (await import('./cli/reset.js')).runReset({
        yes: parsed.flags.has('--yes'),
        all: parsed.flags.has('--all'),
      });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only a genuine bug gets here: say so in one line and point to a full report.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tcp-drill: internal error: ${escapeControls(message)}\n`);
    if (process.env.TCP_DRILL_DEBUG) console.error(error);
    else
      process.stderr.write('Run again with TCP_DRILL_DEBUG=1 for details, and please report it.\n');
    process.exitCode = 70;
  },
);
