// Drives a real terminal: the built CLI inside tmux, keys in, screen text out.
import { execFileSync, spawnSync } from 'node:child_process';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** Named keys for send-keys, in one place. */
export const KEYS = {
  enter: 'Enter',
  space: 'Space',
  escape: 'Escape',
  down: 'Down',
  up: 'Up',
  backspace: 'BSpace',
  ctrlC: 'C-c',
} as const;

export class Terminal {
  private constructor(readonly name: string) {}

  /** Starts `command` in a detached session of the given size; `env` is exported first. */
  static start(
    command: string,
    opts: { columns?: number; rows?: number; env?: Record<string, string> } = {},
  ) {
    const name = `tcp-drill-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const exports = Object.entries({ FORCE_COLOR: '0', ...opts.env })
      .map(([k, v]) => `export ${k}='${v.replace(/'/g, "'\\''")}';`)
      .join(' ');
    // Keep the pane after the program exits so its last words can be read.
    // CI machines export CI, which changes how ink draws; each test says what it wants.
    const script = `unset CI CONTINUOUS_INTEGRATION; ${exports} ${command}; echo "[exit $?]"; sleep 600`;
    execFileSync('tmux', [
      'new-session',
      '-d',
      '-s',
      name,
      '-x',
      String(opts.columns ?? 80),
      '-y',
      String(opts.rows ?? 24),
      'bash',
      '--noprofile',
      '--norc',
      '-c',
      script,
    ]);
    return new Terminal(name);
  }

  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-t', this.name], { encoding: 'utf8' });
  }

  /** The screen with its colour and style escape sequences. */
  styledScreen(): string {
    return execFileSync('tmux', ['capture-pane', '-e', '-p', '-t', this.name], {
      encoding: 'utf8',
    });
  }

  send(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  /** Sends literal text (no key-name lookup). */
  type(text: string): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, '-l', text]);
  }

  /** Waits until the screen satisfies `test` (a substring or a predicate); never a fixed sleep. */
  async waitFor(
    test: string | RegExp | ((screen: string) => boolean),
    timeoutMs = 10_000,
  ): Promise<string> {
    const ok = (s: string) =>
      typeof test === 'string' ? s.includes(test) : test instanceof RegExp ? test.test(s) : test(s);
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = this.screen();
      if (ok(last)) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${String(test)}; screen was:\n${last}`);
  }

  /** Sends keys and waits until the screen changes from what it was. */
  async sendAndWait(...keys: string[]): Promise<string> {
    const before = this.screen();
    this.send(...keys);
    return this.waitFor((s) => s !== before);
  }

  /** Pid of the program running in the pane (the shell's child). */
  programPid(): number {
    const shell = execFileSync('tmux', ['list-panes', '-t', this.name, '-F', '#{pane_pid}'], {
      encoding: 'utf8',
    }).trim();
    return Number(execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).trim().split('\n')[0]);
  }

  /** Resizes the terminal, as a user dragging the window would. */
  resize(columns: number, rows: number): void {
    execFileSync('tmux', [
      'resize-window',
      '-t',
      this.name,
      '-x',
      String(columns),
      '-y',
      String(rows),
    ]);
  }

  /**
   * Ends the session and waits for the program in it to exit. tmux only sends SIGHUP, and
   * the trainer saves on SIGHUP: removing its folders before it is done races its writes.
   */
  kill(): void {
    const shown = spawnSync('tmux', ['display-message', '-p', '-t', this.name, '#{pane_pid}'], {
      encoding: 'utf8',
    });
    const group = Number(shown.stdout.trim());
    spawnSync('tmux', ['kill-session', '-t', this.name]);
    // The pane's shell leads its own process group, which holds the trainer too.
    if (!(group > 0)) return;
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && groupAlive(group)) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
    if (groupAlive(group)) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // Gone between the check and the kill.
      }
    }
  }
}

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}
