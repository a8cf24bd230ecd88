// The fields every hand-made test card shares; a test adds its id, type and text.
export const CARD_FIELDS = {
  note: 'n',
  deck: 'd',
  lang: 'en',
  topic: 't',
  section: '',
  source: 's',
  file: 'f',
  line: 1,
} as const;
