// The card markers and the shape of a card while it is being read, shared by the deck
// reader (compile-deck.ts) and the validator that turns a finished draft into cards.

/** Markers that open a card, and the card type each one makes. */
export const OPENERS = {
  Q: 'basic',
  R: 'reversed',
  C: 'cloze',
  T: 'typed',
  M: 'choice',
  O: 'order',
} as const;
export type Opener = keyof typeof OPENERS;
/** Markers that add a field to the open card: answer, explanation, source. */
export const FIELDS = ['A', 'E', 'S'] as const;
export type FieldName = 'prompt' | (typeof FIELDS)[number];

export const MARKER = /^([A-Z]{1,2}):(?:\s|$)/;
export const ID_COMMENT = /^<!--\s*id:\s*(\S+)\s*-->$/;
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A piece of a field: `cloze` says whether `{{c1::…}}` counts here; `list` marks option lists. */
export type Segment = {
  readonly text: string;
  readonly cloze: boolean;
  readonly list?: boolean;
  /** Where the text starts in the deck, for diagnostics inside it. */
  readonly line?: number;
  readonly column?: number;
};

/** A card being collected, before validation. */
export type Draft = {
  readonly marker: Opener;
  readonly line: number;
  readonly column: number;
  readonly section: string;
  id?: string;
  fields: Map<FieldName, Segment[]>;
  current: FieldName;
  lists: { items: ListItem[]; field: FieldName }[];
};

/** One option or item of a list: its text (without the bullet) and where it starts. */
export type ListItem = { readonly text: string; readonly line: number; readonly column: number };
