// Starts the ink app in the terminal's alternate screen and guarantees the terminal is
// restored however the session ends: q, Ctrl-C, SIGTERM or SIGHUP.
import { render } from 'ink';
import type { Lang } from '../content/types.js';
import { cliStrings } from '../cli/cli-strings.js';
import { studyBank } from '../cli/study-bank.js';
import { chosenLang } from '../cli/lang.js';
import { App, Interrupted, MIN_COLUMNS, MIN_ROWS } from './app.js';
import { leavingLine } from '../session/study-text.js';
import { storeTrainer } from '../session/store-trainer.js';
import { dataDir } from '../store/paths.js';
import { openStore } from '../store/file-store.js';
import { StoreError } from '../store/store-error.js';
import { say } from '../store/store-text.js';

const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l';

/** `lang` comes from --lang or the locale; a language saved in settings beats the locale. */
export async function startTrainer(opts: { lang: Lang; langGiven?: boolean }): Promise<number> {
  // Before the store is open, only --lang and the locale can choose the language.
  const t = cliStrings(opts.lang);
  const { columns = 80, rows = 24 } = process.stdout;
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    process.stderr.write(`tcp-drill: ${t.tooSmall(columns, rows, MIN_COLUMNS, MIN_ROWS)}\n`);
    return 2;
  }
  const study = await studyBank(process.env, opts.lang);
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
    const reason =
      error instanceof StoreError
        ? error.path === dir
          ? error.sayProblem(opts.lang)
          : error.say(opts.lang)
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`tcp-drill: ${t.cannotOpenProgress(dir, reason)}\n`);
    return 1;
  }
  const { store, notices } = opened;
  const lang = chosenLang(opts.lang, opts.langGiven === true, store.settings.lang);
  // Notices are said in the trainer's language, which a saved setting may have chosen.
  const noticesIn = (l: Lang) => notices.map((n) => say(n, l));
  const trainer = storeTrainer(bank, lang, store, noticesIn(lang));
  // Switching language keeps the one store: the en and zh twins share their schedule.
  const trainerFor = (other: Lang) => storeTrainer(bank, other, store, noticesIn(other));
  process.stdout.write(ENTER_ALT);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    trainer.close();
    process.stdout.write(LEAVE_ALT);
  };
  // A colour saved in settings beats NO_COLOR (a user's own choice, as no-color.org asks).
  const saved = store.settings.color;
  const colour = saved === undefined ? !process.env.NO_COLOR : saved === 'on';
  // Ctrl-C is a key like any other (the keymap's `interrupt`), so it ends the app the way
  // `q` does, with the shell's exit status for an interrupt.
  const instance = render(<App trainer={trainer} trainerFor={trainerFor} colour={colour} />, {
    exitOnCtrlC: false,
  });
  // Every grade is already on disk. A signal saves like a quit (the cache is written on
  // close) and puts the terminal back; after a hangup there may be no terminal to write to.
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      instance.unmount();
    } catch {
      // The terminal is gone: nothing to draw on.
    }
    try {
      restore();
    } catch {
      trainer.close();
    }
    process.exit(signal === 'SIGTERM' ? 143 : 129);
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  process.once('exit', restore);
  let code = 0;
  try {
    await instance.waitUntilExit();
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    code = 130;
  } finally {
    restore();
  }
  for (const n of trainer.notices) process.stdout.write(`${n}\n`);
  // One line on the normal screen, once the trainer's screen is gone.
  const counts = trainer.counts();
  const next = trainer.nextDue();
  const line = leavingLine(
    {
      reviewsToday: trainer.reviewsToday(),
      dueNow: counts.due,
      ...(next === undefined ? {} : { nextDue: next }),
    },
    Date.now(),
    trainer.lang,
  );
  process.stdout.write(`${line}\n`);
  return code;
}
