// ink-testing-library behind a helper that waits for frames instead of sleeping.
import type { ReactElement } from 'react';
import { render as inkRender } from 'ink-testing-library';

/** Raw key sequences as a terminal sends them. */
export const KEY = {
  enter: '\r',
  space: ' ',
  escape: '\u001B',
  down: '\u001B[B',
  up: '\u001B[A',
  backspace: '\u007F',
} as const;

export type Rendered = {
  frame(): string;
  /** Writes input and resolves once the frame has changed (or fails after a timeout). */
  press(input: string): Promise<string>;
  /** Writes input that may leave the frame as it is; follow it with a `press` to sync. */
  send(input: string): void;
  waitFor(test: string | RegExp, timeoutMs?: number): Promise<string>;
  unmount(): void;
};

export async function render(element: ReactElement): Promise<Rendered> {
  const instance = inkRender(element);
  const frame = () => instance.lastFrame() ?? '';
  const waitUntil = async (ok: (f: string) => boolean, what: string, timeoutMs = 2000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const f = frame();
      if (ok(f)) {
        // A new frame is committed before its effects run; let useInput subscribe first.
        await new Promise((r) => setImmediate(r));
        await new Promise((r) => setImmediate(r));
        return f;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`timed out waiting for ${what}; last frame:\n${frame()}`);
  };
  await waitUntil((f) => f !== '', 'the first frame');
  return {
    frame,
    async press(input) {
      const before = frame();
      instance.stdin.write(input);
      return waitUntil((f) => f !== before, `a new frame after ${JSON.stringify(input)}`);
    },
    send: (input) => void instance.stdin.write(input),
    waitFor: (test, timeoutMs) =>
      waitUntil(
        (f) => (typeof test === 'string' ? f.includes(test) : test.test(f)),
        String(test),
        timeoutMs,
      ),
    unmount: () => instance.unmount(),
  };
}
