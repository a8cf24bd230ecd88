// `npm run bench`, part 1: start-up of the built CLI as ratios against `node -e 0`, measured
// in the same run. The first frame is timed in a real pseudo-terminal (`script`), from
// spawn until the home screen's text arrives.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');
const RUNS = 15;
const home = mkdtempSync(join(tmpdir(), 'tcp-drill-bench-home-'));
const env = { ...process.env, TCP_DRILL_HOME: home, LANG: 'C.UTF-8', FORCE_COLOR: '0' };

function timeCommand(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

function firstFrame() {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(
      'script',
      ['-qfec', `stty cols 80 rows 24; exec ${process.execPath} ${cli}`, '/dev/null'],
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

try {
  const baseline = timeCommand(['-e', '0']);
  const rows = [
    ['tcp-drill --version', timeCommand([cli, '--version'])],
    ['tcp-drill --help', timeCommand([cli, '--help'])],
    ['tcp-drill lint (built-in)', timeCommand([cli, 'lint'])],
    ['tcp-drill states --json', timeCommand([cli, 'states', '--json'])],
    ['tcp-drill stats --json', timeCommand([cli, 'stats', '--json'])],
  ];
  const frames = [];
  for (let i = 0; i < RUNS; i++) frames.push(await firstFrame());
  rows.push(['first frame of the trainer (pty)', median(frames)]);

  console.log(`tcp-drill start-up benchmark: node ${process.version}, median of ${RUNS} runs`);
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
