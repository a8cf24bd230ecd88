// Automatic grading for cards the learner answers (typed, choice, ordering): a wrong answer
// is Again and a right one Good, never Easy, so a checker cannot inflate intervals. A typed
// answer one slip of the keyboard away is a near miss: Hard, not Again.
import { matchAnswer, normalizeAnswer } from '../session/answer-match.js';
import type { Verdict } from '../session/answer-match.js';
import { AGAIN, GOOD, HARD, type Rating } from './scheduler.js';

export { normalizeAnswer };
export type { Verdict };

export type AutoGrade = { readonly correct: boolean; readonly rating: Rating };

/** Whether `input` means one of the accepted answers (an empty answer never does). */
export function gradeTyped(input: string, accept: readonly string[]): boolean {
  return matchAnswer(input, accept) === 'right';
}

/** The verdict on a typed answer and the grade it suggests: right Good, near Hard, wrong Again. */
export function gradeTypedAnswer(
  input: string,
  accept: readonly string[],
): AutoGrade & { readonly verdict: Verdict } {
  const verdict = matchAnswer(input, accept);
  const rating = verdict === 'right' ? GOOD : verdict === 'near' ? HARD : AGAIN;
  return { verdict, correct: verdict === 'right', rating };
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
