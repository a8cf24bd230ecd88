// The home menu as data: each entry with its hotkey, label, count and where it leads.
// Later screens (stats, settings, practice, …) add their entries to `menuEntries`.
import type { Deck } from '../../content/types.js';
import type { Lang } from '../../content/types.js';
import type { NavAction, ToolScreen } from '../../session/navigation.js';
import { toolStrings } from './tools/tool-strings.js';
import type { Trainer } from '../../session/trainer.js';
import { visitedChanges } from '../../session/playground.js';
import { STATE_CHANGES } from '../../tcp/transitions.js';
import { keyOf } from '../keymap.js';
import { playStrings } from './playground/playground-strings.js';
import { drillStrings } from './state-drill/state-drill-strings.js';
import { FSM_DECK_ID } from '../../tcp/fsm-drills.js';
import { SEQUENCE_DECK_ID } from '../../tcp/sequence-drills.js';
import { sequenceStrings } from './sequence-drill/sequence-drill-strings.js';
import type { Command } from '../keymap.js';
import type { Strings } from '../strings.js';
import { WIDE } from '../layout/inline.js';

export type MenuEntry = {
  readonly id: string;
  /** The key shown beside the entry (from the keymap), if it has one. */
  readonly hotkey?: string;
  readonly label: string;
  readonly value: string;
  readonly open: NavAction;
};

/** Decks take the digits 1–9, then 0, in menu order: a digit opens the deck it names. */
export function deckDigit(position: number): number | undefined {
  return position < 9 ? position + 1 : position === 9 ? 0 : undefined;
}

/** The deck a digit opens (its position among the decks), the inverse of `deckDigit`. */
export function deckForDigit(digit: number): number {
  return digit === 0 ? 9 : digit - 1;
}

export function menuEntries(
  trainer: Trainer,
  counts: { readonly due: number; readonly new: number },
  t: Strings,
): MenuEntry[] {
  const hot = (command: Command) => keyOf(command, 'home');
  const deckEntry = (deck: Deck, i: number): MenuEntry => {
    const digit = deckDigit(i);
    return {
      id: `deck:${deck.id}`,
      ...(digit === undefined ? {} : { hotkey: String(digit) }),
      label: t.browseDeck(deck.title),
      // What browsing it shows: one side of each reversed pair, as its header counts.
      value: `${trainer.browse(deck.id).length} ${t.cards}`,
      // Browsing reads a deck through; it never grades, so it never changes the schedule.
      open: { type: 'open-browse', deckId: deck.id },
    };
  };
  return [
    {
      id: 'new',
      ...withKey(hot('learn-new')),
      label: t.learnNew,
      value: `${counts.new}`,
      open: { type: 'open-review', mode: 'new' },
    },
    {
      id: 'due',
      ...withKey(hot('review-due')),
      label: t.reviewDue,
      value: `${counts.due}`,
      open: { type: 'open-review', mode: 'due' },
    },
    ...toolEntries(trainer.lang),
    {
      id: 'state-drill',
      ...withKey(hot('open-state-drill')),
      label: drillStrings(trainer.lang).menu,
      value: `${trainer.cardsIn(FSM_DECK_ID)} ${t.cards}`,
      open: { type: 'open-state-drill' },
    },
    {
      id: 'sequence-drill',
      ...withKey(hot('open-sequence-drill')),
      label: sequenceStrings(trainer.lang).menu,
      value: `${trainer.cardsIn(SEQUENCE_DECK_ID)} ${t.cards}`,
      open: { type: 'open-sequence-drill' },
    },
    {
      id: 'playground',
      ...withKey(hot('open-playground')),
      label: playStrings(trainer.lang).menu,
      value: `${visitedChanges(trainer.visited()).count}/${STATE_CHANGES.length}`,
      open: { type: 'open-playground' },
    },
    ...trainer.decks.map(deckEntry),
  ];
}

/** Stats, practice, the card list and settings, each under its letter. */
function toolEntries(lang: Lang): MenuEntry[] {
  const s = toolStrings(lang);
  const tools: [Command, ToolScreen, string][] = [
    ['open-stats', 'stats', s.menuStats],
    ['open-practice', 'practice', s.menuPractice],
    ['open-cards', 'cards', s.menuCards],
    ['open-settings', 'settings', s.menuSettings],
  ];
  return tools.map(([command, screen, label]) => ({
    id: screen,
    ...withKey(keyOf(command, 'home')),
    label,
    value: '',
    open: { type: 'open', screen },
  }));
}

function withKey(key: string | undefined): { hotkey?: string } {
  return key === undefined ? {} : { hotkey: key };
}

/** Authors wrap intros by hand: join the lines into one paragraph (no space inside Chinese). */
export function reflow(text: string): string {
  return text.replace(/\s*\n\s*/g, (_m: string, at: number, all: string) => {
    const before = all[at - 1] ?? '';
    const after = all[at + _m.length] ?? '';
    return WIDE.test(before) || WIDE.test(after) ? '' : ' ';
  });
}
