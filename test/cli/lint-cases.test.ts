// Class 6 of issue 11: lint never says "ok" to what the trainer cannot use. One fixture a
// case in test/fixtures/lint/, each reported at its FILE:LINE:COL.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/cli/content-folder.js';
import { runCli, tempHome } from '../helpers/cli.js';

const DIR = 'test/fixtures/lint';

const CASES: readonly [string, string][] = [
  ['cloze-c0', "9:38: cloze card 'cz-zero': cloze numbers start at 1"],
  ['cloze-empty', "9:38: cloze card 'cz-empty': empty cloze deletion"],
  ['cloze-upper', "9:38: cloze card 'cz-upper': write the deletion in lower case: {{c2::…}}"],
  ['cloze-nested', "9:49: cloze card 'cz-nested': a cloze deletion inside another"],
  ['cloze-unclosed', "9:64: cloze card 'cz-open': cloze deletion is never closed"],
  ['typed-empty-alt', "9:1: typed card 'ty-empty' has an empty alternative"],
  ['unclosed-fence', '12:1: this code fence is never closed'],
  ['setext', '9:1: the --- (or ===) under these lines makes them a heading'],
  ['glued-marker', "9:1: put a space after 'Q:'"],
  ['quoted-card', "9:35: card 'qu-q' is not in the bank"],
  ['drill-deck-id', "1:1: deck id 'fsm-drills' is taken by the generated drills"],
  ['drill-card-id', "9:1: card id 'fsm-f01' is taken by a generated drill"],
];

describe('lint reports what the trainer cannot use', () => {
  it.each(CASES)('%s', async (name, expected) => {
    const file = join(DIR, `${name}.md`);
    const { diagnostics } = await readContentFolder(file);
    const lines = diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`);
    expect(
      lines.some((l) => l.startsWith(`${file}:${expected}`)),
      lines.join('\n'),
    ).toBe(true);
  });

  it('an unclosed fence also names the card it swallowed', async () => {
    const { diagnostics } = await readContentFolder(join(DIR, 'unclosed-fence.md'));
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        line: 16,
        message: expect.stringMatching(/'fe-second' is not in the bank/),
      }),
    );
  });

  it('--json prints the problems as JSON too, with the summary keys, exit 1', () => {
    const run = runCli(['lint', join(DIR, 'setext.md'), '--json']);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['byLang', 'byType', 'cards', 'decks', 'diagnostics']);
    expect(out.diagnostics).toEqual([
      {
        file: join(DIR, 'setext.md'),
        line: 9,
        col: 1,
        message: expect.stringMatching(/makes them a heading/),
      },
    ]);
  });
});

describe('nothing to train is a warning, not an "ok"', () => {
  it('a deck with no cards', () => {
    const run = runCli(['lint', join(DIR, 'empty-deck.md')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`${DIR}/empty-deck.md:1:1: warning: deck 'empty-deck' has no cards\n`);
    expect(run.stdout).toBe('1 deck, 0 cards; 1 warning\n');
  });

  it('a folder with no decks', () => {
    const dir = join(tempHome(), 'empty');
    mkdirSync(dir);
    const run = runCli(['lint', dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${dir}:1:1: warning: no decks here`);
    expect(run.stdout).not.toMatch(/ok|\(; \)/);
  });
});
