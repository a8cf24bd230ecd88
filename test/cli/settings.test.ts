import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSetting } from '../../src/srs/settings.js';
import { runCli, tempHome } from '../helpers/cli.js';

describe('parseSetting', () => {
  it('maps names to settings and enforces bounds', () => {
    expect(parseSetting('new-per-day=30')).toEqual({ ok: true, patch: { newPerDay: 30 } });
    expect(parseSetting('retention=0.85')).toEqual({ ok: true, patch: { requestRetention: 0.85 } });
    expect(parseSetting('retention=1')).toMatchObject({ ok: false });
    expect(parseSetting('reviews-per-day=-1')).toMatchObject({ ok: false });
    expect(parseSetting('reviews-per-day=2.5')).toMatchObject({ ok: false });
    expect(parseSetting('lang=zh')).toEqual({ ok: true, patch: { lang: 'zh' } });
    expect(parseSetting('color=auto')).toEqual({ ok: true, patch: { color: undefined } });
    expect(parseSetting('color=red')).toEqual({
      ok: false,
      problem: { kind: 'choice', name: 'color', allowed: ['auto', 'on', 'off'], value: 'red' },
    });
    expect(parseSetting('colour=red')).toMatchObject({
      ok: false,
      problem: { kind: 'unknown', name: 'colour' },
    });
  });
});

describe('tcp-drill settings', () => {
  it('shows the defaults without creating the data folder', () => {
    const home = join(tempHome(), 'not-yet');
    const run = runCli(['settings', '--json'], { home });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      newPerDay: 20,
      reviewsPerDay: 200,
      requestRetention: 0.9,
    });
    expect(existsSync(home)).toBe(false);
  });

  it('changes settings, keeps them, and the queue follows them', () => {
    const home = tempHome();
    const set = runCli(['settings', 'new-per-day=5', 'retention=0.85'], { home });
    expect(set.status).toBe(0);
    expect(set.stdout).toMatch(/new-per-day\s+5\n/);
    expect(JSON.parse(runCli(['settings', '--json'], { home }).stdout)).toEqual({
      newPerDay: 5,
      reviewsPerDay: 200,
      requestRetention: 0.85,
    });
    expect(JSON.parse(runCli(['stats', '--json'], { home }).stdout)).toMatchObject({
      newRemaining: 5,
    });
  });

  it('rejects a bad value with one line and a usage line, changing nothing', () => {
    const home = tempHome();
    const run = runCli(['settings', 'retention=2'], { home });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(/retention must be a number from 0.7 to 0.99/);
    expect(existsSync(join(home, 'progress.json'))).toBe(false);
  });

  it('keeps a chosen language and colour, and auto clears them again', () => {
    const home = tempHome();
    expect(runCli(['settings', 'lang=zh', 'color=off'], { home }).stdout).toMatch(
      /lang\s+zh\ncolor\s+off\n/,
    );
    expect(JSON.parse(runCli(['settings', '--json'], { home }).stdout)).toEqual({
      newPerDay: 20,
      reviewsPerDay: 200,
      requestRetention: 0.9,
      lang: 'zh',
      color: 'off',
    });
    runCli(['settings', 'lang=auto', 'color=auto'], { home });
    expect(runCli(['settings'], { home }).stdout).toMatch(/lang\s+auto\ncolor\s+auto\n/);
    expect(Object.keys(JSON.parse(runCli(['settings', '--json'], { home }).stdout))).toEqual([
      'newPerDay',
      'reviewsPerDay',
      'requestRetention',
    ]);
  });

  it('a change reported while another machine holds the lock is really kept', () => {
    const home = tempHome();
    expect(runCli(['settings', 'new-per-day=20'], { home }).status).toBe(0);
    writeFileSync(join(home, 'progress.lock'), `4242@laptop.example@${Date.now()}@0.5`);
    const set = runCli(['settings', 'new-per-day=21'], { home });
    expect(set.status).toBe(0);
    expect(set.stdout).toMatch(/new-per-day\s+21\n/);
    expect(JSON.parse(runCli(['settings', '--json'], { home }).stdout)).toMatchObject({
      newPerDay: 21,
    });
    expect(JSON.parse(runCli(['stats', '--json'], { home }).stdout)).toMatchObject({
      newRemaining: 21,
    });
  });
});
