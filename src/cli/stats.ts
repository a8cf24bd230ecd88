// `tcp-drill stats`: progress at a glance in at most 80 columns, or with --json one line
// holding exactly the keys of Stats (a contract for scripts). Needs no terminal.
import type { Lang } from '../content/types.js';
import { computeStats } from '../srs/stats.js';
import { inertJson } from '../text/escape.js';
import { chosenLang } from './lang.js';
import { safe } from './say.js';
import { withProgress } from './with-progress.js';

export async function runStats(
  opts: { json: boolean; lang: Lang; langGiven?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const { builtinBank } = await import('../content/builtin.js');
  // The text report measures columns (string-width sets up Unicode segmentation as it
  // loads): --json, for scripts that run it often, skips loading it.
  const format = opts.json ? undefined : (await import('./stats-text.js')).formatStats;
  const now = Date.now();
  // Only reads: works in a read-only folder, and creates none on a machine that never trained.
  return withProgress({ write: false, env, now, lang: opts.lang }, (store) => {
    // The trainer's language: its cards are the ones counted, as its home screen counts them.
    const lang = chosenLang(opts.lang, opts.langGiven === true, store.settings.lang);
    const cards = builtinBank.cards.filter((c) => c.lang === lang);
    const stats = computeStats({
      cards,
      states: store.states(),
      reviews: store.reviews(),
      settings: store.settings,
      now,
      practice: store.practice(),
      suspended: store.suspended(),
      extraNew: store.extraNew(),
    });
    // Card ids come from the log, which may come from someone else's export.
    process.stdout.write(format ? safe(format(stats, lang)) : `${inertJson(stats)}\n`);
    return 0;
  });
}
