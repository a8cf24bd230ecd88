// The CLI, loaded by src/bin.ts. --help and --version answer from here, and every command
// is imported only when it runs: the build makes each import a chunk, so the
// non-interactive commands never load React or ink (test/cli/start-up.test.ts).
import { parseArgs } from './cli/args.js';
import { helpText } from './cli/help.js';
import { langFlag, resolveLang } from './cli/lang.js';
import type { CliStrings } from './cli/cli-strings.js';
import { escapeControls } from './text/escape.js';

declare const __TCP_DRILL_VERSION__: string;
const VERSION = typeof __TCP_DRILL_VERSION__ === 'string' ? __TCP_DRILL_VERSION__ : '0.0.0-dev';

const NON_INTERACTIVE = ['lint', 'states', 'sim', 'stats', 'settings', 'progress', 'reset'];

const argv = process.argv.slice(2);
// Known before parsing, so a usage error is already in the learner's language; a bad
// --lang (`--lang fr`) leaves the locale's.
const lang = resolveLang(langFlag(argv));

/** The words for a message, loaded only when there is one to say. */
async function strings(): Promise<CliStrings> {
  return (await import('./cli/cli-strings.js')).cliStrings(lang);
}

async function main(): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(helpText(VERSION, lang));
      return 0;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case 'usage-error': {
      const t = await strings();
      process.stderr.write(
        `tcp-drill: ${escapeControls(parsed.problem(t))}\n${t.usage(parsed.usage)}\n`,
      );
      return 2;
    }
    case 'run':
      break;
  }
  const json = parsed.flags.has('--json');
  switch (parsed.command) {
    case 'lint':
      return (await import('./cli/lint.js')).runLint(parsed.args[0], { json, lang });
    case 'train': {
      if (!process.stdin.isTTY || !process.stdout.isTTY) {
        const t = await strings();
        const commands = NON_INTERACTIVE.join(t.listSeparator);
        process.stderr.write(`tcp-drill: ${t.noTerminal(commands)}\n`);
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
      return (await import('./cli/stats.js')).runStats({
        json,
        lang,
        langGiven: parsed.lang !== undefined,
      });
    case 'settings':
      return (await import('./cli/settings.js')).runSettings(parsed.args, { json, lang });
    case 'progress':
      return (await import('./cli/progress.js')).runProgress(
        parsed.args[0] ?? '',
        parsed.args[1] ?? '',
        process.env,
        { force: parsed.flags.has('--force'), lang },
      );
    case 'reset':
      return (await import('./cli/reset.js')).runReset({
        yes: parsed.flags.has('--yes'),
        all: parsed.flags.has('--all'),
        lang,
      });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    // Only a genuine bug gets here: say so in one line and point to a full report.
    const message = error instanceof Error ? error.message : String(error);
    const t = await strings();
    process.stderr.write(`tcp-drill: ${t.internalError(escapeControls(message))}\n`);
    if (process.env.TCP_DRILL_DEBUG) console.error(error);
    else process.stderr.write(`${t.reportBug}\n`);
    process.exitCode = 70;
  },
);
