// `npm run bench` (not a test): how long a grade takes to become durable, and how long the
// store takes to open, with 1k, 10k and 100k reviews in the log. Independent of the build:
// it bundles src/store itself, and works in a temp folder it removes afterwards.
// The baseline, measured in the same run on the same disk, is the least any durable append
// can cost: one appendFileSync of one line plus fsync. Target: record() median <= 5 ms at 100k.
import { build } from 'esbuild';
import {
  appendFileSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIZES = [1_000, 10_000, 100_000];
const GRADES = 300;
const OPENS = 5;
const CARDS = 300;
const TARGET_MS = 5;

const work = mkdtempSync(join(tmpdir(), 'tcp-drill-bench-'));
try {
  const { openStore } = await bundleStore();
  const baseline = measureBaseline();
  const rows = SIZES.map((n) => measure(openStore, n));
  report(baseline, rows);
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function bundleStore() {
  const outfile = join(work, 'store.mjs');
  await build({
    entryPoints: [join(root, 'src/store/file-store.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return import(pathToFileURL(outfile).href);
}

function measureBaseline() {
  const file = join(work, 'baseline.jsonl');
  const fd = openSync(file, 'a');
  const line = `${JSON.stringify(review(0, Date.now()))}\n`;
  const times = [];
  for (let i = 0; i < GRADES; i++) {
    const t = performance.now();
    appendFileSync(fd, line);
    fsyncSync(fd);
    times.push(performance.now() - t);
  }
  closeSync(fd);
  return summary(times);
}

function measure(openStore, n) {
  const dir = join(work, `n${n}`);
  const start = Date.now() - n * 60_000;
  writeLog(dir, n, start);

  // First open: no progress.json, so every state is folded from the log.
  let t = performance.now();
  openStore({ dir }).store.close();
  const rebuild = performance.now() - t;

  const opens = [];
  for (let i = 0; i < OPENS; i++) {
    t = performance.now();
    const { store } = openStore({ dir });
    opens.push(performance.now() - t);
    store.close();
  }

  const { store } = openStore({ dir });
  const grades = [];
  for (let i = 0; i < GRADES; i++) {
    const r = review(n + i, Date.now());
    t = performance.now();
    store.record({ card: r.card, rating: r.rating, at: r.at, ms: r.ms, by: r.by });
    grades.push(performance.now() - t);
  }
  store.close();
  return { n, grade: summary(grades), open: summary(opens).median, rebuild };
}

function writeLog(dir, n, start) {
  mkdirSync(dir, { recursive: true });
  const lines = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify(review(i, start + i * 60_000)));
  writeFileSync(join(dir, 'reviews.jsonl'), `${lines.join('\n')}\n`);
}

function review(i, at) {
  // Mostly Good, some Again and Easy: a plausible mix, the same on every run.
  const r = (i * 2654435761) % 100;
  const rating = r < 12 ? 1 : r < 20 ? 2 : r < 92 ? 3 : 4;
  return { id: `${at}-b${i}`, card: `card-${i % CARDS}`, at, rating, ms: 3000, by: 'self' };
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

function report(baseline, rows) {
  const ms = (x) => `${x.toFixed(x < 10 ? 3 : 1)} ms`;
  const ratio = (x) => `${(x / baseline.median).toFixed(1)}x`;
  const table = [
    [
      'reviews in log',
      'record() median',
      'record() p95',
      'median vs baseline',
      'open (cached)',
      'open (rebuild)',
    ],
    ...rows.map((r) => [
      r.n.toLocaleString('en-US'),
      ms(r.grade.median),
      ms(r.grade.p95),
      ratio(r.grade.median),
      ms(r.open),
      ms(r.rebuild),
    ]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const line = (row) =>
    `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  console.log(
    `tcp-drill store benchmark: node ${process.version}, ${process.platform}, ${GRADES} grades per size, temp folder`,
  );
  console.log(
    `baseline (appendFileSync of one line + fsync): median ${ms(baseline.median)}, p95 ${ms(baseline.p95)}\n`,
  );
  console.log(line(table[0]));
  console.log(
    `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const row of table.slice(1)) console.log(line(row));
  const last = rows.at(-1);
  const met = last.grade.median <= TARGET_MS;
  console.log(
    `\ntarget: record() median <= ${TARGET_MS} ms at ${last.n.toLocaleString('en-US')} reviews: ${met ? 'met' : 'MISSED'}`,
  );
}
