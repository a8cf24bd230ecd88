import { Box, Text } from 'ink';
import type { Card, Lang } from '../../content/types.js';
import { renderCloze } from '../../content/cloze.js';
import { displayOrder } from '../../session/review.js';
import { BLANK } from '../../tcp/render-sequence.js';
import { distinctAnswers } from '../../srs/grading.js';
import type { ReviewState } from '../../session/review.js';
import { Markdown, Verbatim } from './markdown.js';
import { clampText, figureWindow, measureLines, planCard } from '../layout/fit-card.js';
import type { CardBlocks } from '../layout/fit-card.js';
import { strings } from '../strings.js';
import { theme } from '../theme.js';

/** The generated diagrams are drawn for 80 columns (78 inside the padding). */
const FIGURE_WIDTH = 78;
/** Columns taken by `✓ 1. ` in front of an option or item. */
const OPTION_INDENT = 6;

type Props = {
  readonly card: Card;
  readonly state: ReviewState;
  readonly lang: Lang;
  /** Columns available for text. */
  readonly width: number;
  /** Rows available for the whole card; longer parts are shortened to fit. */
  readonly budget: number;
};

/**
 * The card itself, question first and the answer once revealed:
 *
 *   Which side ends up in TIME-WAIT?
 *
 *   Answer
 *   The active closer: the side that sent the first FIN.
 *   Source: RFC 9293 §3.6.1
 */
export function CardView({ card, state, lang, width, budget }: Props) {
  const t = strings(lang);
  const revealed = state.phase === 'answer';
  const prompt = promptText(card, revealed);
  const plan = planCard(measureBlocks(card, state, lang, width, prompt), budget, revealed);
  const figure =
    card.type === 'drill' && card.figure && plan.figureLines > 0
      ? figureWindow(card.figure, plan.figureLines, BLANK)
      : undefined;
  return (
    <Box flexDirection="column" gap={1}>
      {figure ? <Verbatim text={figure} /> : null}
      {figure && plan.showHint ? <Text color={theme.muted}>{t.widen(FIGURE_WIDTH)}</Text> : null}
      <Markdown text={clampText(prompt, width, plan.promptMax)} width={width} />
      <Response card={card} state={state} lang={lang} width={width} />
      {revealed ? (
        <Box flexDirection="column">
          {state.verdict ? (
            <Text
              color={
                state.verdict.correct ? theme.good : state.verdict.near ? theme.warn : theme.bad
              }
              bold
            >
              {state.verdict.correct ? t.right : state.verdict.near ? t.near : t.wrong}
            </Text>
          ) : null}
          <Solution card={card} lang={lang} width={width} />
          {card.explain && plan.explainMax > 0 ? (
            <Box marginTop={state.verdict || card.type !== 'cloze' ? 1 : 0} flexDirection="column">
              <Text color={theme.muted}>{t.why}</Text>
              <Markdown text={clampText(card.explain, width, plan.explainMax)} width={width} />
            </Box>
          ) : null}
          <Text color={theme.muted}>
            {t.source}
            {card.source}
          </Text>
        </Box>
      ) : null}
    </Box>
  );
}

function promptText(card: Card, revealed: boolean): string {
  if (card.type === 'cloze') return renderCloze(card.text, card.index, revealed);
  return card.prompt;
}

function optionLabels(card: Card): string[] {
  if (card.type === 'choice') return card.options.map((o) => o.text);
  if (card.type === 'drill') return [...card.options];
  if (card.type === 'order') return [...card.items];
  return [];
}

/** Row counts of each block, as CardView will draw them at `width`. */
function measureBlocks(
  card: Card,
  state: ReviewState,
  lang: Lang,
  width: number,
  prompt: string,
): CardBlocks {
  const t = strings(lang);
  const revealed = state.phase === 'answer';
  const labels = optionLabels(card);
  const list = labels.reduce((n, l) => n + measureLines(l, width - OPTION_INDENT), 0);
  const response = card.type === 'typed' ? 1 : labels.length > 0 ? list + (revealed ? 0 : 1) : 0;
  const solution =
    card.type === 'basic' || card.type === 'reversed'
      ? 1 + measureLines(card.answer, width)
      : card.type === 'typed'
        ? measureLines(`${t.expected}${distinctAnswers(card.accept).join('  |  ')}`, width)
        : card.type === 'order'
          ? 1 + list
          : card.type === 'drill'
            ? 1
            : 0;
  const verdict = state.verdict ? 1 : 0;
  return {
    figure: card.type === 'drill' && card.figure ? card.figure.split('\n').length : 0,
    figureHint: card.type === 'drill' && card.figure && width < FIGURE_WIDTH ? 1 : 0,
    prompt: measureLines(prompt, width),
    response,
    answer: verdict + solution + measureLines(`${t.source}${card.source}`, width),
    explain: card.explain ? measureLines(card.explain, width) : 0,
  };
}

function Response({ card, state, lang, width }: Pick<Props, 'card' | 'state' | 'lang' | 'width'>) {
  const t = strings(lang);
  const revealed = state.phase === 'answer';
  if (card.type === 'typed') {
    return (
      <Text>
        <Text color={theme.muted}>{t.yourAnswer}</Text>
        <Text color={theme.accent}>{state.typed}</Text>
        {!revealed ? <Text color={theme.muted}>▏ ({t.typeHere})</Text> : null}
      </Text>
    );
  }
  if (card.type === 'choice' || card.type === 'drill') {
    const order = displayOrder(state, card);
    const labels = card.type === 'choice' ? card.options.map((o) => o.text) : card.options;
    const isRight = (i: number) =>
      card.type === 'choice' ? card.options[i]?.correct === true : card.options[i] === card.answer;
    return (
      <Box flexDirection="column">
        {order.map((optionIndex, position) => {
          const picked = state.picked.includes(position);
          const mark = revealed
            ? isRight(optionIndex)
              ? '✓'
              : picked
                ? '✗'
                : ' '
            : picked
              ? '›'
              : ' ';
          const color = revealed
            ? isRight(optionIndex)
              ? theme.good
              : picked
                ? theme.bad
                : undefined
            : undefined;
          return (
            <Box key={position}>
              <Text color={color}>
                {mark} {position + 1}.{' '}
              </Text>
              <Box flexShrink={1}>
                <Markdown
                  text={labels[optionIndex] ?? ''}
                  width={width - OPTION_INDENT}
                  {...(color ? { color } : {})}
                />
              </Box>
            </Box>
          );
        })}
        {!revealed ? <Text color={theme.muted}>{t.pickOne}</Text> : null}
      </Box>
    );
  }
  if (card.type === 'order') {
    const order = displayOrder(state, card);
    return (
      <Box flexDirection="column">
        {order.map((itemIndex, position) => {
          const rank = state.picked.indexOf(position);
          return (
            <Box key={position}>
              <Text color={rank >= 0 ? theme.accent : undefined}>
                {rank >= 0 ? `[${rank + 1}]` : '[ ]'} {position + 1}.{' '}
              </Text>
              <Box flexShrink={1}>
                <Markdown text={card.items[itemIndex] ?? ''} width={width - OPTION_INDENT - 2} />
              </Box>
            </Box>
          );
        })}
        {!revealed ? <Text color={theme.muted}>{t.pickOrder}</Text> : null}
      </Box>
    );
  }
  return null;
}

function Solution({
  card,
  lang,
  width,
}: {
  readonly card: Card;
  readonly lang: Lang;
  readonly width: number;
}) {
  const t = strings(lang);
  switch (card.type) {
    case 'basic':
    case 'reversed':
      return (
        <Box flexDirection="column">
          <Text color={theme.muted}>{t.answer}</Text>
          <Markdown text={card.answer} width={width} />
        </Box>
      );
    case 'typed':
      return (
        <Text>
          <Text color={theme.muted}>{t.expected}</Text>
          <Text color={theme.good}>{distinctAnswers(card.accept).join('  |  ')}</Text>
        </Text>
      );
    case 'order':
      return (
        <Box flexDirection="column">
          <Text color={theme.muted}>{t.expected.trimEnd()}</Text>
          {card.items.map((item, i) => (
            <Box key={i}>
              <Text color={theme.good}>{i + 1}. </Text>
              <Box flexShrink={1}>
                <Markdown text={item} width={width - 3} />
              </Box>
            </Box>
          ))}
        </Box>
      );
    case 'drill':
      return (
        <Text>
          <Text color={theme.muted}>{t.expected}</Text>
          <Text color={theme.good}>{card.answer}</Text>
        </Text>
      );
    default:
      return null;
  }
}
