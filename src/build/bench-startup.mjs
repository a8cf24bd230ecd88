// `npm run bench`, part 1: start-up of the built CLI as ratios against `node -e 0`, measured
// in the same run. The first frame is timed in a real pseudo-terminal (`script`), from
// spawn until the home screen's text arrives. Each round runs the baseline and every
// command once, so a busy machine slows all of them alike and the ratios stay comparable.
//
//   node src/build/bench-startup.mjs [--node BIN] [--cli FILE]
//
// --node times another Node (the compile cache needs Node >= 22.8), --cli another build.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: opts } = parseArgs({
  options: { node: { type: 'string' }, cli: { type: 'string' } },
});
// A bare name (\`--node node\`) is looked up on PATH; a path is taken from here.
const node = !opts.node
  ? process.execPath
  : opts.node.includes(sep)
    ? resolve(opts.node)
    : opts.node;
const cli = opts.cli ? resolve(opts.cli) : join(root, 'dist', 'cli.js');
const RUNS = 15;
const home = mkdtempSync(join(tmpdir(), 'tcp-drill-bench-home-'));
const env = { ...process.env, TCP_DRILL_HOME: home, LANG: 'C.UTF-8', FORCE_COLOR: '0' };

function timeCommand(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(node, args, { env, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`, { cause: r.error });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function firstFrame() {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(
      'script',
      ['-qfec', `stty cols 80 rows 24; exec ${node} ${cli}`, '/dev/null'],
      {
        env,
        stdio: ['pipe', 'pipe', 'ignore'],
      },
    );
    let out = '';
    let done = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('no first frame within 10 s'));
    }, 10_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!done && out.includes('Learn new cards')) {
        done = true;
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        clearTimeout(timer);
        child.once('exit', () => resolve(ms));
        // Closing the pty hangs the trainer up, which it handles like a quit.
        child.kill('SIGTERM');
      }
    });
  });
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const COMMANDS = [
  ['tcp-drill --version', ['--version']],
  ['tcp-drill --help', ['--help']],
  ['tcp-drill lint (built-in)', ['lint']],
  ['tcp-drill states --json', ['states', '--json']],
  ['tcp-drill stats --json', ['stats', '--json']],
];
const FRAME = 'first frame of the trainer (pty)';

try {
  const times = new Map([['baseline', []], ...COMMANDS.map(([name]) => [name, []]), [FRAME, []]]);
  for (let i = 0; i < RUNS; i++) {
    times.get('baseline').push(timeCommand(['-e', '0']));
    for (const [name, args] of COMMANDS) times.get(name).push(timeCommand([cli, ...args]));
    times.get(FRAME).push(await firstFrame());
  }
  const baseline = median(times.get('baseline'));
  const rows = [...times]
    .filter(([name]) => name !== 'baseline')
    .map(([name, t]) => [name, median(t)]);
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const cache = spawnSync(node, ['-p', "typeof require('node:module').enableCompileCache"], {
    encoding: 'utf8',
  });
  const cacheNote = cache.stdout.trim() === 'function' ? 'has a compile cache' : 'no compile cache';
  console.log(
    `tcp-drill start-up benchmark: node ${version} (${cacheNote}), median of ${RUNS} runs`,
  );
  console.log(`baseline: node -e 0 = ${baseline.toFixed(1)} ms\n`);
  console.log('| command                          |   median |  vs node -e 0 |');
  console.log('|----------------------------------|---------:|--------------:|');
  for (const [name, ms] of rows) {
    console.log(
      `| ${name.padEnd(32)} | ${`${ms.toFixed(1)} ms`.padStart(8)} | ${`${(ms / baseline).toFixed(2)}x`.padStart(13)} |`,
    );
  }
  console.log('');
} finally {
  rmSync(home, { recursive: true, force: true });
}
