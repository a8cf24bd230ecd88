import { Box } from 'ink';
import { frameRows } from '../layout/frame-layout.js';
import type { FrameState } from '../hooks/use-frame.js';
import { useAppContext } from '../app-context.js';
import { Lines } from './lines.js';

/**
 * Every screen's frame, exactly the terminal's height:
 *
 *   header (one line: where you are, and a counter)
 *
 *   body, scrolled to the rows left (↑/↓ markers when it is taller)
 *
 *   status (the grade bar, a save error)
 *   footer: the key hints of the screen's scopes, from the keymap
 */
export function Frame({ frame }: { readonly frame: FrameState }) {
  const { width } = useAppContext();
  return (
    <Box flexDirection="column">
      <Lines lines={frameRows(frame.plan, frame.offset)} width={width} shift={frame.shift} />
    </Box>
  );
}
