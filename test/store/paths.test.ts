import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/store/paths.js';

// A made-up home: these tests compute paths only, nothing is created.
const HOME = join('/', 'nonexistent', 'home', 'learner');

describe('dataDir', () => {
  it('prefers TCP_DRILL_HOME', () => {
    expect(dataDir({ TCP_DRILL_HOME: 'sync/tcp' }, 'linux', HOME)).toBe(resolve('sync/tcp'));
  });

  it("otherwise uses conf's folder for tcp-drill with no suffix", () => {
    expect(dataDir({}, 'linux', HOME)).toBe(join(HOME, '.config', 'tcp-drill'));
    expect(dataDir({ XDG_CONFIG_HOME: join(HOME, 'xdg') }, 'linux', HOME)).toBe(
      join(HOME, 'xdg', 'tcp-drill'),
    );
    expect(dataDir({}, 'darwin', HOME)).toBe(join(HOME, 'Library', 'Preferences', 'tcp-drill'));
    expect(dataDir({ APPDATA: join(HOME, 'AppData') }, 'win32', HOME)).toBe(
      join(HOME, 'AppData', 'tcp-drill', 'Config'),
    );
    expect(dataDir({ TCP_DRILL_HOME: '' }, 'linux', HOME)).toBe(join(HOME, '.config', 'tcp-drill'));
  });
});

describe('ensureDir', () => {
  it('creates nested folders and accepts existing ones', async () => {
    const { ensureDir } = await import('../../src/store/ensure-dir.js');
    const { mkdtempSync, statSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const base = mkdtempSync(join(tmpdir(), 'tcp-drill-ensure-'));
    ensureDir(join(base, 'a', 'b'));
    ensureDir(join(base, 'a', 'b'));
    expect(statSync(join(base, 'a', 'b')).isDirectory()).toBe(true);
  });

  it.skipIf(process.platform !== 'linux')('fails instead of hanging under /proc', async () => {
    const { ensureDir } = await import('../../src/store/ensure-dir.js');
    expect(() => ensureDir('/proc/tcp-drill-cannot-exist/x')).toThrow(
      /tcp-drill-cannot-exist: no such file or folder/,
    );
  });
});
