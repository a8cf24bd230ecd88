// Every phase of every scenario's sequence drill, laid out without rendering: the diagram's
// columns never move, nothing is wider than 80 columns, the blank asked is in focus, and no
// blank still to come can be read anywhere on the screen.
import { describe, expect, it } from 'vitest';
import type { ChoiceCard, Lang } from '../../src/content/types.js';
import { LANGS } from '../../src/content/types.js';
import {
  planRounds,
  sequenceDrillReducer,
  sequencePhase,
  startSequenceDrill,
} from '../../src/session/sequence-drill.js';
import type { SequenceDrill } from '../../src/session/sequence-drill.js';
import { renderSequence } from '../../src/tcp/render-sequence.js';
import { placeOf, sequenceDrills } from '../../src/tcp/sequence-drills.js';
import { lineText, lineWidth } from '../../src/ui/layout/lines.js';
import {
  PENDING,
  sequenceDrillView,
} from '../../src/ui/screens/sequence-drill/sequence-drill-lines.js';

const WIDTH = 78;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const shown = (answer: string) => new RegExp(`(?<![\\w,=+-])${escape(answer)}(?![\\w,=+-])`);
const TELLTALES: Readonly<Record<string, RegExp>> = { 'TIME-WAIT': /2\s*MSL|time[\s_-]?wait/i };
const answerOf = (c: ChoiceCard) => c.options.find((o) => o.correct)!.text;

/**
 * Each scenario's round as the planner makes it with every blank new, and the round of its
 * label fields alone (asked on a day when the whole labels are not due).
 */
function rounds(lang: Lang): { id: string; round: ChoiceCard[] }[] {
  const all = sequenceDrills(lang);
  const planned = planRounds(all.map((card) => ({ card, kind: 'new' as const })));
  const fields = planRounds(
    all
      .filter((c) => placeOf(c.id)!.blank.part !== 'segment')
      .map((card) => ({ card, kind: 'new' as const })),
  ).filter((round) => round.some((c) => /-(flags|seq|ack)$/.test(c.id)));
  return [
    ...planned.map((round) => ({ id: round[0]!.note, round })),
    ...fields.map((round) => ({ id: `${round[0]!.note} (label fields)`, round })),
  ];
}

/** Where the arrow heads are: they must not move when a blank is filled. */
const heads = (text: string) => [...text].flatMap((ch, i) => (ch === '>' || ch === '<' ? [i] : []));

describe.each(LANGS)('the sequence drill screen (%s)', (lang) => {
  it.each(rounds(lang))('$id', ({ round }) => {
    const place = placeOf(round[0]!.id)!;
    const plain = renderSequence(place.scenario, {
      lang,
      summary: false,
      roomForMarks: true,
    }).split('\n');
    let d: SequenceDrill = startSequenceDrill([round]);
    const check = (k: number) => {
      const view = sequenceDrillView(d, lang, WIDTH);
      const figure = view.body.filter((l) => l.role === 'figure');
      expect(figure.map((l) => heads(lineText(l)))).toEqual(plain.map(heads));
      for (const l of view.body) expect(lineWidth(l), lineText(l)).toBeLessThanOrEqual(WIDTH);
      // Whatever is on screen but the options may not tell a blank still to come.
      const screen = [...view.header, ...view.body.filter((l) => l.role !== 'option')]
        .map(lineText)
        .join('\n');
      for (const later of round.slice(k + 1)) {
        expect(screen, `${later.id} shown while asking ${round[k]!.id}`).not.toMatch(
          shown(answerOf(later)),
        );
        const telltale = TELLTALES[answerOf(later)];
        if (telltale) expect(screen).not.toMatch(telltale);
      }
      return view;
    };
    round.forEach((card, k) => {
      const asked = check(k);
      expect(sequencePhase(d)).toBe('question');
      const at = asked.focus!;
      expect(lineText(asked.body[at.row]!).slice(at.column)).toMatch(/^\[ \? \]/);
      expect(asked.body.map(lineText).join('\n').split(PENDING)).toHaveLength(round.length - k);
      // Every other blank answered wrong, to see both marks.
      const option = card.options.findIndex((o) => o.correct === (k % 2 === 0));
      d = sequenceDrillReducer(d, { type: 'pick', option });
      check(k);
      d = sequenceDrillReducer(d, { type: 'next' });
    });
    expect(sequencePhase(d)).toBe('round-over');
    const over = sequenceDrillView(d, lang, WIDTH).body.map(lineText).join('\n');
    expect(over).not.toContain('[ ? ]');
    expect(over).not.toContain(PENDING);
    for (const card of round) expect(over).toContain(answerOf(card));
    expect(over.match(/\[✗/g) ?? []).toHaveLength(Math.floor(round.length / 2));
    expect(over).toContain(place.scenario.summary[lang].slice(0, 20));
  });
});
