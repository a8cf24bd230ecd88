// Class 7 of issue 11: the command line as scripts expect it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { cliStrings } from '../../src/cli/cli-strings.js';
import { runCli, tempHome } from '../helpers/cli.js';

describe('flags before or after the command', () => {
  it.each([
    [['--lang', 'zh', 'stats']],
    [['stats', '--lang', 'zh']],
    [['--lang=zh', 'stats']],
    [['--json', 'stats', '--lang', 'zh']],
  ])('%j', (args) => {
    const parsed = parseArgs(args);
    expect(parsed).toMatchObject({ kind: 'run', command: 'stats', lang: 'zh' });
  });

  it('tcp-drill --lang zh stats speaks Chinese', () => {
    const run = runCli(['--lang', 'zh', 'stats']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('学习统计');
  });

  it('a flag another command owns is still refused, with that command’s usage', () => {
    const parsed = parseArgs(['stats', '--yes']);
    expect(parsed).toMatchObject({ kind: 'usage-error', usage: 'tcp-drill stats [--json]' });
    if (parsed.kind !== 'usage-error') return;
    expect(parsed.problem(cliStrings('en'))).toBe("unknown option '--yes'");
  });
});

describe('lint FILE', () => {
  it('checks that one file', () => {
    const run = runCli(['lint', 'test/fixtures/robust/good.md']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('ok: 1 deck, 1 card (1 basic; en 1)\n');
  });
});

describe('progress export', () => {
  function homeWithSettings(): string {
    const home = tempHome();
    expect(runCli(['settings', 'new-per-day=9'], { home }).status).toBe(0);
    return home;
  }

  it('- writes the export to stdout', () => {
    const run = runCli(['progress', 'export', '-'], { home: homeWithSettings() });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      format: 'tcp-drill-progress',
      settings: { newPerDay: 9 },
    });
  });

  it('refuses to overwrite a file without --force', () => {
    const home = homeWithSettings();
    const file = join(tempHome(), 'export.json');
    writeFileSync(file, 'keep me');
    const refused = runCli(['progress', 'export', file], { home });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `tcp-drill: ${file}: already exists; add --force to overwrite it\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    const forced = runCli(['progress', 'export', file, '--force'], { home });
    expect(forced.status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ settings: { newPerDay: 9 } });
  });

  it('names a missing folder as such', () => {
    const folder = join(tempHome(), 'no', 'such');
    const run = runCli(['progress', 'export', join(folder, 'x.json')], {
      home: homeWithSettings(),
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`tcp-drill: ${folder}: no such folder\n`);
  });
});

describe('settings survive', () => {
  it('a damaged progress.json', () => {
    const home = tempHome();
    expect(runCli(['settings', 'new-per-day=9'], { home }).status).toBe(0);
    writeFileSync(join(home, 'progress.json'), '{"settings": {');
    const show = runCli(['settings', '--json'], { home });
    expect(show.status).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ newPerDay: 9 });
    const stats = runCli(['stats', '--json'], { home });
    expect(JSON.parse(stats.stdout)).toMatchObject({ newRemaining: 9 });
  });

  it('reset, unless --all', () => {
    const home = tempHome();
    expect(runCli(['settings', 'new-per-day=9'], { home }).status).toBe(0);
    const reset = runCli(['reset', '--yes'], { home });
    expect(reset.status).toBe(0);
    expect(reset.stdout).toMatch(/^Progress cleared \(settings kept\)\. Backup: /);
    expect(JSON.parse(runCli(['settings', '--json'], { home }).stdout)).toMatchObject({
      newPerDay: 9,
    });
    expect(runCli(['reset', '--yes', '--all'], { home }).status).toBe(0);
    expect(JSON.parse(runCli(['settings', '--json'], { home }).stdout)).toMatchObject({
      newPerDay: 20,
    });
    expect(existsSync(join(home, 'reviews.jsonl'))).toBe(false);
  });
});
