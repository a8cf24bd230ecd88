// ink-testing-library behind a helper that waits for frames instead of sleeping.
import { EventEmitter } from 'node:events';
import type { ReactElement } from 'react';
import { render as inkRender } from 'ink-testing-library';
import { render as inkRenderTo } from 'ink';

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

/** A terminal of a chosen size for ink to draw into, like ink-testing-library's. */
class SizedStdout extends EventEmitter {
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
  last = '';
  write = (frame: string) => {
    this.last = frame;
    return true;
  };
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** ink-testing-library's render, or (with a size) ink drawing into a terminal that size. */
function mount(element: ReactElement, size?: { columns: number; rows: number }) {
  if (!size) return inkRender(element);
  const stdout = new SizedStdout(size.columns, size.rows);
  const stdin = new FakeStdin();
  const instance = inkRenderTo(element, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new SizedStdout(size.columns, size.rows) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  return {
    lastFrame: () => stdout.last,
    stdin,
    unmount: () => instance.unmount(),
  };
}

export async function render(
  element: ReactElement,
  size?: { columns: number; rows: number },
): Promise<Rendered> {
  const instance = mount(element, size);
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
