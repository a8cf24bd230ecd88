// Class 5 of issue 11: no diagnostic of any command carries a raw control character. A deck,
// a file name or an argument from someone else must not clear the screen, set the window
// title or load the clipboard (OSC 52) when it is reported.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome, type Run } from '../helpers/cli.js';

const FIXTURES = 'test/fixtures/robust';
const OSC52 = '\u001b]52;c;aGk=\u0007';
/** Any control character but the newline that ends each line. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

function expectInert(run: Run): void {
  expect(run.stderr).not.toMatch(RAW);
  expect(run.stdout).not.toMatch(RAW);
  expect(run.status).not.toBe(70);
}

describe('lint quotes what it finds with control characters escaped', () => {
  it('front matter keys, card ids and card text', () => {
    const run = runCli(['lint', `${FIXTURES}/control-chars.md`]);
    expectInert(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${FIXTURES}/control-chars.md:7:1: unknown front matter key '\\x1b]0;pwned\\x07'`,
    );
    expect(run.stderr).toContain("card id 'bad\\x1b]52;c;aGk=\\x07id' must use");
    expect(run.stderr).toContain(':11:15: control character \\x1b in the text');
  });

  it('file names', () => {
    const dir = tempHome();
    mkdirSync(join(dir, `en${OSC52}`));
    copyFileSync(`${FIXTURES}/quoted-key.md`, join(dir, `en${OSC52}`, `deck\u001b[2J.md`));
    const run = runCli(['lint', dir]);
    expectInert(run);
    expect(run.stderr).toContain(
      `en\\x1b]52;c;aGk=\\x07/deck\\x1b[2J.md:5:1: unknown front matter key`,
    );
  });

  it('a quoted front matter key is reported on its own line', () => {
    const run = runCli(['lint', `${FIXTURES}/quoted-key.md`]);
    expect(run.stderr).toContain(
      `${FIXTURES}/quoted-key.md:5:1: unknown front matter key 'colour'`,
    );
  });
});

describe('every other command escapes what it quotes', () => {
  it.each([
    [[`frob${OSC52}`]],
    [['--lang', `zh${OSC52}`]],
    [['settings', `new-per-day=${OSC52}`]],
    [['settings', `${OSC52}=1`]],
    [['progress', 'import', `missing${OSC52}.json`]],
    [['progress', `sync${OSC52}`, 'x']],
    [['lint', `no-such${OSC52}`]],
  ])('%j', (args) => {
    const run = runCli(args);
    expectInert(run);
    expect(run.stderr).toContain('\\x1b]52;c;aGk');
  });

  it('a home path', () => {
    const home = join(tempHome(), `home${OSC52}`);
    mkdirSync(home);
    const run = runCli(['reset', '--yes'], { home });
    expectInert(run);
    expect(run.stdout).toContain('No progress to clear in');
  });
});
