// The published artefact: npm pack, install the tarball into an empty folder, run it
// there under Node 20 (this node) and Node 22 (the `node` npm package, see test/node22).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempHome } from '../helpers/cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const node22Dir = join(ROOT, 'test', 'node22');
const node22 = join(node22Dir, 'node_modules', 'node', 'bin', 'node');

let installDir = '';
let tarball = '';

beforeAll(() => {
  const packDir = mkdtempSync(join(tmpdir(), 'tcp-drill-pack-'));
  const out = execFileSync(npm, ['pack', '--json', '--pack-destination', packDir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const info = JSON.parse(out.slice(out.indexOf('['))) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(packDir, info[0]!.filename);
  installDir = mkdtempSync(join(tmpdir(), 'tcp-drill-install-'));
  execFileSync(npm, ['init', '-y'], { cwd: installDir, stdio: 'ignore' });
  execFileSync(npm, ['install', '--no-audit', '--no-fund', tarball], {
    cwd: installDir,
    stdio: 'ignore',
  });
  if (!existsSync(node22)) {
    execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: node22Dir, stdio: 'ignore' });
  }
});

function run(node: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const bin = join(installDir, 'node_modules', 'tcp-drill', 'dist', 'cli.js');
  return spawnSync(node, [bin, ...args], {
    cwd: installDir,
    encoding: 'utf8',
    env: { ...process.env, TCP_DRILL_HOME: tempHome(), ...env },
  });
}

describe('the packed tarball', () => {
  it('has no runtime dependencies and ships the entry, its chunks and the README only', () => {
    const pkg = JSON.parse(
      readFileSync(join(installDir, 'node_modules', 'tcp-drill', 'package.json'), 'utf8'),
    );
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ 'tcp-drill': 'dist/cli.js' });
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .sort();
    const chunks = listing.filter((path) => path.startsWith('package/dist/chunks/'));
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(chunk).toMatch(/^package\/dist\/chunks\/[\w-]+\.js$/);
    expect(listing.filter((path) => !chunks.includes(path))).toEqual([
      'package/README.md',
      'package/dist/cli.js',
      'package/package.json',
    ]);
  });

  it('installs a working bin link', () => {
    const result = spawnSync(join(installDir, 'node_modules', '.bin', 'tcp-drill'), ['--version'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    ['Node 20 (this node)', process.execPath],
    ['Node 22', node22],
  ])('runs --version, lint and stats --json under %s', (_name, node) => {
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (node === node22) expect(version).toMatch(/^v22\./);
    const v = run(node, ['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const lint = run(node, ['lint']);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
    expect(lint.stdout).toMatch(/^ok: \d+ decks, \d+ cards/);
    const stats = run(node, ['stats', '--json']);
    expect(stats.stderr).toBe('');
    expect(stats.status).toBe(0);
    expect(JSON.parse(stats.stdout).topics.length).toBeGreaterThan(0);
  });

  it('keeps its compiled code for the next run under Node 22 (the compile cache)', () => {
    // Node keeps the cache under os.tmpdir(), which follows TMPDIR: a folder this test removes.
    const tmp = tempHome('tcp-drill-tmpdir-');
    const env = {
      TMPDIR: tmp,
      NODE_COMPILE_CACHE: undefined,
      NODE_DISABLE_COMPILE_CACHE: undefined,
    };
    expect(run(node22, ['stats', '--json'], env).status).toBe(0);
    const cached = readdirSync(join(tmp, 'node-compile-cache'), { recursive: true });
    expect(cached.length).toBeGreaterThan(1);
  });
});
