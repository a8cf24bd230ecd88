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
