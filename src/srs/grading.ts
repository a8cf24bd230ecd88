// Automatic grading for cards the learner answers (typed, choice, ordering): a wrong answer
// is Again and a right one Good, never Hard, so a checker cannot inflate intervals.
import { AGAIN, GOOD, type Rating } from './scheduler.js';

export type AutoGrade = { readonly correct: boolean; readonly rating: Rating };

/**
 * Comparable form of a typed answer: case-insensitive, with `_`, `-`, spaces and code
 * backticks dropped, so TIME_WAIT = time-wait = TIME WAIT = timewait, and 终止等待 1 =
 * 终止等待1. NFKC first, so full-width input from an IME (ＴＩＭＥ＿ＷＡＩＴ) matches too.
 */
export function normalizeAnswer(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_`-]+/g, '');
}

/** Whether `input` matches one of the accepted answers (an empty answer never does). */
export function gradeTyped(input: string, accept: readonly string[]): boolean {
  const given = normalizeAnswer(input);
  return given !== '' && accept.some((a) => normalizeAnswer(a) === given);
}

/** The accepted answers worth showing: one spelling per normalized form, first kept. */
export function distinctAnswers(accept: readonly string[]): string[] {
  const seen = new Set<string>();
  return accept.filter((a) => {
    const key = normalizeAnswer(a);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Right when the picked option indices are exactly the correct ones (any order). */
export function gradeChoice(
  options: readonly { readonly correct: boolean }[],
  picked: readonly number[],
): AutoGrade {
  const wanted = options.flatMap((o, i) => (o.correct ? [i] : []));
  const chosen = new Set(picked);
  return autoGrade(
    chosen.size === picked.length &&
      chosen.size === wanted.length &&
      wanted.every((i) => chosen.has(i)),
  );
}

/** Right when the items were picked in their correct order (indices 0..itemCount-1). */
export function gradeOrder(picked: readonly number[], itemCount: number): AutoGrade {
  return autoGrade(picked.length === itemCount && picked.every((v, i) => v === i));
}

export function autoGrade(correct: boolean): AutoGrade {
  return { correct, rating: correct ? GOOD : AGAIN };
}
