// Child processes that grade through the real store, for crash and concurrency tests. The
// store is bundled with esbuild into a temp .mjs so plain `node` can run it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const STORE_SOURCE = fileURLToPath(new URL('../../src/store/file-store.ts', import.meta.url));

// Waits for "go" on stdin (so two graders start together), then grades `count` times
// (forever if 0), printing each review id only after record() has returned: a printed id
// is a durable one.
const GRADER = `
import { openStore } from './store.mjs';
const [dir, prefix, count, every] = process.argv.slice(2);
const { store } = openStore({ dir, checkpointEvery: Number(every) });
process.stdout.write('ready\\n');
process.stdin.once('data', () => {
  for (let i = 0; Number(count) === 0 || i < Number(count); i++) {
    const r = store.record({ card: prefix + (i % 5), rating: (i % 4) + 1, at: Date.now(), ms: 5, by: 'auto' });
    process.stdout.write(r.id + '\\n');
  }
  store.close();
  process.exit(0);
});
`;

/** Bundles the store once and returns the folder holding store.mjs and grader.mjs. */
export async function bundleGrader(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'tcp-drill-grader-'));
  await build({
    entryPoints: [STORE_SOURCE],
    outfile: join(out, 'store.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    // CommonJS dependencies call require(); give the ESM bundle one (as src/build/build.mjs does).
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  writeFileSync(join(out, 'grader.mjs'), GRADER);
  return out;
}

export type Grader = {
  readonly child: ChildProcessWithoutNullStreams;
  /** Ids printed so far (each one durable). */
  readonly ids: string[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  /** Resolves once the store is open and the grader waits for go(). */
  readonly ready: Promise<void>;
  /** Resolves once at least `n` ids were printed. */
  printed(n: number): Promise<void>;
  go(): void;
};

export function startGrader(
  bundle: string,
  dir: string,
  prefix: string,
  count: number,
  every = 50,
): Grader {
  const child = spawn(process.execPath, [
    join(bundle, 'grader.mjs'),
    dir,
    prefix,
    String(count),
    String(every),
  ]);
  const ids: string[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  let readyNow = () => {};
  let failed = (_: Error) => {};
  const ready = new Promise<void>((resolve, reject) => {
    readyNow = resolve;
    failed = reject;
  });
  let partial = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      if (line === 'ready') readyNow();
      else if (line) ids.push(line);
    }
    for (const w of waiters.splice(0)) {
      if (ids.length >= w.n) w.resolve();
      else waiters.push(w);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }>((resolve) => {
    child.on('close', (code, signal) => {
      failed(new Error(`grader exited before it was ready: ${stderr}`));
      resolve({ code, signal, stderr });
    });
  });
  return {
    child,
    ids,
    exited,
    ready,
    printed: (n) =>
      new Promise<void>((resolve, reject) => {
        if (ids.length >= n) return resolve();
        waiters.push({ n, resolve });
        void exited.then(() =>
          reject(new Error(`grader exited after ${ids.length} ids: ${stderr}`)),
        );
      }),
    go: () => child.stdin.write('go\n'),
  };
}
