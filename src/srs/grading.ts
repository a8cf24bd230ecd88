// Automatic grading of typed, multiple-choice and ordering answers: wrong → Again,
// right → Good. The learner may still change the grade before moving on.

/** Case-insensitive; `_`, `-` and spaces are the same character; runs collapse. */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

export type AutoGrade = { readonly correct: boolean; readonly rating: 1 | 3 };

const verdict = (correct: boolean): AutoGrade => ({ correct, rating: correct ? 3 : 1 });

export function gradeTyped(input: string, accept: readonly string[]): AutoGrade {
  const given = normalizeAnswer(input);
  return verdict(given !== '' && accept.some((a) => normalizeAnswer(a) === given));
}

export function gradeChoice(picked: number, correctIndex: number): AutoGrade {
  return verdict(picked === correctIndex);
}

export function gradeOrder(picked: readonly number[], length: number): AutoGrade {
  return verdict(picked.length === length && picked.every((v, i) => v === i));
}
