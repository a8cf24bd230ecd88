// A finished draft → cards, or diagnostics when the card is incomplete. Pure.
import type { DeckMeta } from './front-matter.js';
import { clozeProblems, findClozes } from './cloze.js';
import type { Draft, FieldName, Segment } from './draft.js';
import { ID_PATTERN } from './draft.js';
import type { Card } from './types.js';

function fieldText(draft: Draft, name: FieldName): string {
  return (draft.fields.get(name) ?? [])
    .map((s) => s.text)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export type Report = (line: number, column: number, message: string) => void;

export function buildCards(draft: Draft, meta: DeckMeta, file: string, report: Report): Card[] {
  const { line, column } = draft;
  const id = draft.id;
  if (id === undefined) {
    report(line, column, `card has no id: add <!-- id: some-name --> to its ${draft.marker}: line`);
    return [];
  }
  if (!ID_PATTERN.test(id)) {
    report(line, column, `card id '${id}' must use lowercase letters, digits and '-'`);
    return [];
  }
  const explain = fieldText(draft, 'E');
  const base = {
    note: id,
    deck: meta.id,
    lang: meta.lang,
    topic: meta.topic,
    section: draft.section,
    source: fieldText(draft, 'S') || meta.source,
    file,
    line,
    ...(explain ? { explain } : {}),
  };
  const prompt = fieldText(draft, 'prompt');
  const answer = fieldText(draft, 'A');

  switch (draft.marker) {
    case 'Q':
    case 'R': {
      if (!answer) {
        report(line, column, `card '${id}' has no answer: add an A: line`);
        return [];
      }
      if (draft.marker === 'Q') return [{ ...base, id, type: 'basic', prompt, answer }];
      return [
        { ...base, id, type: 'reversed', prompt, answer },
        { ...base, id: `${id}:r`, type: 'reversed', prompt: answer, answer: prompt },
      ];
    }
    case 'C': {
      if (answer)
        report(line, column, `cloze card '${id}' takes no A: line; use E: for an explanation`);
      const text = (draft.fields.get('prompt') ?? [])
        .map((s) => s.text)
        .join('\n')
        .trim();
      const clozeSegments = (draft.fields.get('prompt') ?? []).filter((s) => s.cloze);
      const clozable = clozeSegments.map((s) => s.text).join('\n');
      const problems = clozeProblems(clozable);
      for (const p of problems) {
        const at = positionIn(clozeSegments, p.offset, draft);
        report(at.line, at.column, `cloze card '${id}': ${p.message}`);
      }
      if (problems.length > 0) return [];
      const groups = [...new Set(findClozes(clozable).map((c) => c.index))].sort((a, b) => a - b);
      if (groups.length === 0) {
        report(
          line,
          column,
          `cloze card '${id}' has no deletion: mark one like {{c1::hidden text}}`,
        );
        return [];
      }
      return groups.map((index) => ({
        ...base,
        id: `${id}:c${index}`,
        type: 'cloze' as const,
        text,
        index,
      }));
    }
    case 'T': {
      const written = answer
        .split('\n')[0]!
        .split(/(?<!\\)\|/)
        .map((a) => a.replace(/\\\|/g, '|').trim());
      const accept = written.filter((a) => a !== '');
      if (accept.length > 0 && accept.length < written.length) {
        report(line, column, `typed card '${id}' has an empty alternative: remove the extra |`);
        return [];
      }
      if (accept.length === 0) {
        report(line, column, `typed card '${id}' has no answer: add A: answer | alternative`);
        return [];
      }
      const more = answer.split('\n').slice(1).join('\n').trim();
      const fullExplain = [more, explain].filter(Boolean).join('\n\n');
      return [
        {
          ...base,
          ...(fullExplain ? { explain: fullExplain } : {}),
          id,
          type: 'typed',
          prompt,
          accept,
        },
      ];
    }
    case 'M': {
      const items = draft.lists.find((l) => l.field === 'prompt')?.items;
      if (!items) {
        report(
          line,
          column,
          `multiple choice '${id}' needs a list of options: - [x] right / - [ ] wrong`,
        );
        return [];
      }
      const options: { text: string; correct: boolean }[] = [];
      for (const item of items) {
        const m = /^\[( |x|X)\]\s+([\s\S]*)$/.exec(item.text);
        if (!m) {
          report(item.line, item.column, `option must start with [x] (right) or [ ] (wrong)`);
          return [];
        }
        options.push({ text: m[2]!.trim(), correct: m[1] !== ' ' });
      }
      const right = options.filter((o) => o.correct).length;
      if (right !== 1) {
        report(
          line,
          column,
          `multiple choice '${id}' needs exactly one option marked [x] (found ${right})`,
        );
        return [];
      }
      if (options.length < 2) {
        report(line, column, `multiple choice '${id}' needs at least two options`);
        return [];
      }
      return [{ ...base, id, type: 'choice', prompt: promptWithoutList(draft), options }];
    }
    case 'O': {
      const items = draft.lists.find((l) => l.field === 'prompt')?.items.map((i) => i.text) ?? [];
      if (items.length < 2) {
        report(
          line,
          column,
          `ordering '${id}' needs at least two items in a list (found ${items.length})`,
        );
        return [];
      }
      return [{ ...base, id, type: 'order', prompt: promptWithoutList(draft), items }];
    }
  }
}

/** The prompt without its option list, which the trainer draws itself. */
function promptWithoutList(draft: Draft): string {
  return (draft.fields.get('prompt') ?? [])
    .filter((s) => !s.list)
    .map((s) => s.text)
    .join('\n')
    .trim();
}

/** Line and column of `offset` in the segments joined by newlines (the card's line if unknown). */
function positionIn(
  segments: readonly Segment[],
  offset: number,
  draft: Draft,
): { line: number; column: number } {
  let start = 0;
  for (const s of segments) {
    const end = start + s.text.length;
    if (offset <= end && s.line !== undefined) {
      const before = s.text.slice(0, offset - start);
      const nl = before.lastIndexOf('\n');
      const line = s.line + (before.match(/\n/g)?.length ?? 0);
      return { line, column: nl < 0 ? (s.column ?? 1) + before.length : before.length - nl };
    }
    start = end + 1;
  }
  return { line: draft.line, column: draft.column };
}
