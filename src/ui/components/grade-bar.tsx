import { Box, Text } from 'ink';
import type { Lang } from '../../content/types.js';
import type { Rating } from '../../session/review.js';
import { strings } from '../strings.js';
import { theme } from '../theme.js';

type Props = {
  readonly selected: Rating;
  /** What each grade would schedule, e.g. `{1: '1m', 3: '10m'}`. */
  readonly intervals: Readonly<Record<Rating, string>>;
  readonly lang: Lang;
};

/** `[1 Again 1m]  2 Hard 6m  …`: the grade Enter accepts is bracketed and bold. */
export function GradeBar({ selected, intervals, lang }: Props) {
  const t = strings(lang);
  const names: Record<Rating, string> = { 1: t.again, 2: t.hard, 3: t.good, 4: t.easy };
  const colors: Record<Rating, string> = {
    1: theme.bad,
    2: theme.warn,
    3: theme.good,
    4: theme.accent,
  };
  return (
    <Box flexWrap="wrap" columnGap={1}>
      {([1, 2, 3, 4] as const).map((r) => {
        const on = r === selected;
        return (
          <Text key={r} color={colors[r]} bold={on} inverse={on}>
            {on ? '[' : ' '}
            {r} {names[r]} {intervals[r]}
            {on ? ']' : ' '}
          </Text>
        );
      })}
    </Box>
  );
}
