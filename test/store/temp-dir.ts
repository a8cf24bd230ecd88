// Every store test works in its own temp folder; the real home folder is never touched.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

const made: string[] = [];

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tcp-drill-test-'));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0))
    rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
});

// Belt and braces: anything that falls back to the environment lands in a temp folder too.
const fallbackHome = mkdtempSync(join(tmpdir(), 'tcp-drill-home-'));
process.env.TCP_DRILL_HOME = fallbackHome;
afterAll(() => rmSync(fallbackHome, { recursive: true, force: true }));
