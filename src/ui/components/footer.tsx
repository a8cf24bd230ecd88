import { Box, Text } from 'ink';
import type { Lang } from '../../content/types.js';
import { footerHints } from '../keymap.js';
import type { KeyContext } from '../keymap.js';
import { theme } from '../theme.js';

type Props = {
  readonly context: KeyContext;
  readonly lang: Lang;
};

/** The key hints for the current context, drawn from the keymap table. */
export function Footer({ context, lang }: Props) {
  return (
    <Box flexWrap="wrap" columnGap={2}>
      {footerHints(context, lang).map(({ label, hint }) => (
        <Text key={label + hint}>
          <Text color={theme.accent} bold>
            {label}
          </Text>
          <Text color={theme.muted}> {hint}</Text>
        </Text>
      ))}
    </Box>
  );
}
