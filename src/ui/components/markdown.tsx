import { Box, Text } from 'ink';
import { theme } from '../theme.js';

type Props = {
  /** Card text as written in the deck: prose with `code`, **bold**, and fenced blocks. */
  readonly text: string;
  readonly color?: string;
};

/**
 * Draws card Markdown: fenced blocks verbatim (never wrapped, so `ss` columns stay
 * aligned), prose wrapped with inline code highlighted.
 */
export function Markdown({ text, color }: Props) {
  const blocks = splitFences(text);
  return (
    <Box flexDirection="column">
      {blocks.map((block, i) =>
        block.code ? (
          <Box key={i} paddingLeft={2}>
            <Verbatim text={block.text} />
          </Box>
        ) : (
          <Text key={i} color={color}>
            {inline(block.text)}
          </Text>
        ),
      )}
    </Box>
  );
}

/** Preformatted lines (diagrams, `ss` output): each cut at the edge, never wrapped. */
export function Verbatim({ text }: { readonly text: string }) {
  return (
    <Box flexDirection="column">
      {text.split('\n').map((line, i) => (
        <Text key={i} color={theme.code} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}

function splitFences(text: string): { code: boolean; text: string }[] {
  const out: { code: boolean; text: string }[] = [];
  const lines = text.split('\n');
  let buffer: string[] = [];
  let fence: string | undefined;
  const flush = (code: boolean) => {
    const joined = buffer.join('\n');
    if (code || joined.trim() !== '') out.push({ code, text: code ? joined : joined.trim() });
    buffer = [];
  };
  for (const line of lines) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) {
      flush(false);
      fence = marker;
    } else if (fence !== undefined && marker && line.trim().startsWith(fence)) {
      flush(true);
      fence = undefined;
    } else buffer.push(line);
  }
  flush(fence !== undefined);
  return out;
}

function inline(text: string) {
  // Split on code spans first so that `*` inside code stays literal.
  const parts = text.split(/(`[^`]+`)/g);
  return parts.map((part, i) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) {
      return (
        <Text key={i} color={theme.code}>
          {part.slice(1, -1)}
        </Text>
      );
    }
    const bold = part.split(/(\*\*[^*]+\*\*)/g);
    return bold.map((b, j) =>
      b.startsWith('**') && b.endsWith('**') && b.length > 4 ? (
        <Text key={`${i}-${j}`} bold>
          {b.slice(2, -2)}
        </Text>
      ) : (
        b.replace(/\\([\\`*_|])/g, '$1')
      ),
    );
  });
}
