// Class 1 of issue 11: a progress folder or deck the learner can fix is one line naming the
// file at fault and exit 1, for every command; never "internal error" (exit 70).
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { own, runCli, tempHome, type Run } from '../helpers/cli.js';

const FIXTURES = 'test/fixtures/robust';

const COMMANDS: readonly (readonly string[])[] = [
  ['stats', '--json'],
  ['settings'],
  ['settings', 'new-per-day=3'],
  ['progress', 'export', 'EXPORT'],
  ['progress', 'import', 'IMPORT'],
  ['reset', '--yes'],
];

/** Runs every command against `home` and checks each says one line that names `culprit`. */
function expectEveryCommandBlames(home: string, culprit: string): void {
  const spare = tempHome();
  const exportFile = join(spare, 'out.json');
  const importFile = join(spare, 'in.json');
  writeFileSync(importFile, '{"format":"tcp-drill-progress","version":1,"reviews":[]}');
  for (const command of COMMANDS) {
    const args = command.map((a) =>
      a === 'EXPORT' ? exportFile : a === 'IMPORT' ? importFile : a,
    );
    const run = runCli(args, { home });
    expectOneLine(run, culprit, args.join(' '));
  }
}

function expectOneLine(run: Run, culprit: string, what: string): void {
  expect({ what, status: run.status }).toEqual({ what, status: 1 });
  expect(run.stderr).not.toMatch(/internal error/);
  const lines = run.stderr.trim().split('\n');
  expect(lines, what).toHaveLength(1);
  expect(lines[0], what).toContain(culprit);
}

describe('an unusable progress folder is one line naming it, exit 1', () => {
  it('a home that is a file', () => {
    const home = join(tempHome(), 'home');
    writeFileSync(home, 'not a folder');
    expectEveryCommandBlames(home, `${home}: is a file, not a folder`);
  });

  it('a home that is a dangling link (a synced folder not mounted yet)', () => {
    const base = tempHome();
    const home = join(base, 'home');
    symlinkSync(join(base, 'not-mounted'), home);
    expectEveryCommandBlames(home, `${home}: is a link to`);
  });

  it('a folder where reviews.jsonl should be', () => {
    const home = tempHome();
    mkdirSync(join(home, 'reviews.jsonl'));
    expectEveryCommandBlames(home, `${join(home, 'reviews.jsonl')}: is a folder`);
  });

  it('a folder where progress.json should be, blamed instead of the export file', () => {
    const home = tempHome();
    mkdirSync(join(home, 'progress.json'));
    expectEveryCommandBlames(home, `${join(home, 'progress.json')}: is a folder`);
  });
});

describe('a read-only home', () => {
  it('stats and settings still read it; a change says why it was not kept', () => {
    const home = tempHome();
    expect(runCli(['settings', 'new-per-day=7'], { home }).status).toBe(0);
    own(home, join(home, 'reviews.jsonl'), join(home, 'progress.json'));
    chmodSync(home, 0o555);
    try {
      const stats = runCli(['stats', '--json'], { home, unprivileged: true });
      expect(stats.stderr).toBe('');
      expect(stats.status).toBe(0);
      expect(JSON.parse(stats.stdout)).toMatchObject({ newRemaining: 7 });
      const show = runCli(['settings', '--json'], { home, unprivileged: true });
      expect(show.status).toBe(0);
      expect(JSON.parse(show.stdout)).toMatchObject({ newPerDay: 7 });
      chmodSync(join(home, 'reviews.jsonl'), 0o444);
      chmodSync(join(home, 'progress.json'), 0o444);
      const change = runCli(['settings', 'new-per-day=9'], { home, unprivileged: true });
      expectOneLine(change, 'permission denied', 'settings new-per-day=9');
      expect(change.stdout).toBe('');
    } finally {
      chmodSync(home, 0o755);
    }
  });
});

describe('lint: decks that cannot be read', () => {
  it('an unreadable deck file and an unreadable folder are diagnostics, exit 1', () => {
    const dir = tempHome();
    copyFileSync(join(FIXTURES, 'good.md'), join(dir, 'good.md'));
    copyFileSync(join(FIXTURES, 'good.md'), join(dir, 'secret.md'));
    mkdirSync(join(dir, 'locked'));
    own(dir, join(dir, 'secret.md'), join(dir, 'locked'));
    chmodSync(join(dir, 'secret.md'), 0o000);
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const run = runCli(['lint', dir], { unprivileged: true });
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(/internal error/);
      expect(run.stderr).toContain(`${join(dir, 'locked')}:1:1: cannot read it: permission denied`);
      expect(run.stderr).toContain(
        `${join(dir, 'secret.md')}:1:1: cannot read it: permission denied`,
      );
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('a YAML alias bomb in front matter is a diagnostic on its line, not a hang or a crash', () => {
    const run = runCli(['lint', FIXTURES]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${FIXTURES}/alias-bomb.md:2:1: malformed front matter: too many aliases`,
    );
    expect(run.stderr).not.toMatch(/internal error/);
  });
});
