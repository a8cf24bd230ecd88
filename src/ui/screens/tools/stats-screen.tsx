import { useMemo } from 'react';
import { useAppContext } from '../../app-context.js';
import { Frame } from '../../components/frame.js';
import { useFrame } from '../../hooks/use-frame.js';
import { useKeys } from '../../hooks/use-keys.js';
import type { Scope } from '../../keymap.js';
import { line } from '../../layout/lines.js';
import { statsLines } from './stats-lines.js';
import { toolStrings } from './tool-strings.js';

const SCOPES: readonly Scope[] = ['stats', 'global'];

/**
 * Stats (`s` on home); the body scrolls when the terminal is short:
 *
 *   Stats
 *
 *   Streak 3 days · 14 reviews a study day · 25 min spent (5 min today)
 *   Readiness ██████░░░░░░░░ 42%  predicted recall tomorrow, all cards
 *   True retention, 30 days: young 85.0% (20) · mature – (0)
 *
 *   Reviews, last 16 weeks             Due, next 14 days
 *       Dec     Jan     Feb            ██
 *   Mon · ░ ▒ …                        ██ ▃▃ …
 *   …
 *   Readiness by topic (recall tomorrow)
 *   handshake  ██████░░░░  52%  104 cards
 *
 *   Hardest cards: most lapses, then lowest recall  p practises them
 *     hs-syn-flags   2 lapses · Which flags …
 *
 *   p practise the hardest cards  ↑↓ scroll  Esc back  ? help  q quit
 */
export function StatsScreen() {
  const { trainer, lang, width, navigate } = useAppContext();
  const s = toolStrings(lang);
  const stats = useMemo(() => trainer.stats(), [trainer]);
  const cards = useMemo(
    () => new Map(trainer.cardRows().map((r) => [r.card.id, { card: r.card, lapses: r.lapses }])),
    [trainer],
  );
  const frame = useFrame({
    header: [line('header', { text: s.statsTitle, tone: 'title', bold: true })],
    body: statsLines(stats, cards, lang, width),
    scopes: SCOPES,
    resetKey: 'stats',
  });
  useKeys(frame.plan.scopes, ({ command }) => {
    if (frame.scroll(command)) return true;
    switch (command) {
      case 'back':
        navigate({ type: 'home' });
        return true;
      case 'practise-hardest':
        if (stats.hardest.length > 0) navigate({ type: 'practise', choice: { kind: 'hardest' } });
        return true;
      default:
        return false;
    }
  });
  return <Frame frame={frame} />;
}
