import { Box, Text } from 'ink';
import type { Line } from '../layout/lines.js';
import { sliceLine } from '../layout/lines.js';
import { toneColour } from '../theme.js';
import { useAppContext } from '../app-context.js';

type Props = {
  readonly lines: readonly Line[];
  /** Columns of the screen area the lines are drawn in. */
  readonly width: number;
  /** Columns scrolled sideways: only verbatim lines (diagrams) move. */
  readonly shift?: number;
};

/** Draws lines exactly as laid out: one row each, never wrapped by ink. */
export function Lines({ lines, width, shift = 0 }: Props) {
  const { colour } = useAppContext();
  return (
    <Box flexDirection="column">
      {lines.map((l, i) => {
        const shown = sliceLine(l, l.verbatim ? shift : 0, width);
        return (
          <Text key={i} wrap="truncate-end">
            {/* An empty Text takes no row at all: a blank line must still take its row. */}
            {shown.spans.every((s) => s.text === '')
              ? ' '
              : shown.spans.map((s, j) => (
                  <Text
                    key={j}
                    color={toneColour(s.tone, colour)}
                    bold={s.bold === true}
                    inverse={colour && s.inverse === true}
                  >
                    {s.text}
                  </Text>
                ))}
          </Text>
        );
      })}
    </Box>
  );
}
