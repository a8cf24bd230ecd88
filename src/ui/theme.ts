// Semantic colour tokens. Components name the role, never the colour; colour is never the
// only cue (right/wrong also carry ✓/✗ and words).
export const theme = {
  accent: 'cyan',
  good: 'green',
  bad: 'red',
  warn: 'yellow',
  muted: 'gray',
  code: 'yellow',
  title: 'magentaBright',
} as const;
