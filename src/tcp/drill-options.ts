// Drills are multiple-choice cards: the generators pick option texts, one of them the answer.

/** `texts` as choice options, the one equal to `answer` marked correct. */
export function asOptions(
  texts: readonly string[],
  answer: string,
): { readonly text: string; readonly correct: boolean }[] {
  return texts.map((text) => ({ text, correct: text === answer }));
}
