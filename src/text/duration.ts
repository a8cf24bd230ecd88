// Durations as people type them, in English and Chinese: "60 s", "1 min", "2 min 11 s",
// "60秒", "一分钟". Pure; shared by the answer matcher and the giveaway lint.

/** Seconds per unit, keyed by every spelling we accept. */
const UNITS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1e-6, ['us', 'µs', 'μs', 'usec', 'usecs', 'microsecond', 'microseconds', '微秒']],
      [1e-3, ['ms', 'msec', 'msecs', 'millisecond', 'milliseconds', '毫秒']],
      [1, ['s', 'sec', 'secs', 'second', 'seconds', '秒', '秒钟']],
      [60, ['m', 'min', 'mins', 'minute', 'minutes', '分', '分钟']],
      [3600, ['h', 'hr', 'hrs', 'hour', 'hours', '小时', '个小时', '钟头']],
      [86400, ['d', 'day', 'days', '天']],
    ] as const
  ).flatMap(([seconds, names]) => names.map((name) => [name, seconds] as const)),
);

const WORD_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['fifteen', 15],
  ['thirty', 30],
  ['sixty', 60],
]);
const HAN_DIGITS = '零一二三四五六七八九';

/** 一 … 九十九 (and 两), the numbers a duration is written with; undefined otherwise. */
function hanNumber(text: string): number | undefined {
  const digit = (c: string) => (c === '两' ? 2 : HAN_DIGITS.indexOf(c));
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '') return undefined;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? digit(tens) : undefined;
  return (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0);
}

function numberValue(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  return WORD_NUMBERS.get(text) ?? hanNumber(text);
}

/**
 * Seconds in "60 s", "1 min", "2 min 11 s", "60秒", "一分钟", "1.5 hours"; undefined when the
 * text is not made only of numbers with units (a bare number is not a duration).
 */
export function parseDuration(text: string): number | undefined {
  const parts = text
    .toLowerCase()
    .replace(/(\d)([^\d\s.,])/gu, '$1 $2')
    .replace(/([^\d\s.,])(\d)/gu, '$1 $2')
    .replace(/([一二两三四五六七八九十])(?=[秒分小个钟天毫微])/gu, '$1 ')
    .replace(/\band\b|[,，和]/gu, ' ')
    .split(/\s+/)
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.length % 2 !== 0) return undefined;
  let total = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const value = numberValue(parts[i]!);
    const unit = UNITS.get(parts[i + 1]!);
    if (value === undefined || unit === undefined) return undefined;
    total += value * unit;
  }
  return total;
}

/** Every "number unit" written in `text`, as seconds (for finding a duration said twice). */
export function durationsIn(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*([a-zµμ\p{Script=Han}]+)/giu)) {
    const seconds = parseDuration(`${m[1]} ${m[2]}`);
    if (seconds !== undefined) found.push(seconds);
  }
  return found;
}
