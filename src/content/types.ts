// The compiled shape of a question bank. Everything here is plain data so that it can be
// embedded in the bundle as JSON and read back without the Markdown parser.

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

export type CardType = 'basic' | 'reversed' | 'cloze' | 'typed' | 'choice' | 'order';
export const CARD_TYPES: readonly CardType[] = [
  'basic',
  'reversed',
  'cloze',
  'typed',
  'choice',
  'order',
];

/** `file` of the cards and decks generated from the TCP model (the drills). */
export const GENERATED = '(generated)';

/** Where a card or a problem sits in its source file (1-based). */
export type Position = { readonly line: number; readonly column: number };

export type Diagnostic = {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
};

type CardCommon = {
  /** Stable id written by the author (plus a suffix for generated siblings, e.g. `:c2`). */
  readonly id: string;
  /** Cards sharing a note are siblings: they are not shown on the same day. */
  readonly note: string;
  readonly deck: string;
  readonly lang: Lang;
  readonly topic: string;
  /** Heading breadcrumb inside the deck, shown as context. */
  readonly section: string;
  /** RFC section, kernel doc or man page the card is grounded in. */
  readonly source: string;
  /** Optional explanation shown after the answer (`E:`). Markdown text. */
  readonly explain?: string;
  readonly file: string;
  readonly line: number;
};

/** Flashcard: a prompt and a self-graded answer (`Q:`/`A:`, and both sides of `R:`). */
export type BasicCard = CardCommon & {
  readonly type: 'basic' | 'reversed';
  readonly prompt: string;
  readonly answer: string;
};

/** One cloze deletion group of a `C:` card: `text` keeps every `{{cN::…}}` marker. */
export type ClozeCard = CardCommon & {
  readonly type: 'cloze';
  readonly text: string;
  readonly index: number;
};

/** Typed answer: the first alternative is the canonical one. */
export type TypedCard = CardCommon & {
  readonly type: 'typed';
  readonly prompt: string;
  readonly accept: readonly string[];
};

/** Multiple choice (`M:`), and the generated drills: pick the next state or fill a blank. */
export type ChoiceCard = CardCommon & {
  readonly type: 'choice';
  readonly prompt: string;
  /** Verbatim ASCII art shown above the prompt (a drill's diagram with a blank), if any. */
  readonly figure?: string;
  readonly options: readonly { readonly text: string; readonly correct: boolean }[];
};

/** Ordering: `items` is the correct order; the trainer shuffles it. */
export type OrderCard = CardCommon & {
  readonly type: 'order';
  readonly prompt: string;
  readonly items: readonly string[];
};

export type Card = BasicCard | ClozeCard | TypedCard | ChoiceCard | OrderCard;

export type Deck = {
  readonly id: string;
  /** Position among the decks (front matter `order`, default 100): new cards come in this order. */
  readonly order: number;
  readonly title: string;
  readonly topic: string;
  readonly lang: Lang;
  readonly source: string;
  /** Prose before the first card: an introduction shown on the deck screen. */
  readonly intro: string;
  readonly file: string;
};

export type Bank = {
  readonly decks: readonly Deck[];
  readonly cards: readonly Card[];
};

export type CompileResult = Bank & { readonly diagnostics: readonly Diagnostic[] };
