// Starts the ink app in the terminal's alternate screen and guarantees the terminal is
// restored however the session ends: q, Ctrl-C, SIGTERM or SIGHUP.
import { render } from 'ink';
import type { Lang } from '../content/types.js';
import { studyBank } from '../cli/study-bank.js';
import { App, MIN_COLUMNS, MIN_ROWS } from './app.js';
import { storeTrainer } from '../session/store-trainer.js';
import { dataDir } from '../store/paths.js';
import { openStore } from '../store/file-store.js';

const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l';

export async function startTrainer(opts: { lang: Lang }): Promise<number> {
  const { columns = 80, rows = 24 } = process.stdout;
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    process.stderr.write(
      `tcp-drill: terminal too small (${columns}×${rows}); it needs at least ${MIN_COLUMNS}×${MIN_ROWS}\n`,
    );
    return 2;
  }
  const study = await studyBank();
  if ('problem' in study) {
    process.stderr.write(`tcp-drill: ${study.problem}\n`);
    return 1;
  }
  const { bank } = study;
  let opened: ReturnType<typeof openStore>;
  const dir = dataDir();
  try {
    opened = openStore({ dir });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tcp-drill: cannot open progress in ${dir}: ${reason}\n`);
    return 1;
  }
  const { store, notices } = opened;
  const trainer = storeTrainer(bank, opts.lang, store, notices);
  // Switching language keeps the one store: the en and zh twins share their schedule.
  const trainerFor = (lang: Lang) => storeTrainer(bank, lang, store, notices);
  process.stdout.write(ENTER_ALT);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    trainer.close();
    process.stdout.write(LEAVE_ALT);
  };
  const colour = !process.env.NO_COLOR;
  const instance = render(<App trainer={trainer} trainerFor={trainerFor} colour={colour} />, {
    exitOnCtrlC: true,
  });
  // Every grade is already on disk; a signal only needs the terminal put back.
  const onSignal = (signal: NodeJS.Signals) => {
    instance.unmount();
    restore();
    process.exit(signal === 'SIGTERM' ? 143 : 129);
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  process.once('exit', restore);
  try {
    await instance.waitUntilExit();
  } finally {
    restore();
  }
  for (const n of trainer.notices) process.stdout.write(`${n}\n`);
  return 0;
}
