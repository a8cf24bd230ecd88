import { Box, Text } from 'ink';
import { theme } from '../theme.js';
import { parseInline, wrapSpans } from '../layout/inline.js';
import type { Span } from '../layout/inline.js';

type Props = {
  /** Card text as written in the deck: prose with `code`, **bold**, and fenced blocks. */
  readonly text: string;
  /** Columns to wrap prose at (we wrap ourselves; see layout/inline.ts). */
  readonly width: number;
  readonly color?: string;
};

/**
 * Draws card Markdown: fenced blocks verbatim (never wrapped, so `ss` columns stay
 * aligned), prose wrapped with inline code highlighted.
 */
export function Markdown({ text, width, color }: Props) {
  const blocks = splitFences(text);
  return (
    <Box flexDirection="column">
      {blocks.map((block, i) =>
        block.code ? (
          <Box key={i} paddingLeft={2}>
            <Verbatim text={block.text} />
          </Box>
        ) : (
          <Box key={i} flexDirection="column">
            {block.text.split('\n').flatMap((line, j) =>
              wrapSpans(parseInline(line), width).map((spans, k) => (
                <Text key={`${j}-${k}`} color={color} wrap="truncate-end">
                  {spans.length === 0
                    ? ' '
                    : spans.map((span, n) => <Styled key={n} span={span} />)}
                </Text>
              )),
            )}
          </Box>
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

function Styled({ span }: { readonly span: Span }) {
  if (span.style === 'code') return <Text color={theme.code}>{span.text}</Text>;
  if (span.style === 'bold') return <Text bold>{span.text}</Text>;
  return <>{span.text}</>;
}
