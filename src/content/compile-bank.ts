// Many deck files → one bank, with the checks that need every file at once:
// duplicate ids and cards without a twin in the other language.
import { compileDeck } from './compile-deck.js';
import type { WrittenId } from './compile-deck.js';
import { findGiveaways } from './giveaway.js';
import type { Card, CompileResult, Deck, Diagnostic, Lang } from './types.js';

export type SourceFile = { readonly path: string; readonly bytes: Uint8Array };

/** Decodes UTF-8 strictly; binary and Latin-1 files become a diagnostic, not garbage. */
export function decodeText(file: SourceFile): { text?: string; diagnostic?: Diagnostic } {
  const { bytes, path } = file;
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const at = positionOfByte(bytes, nul);
    return {
      diagnostic: { file: path, ...at, message: 'not a text file (binary data: NUL byte)' },
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const at = positionOfByte(bytes, bad);
    return {
      diagnostic: { file: path, ...at, message: 'not UTF-8 text (save the file as UTF-8)' },
    };
  }
}

export function compileBank(files: readonly SourceFile[]): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const decks: Deck[] = [];
  const cards: Card[] = [];
  const ids: (WrittenId & { readonly file: string; readonly lang: Lang })[] = [];
  for (const file of files) {
    const { text, diagnostic } = decodeText(file);
    if (diagnostic) {
      diagnostics.push(diagnostic);
      continue;
    }
    const result = compileDeck(text ?? '', file.path);
    diagnostics.push(...result.diagnostics, ...findGiveaways(result.cards, text ?? ''));
    if (result.deck) decks.push(result.deck);
    const lang = result.deck?.lang ?? 'en';
    ids.push(...result.ids.map((id) => ({ ...id, file: file.path, lang })));
    cards.push(...result.cards);
  }
  diagnostics.push(...checkDuplicates(decks, ids), ...checkTwins(decks, cards));
  sortBank(decks, cards);
  diagnostics.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  return { decks, cards, diagnostics };
}

/** Decks by their `order`, then id; cards follow their deck, in file order. */
function sortBank(decks: Deck[], cards: Card[]): void {
  decks.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const rank = new Map(decks.map((d, i) => [`${d.lang}/${d.id}`, i]));
  const position = new Map(cards.map((c, i) => [c, i]));
  cards.sort(
    (a, b) =>
      (rank.get(`${a.lang}/${a.deck}`) ?? 0) - (rank.get(`${b.lang}/${b.deck}`) ?? 0) ||
      position.get(a)! - position.get(b)!,
  );
}

function checkDuplicates(
  decks: readonly Deck[],
  ids: readonly (WrittenId & { readonly file: string; readonly lang: Lang })[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seenDeck = new Map<string, Deck>();
  for (const deck of decks) {
    const key = `${deck.lang}/${deck.id}`;
    const other = seenDeck.get(key);
    if (other) {
      out.push({
        file: deck.file,
        line: 2,
        column: 1,
        message: `duplicate deck id '${deck.id}' (also in ${other.file})`,
      });
    } else seenDeck.set(key, deck);
  }
  // Ids are unique per language: a Chinese card shares its id with its English twin. The
  // ids as written, so that a card with another problem still counts.
  const seen = new Map<string, { readonly file: string; readonly line: number }>();
  for (const written of ids) {
    const key = `${written.lang}/${written.id}`;
    const other = seen.get(key);
    if (other) {
      out.push({
        file: written.file,
        line: written.line,
        column: 1,
        message: `duplicate id '${written.id}' (also at ${other.file}:${other.line})`,
      });
    } else seen.set(key, written);
  }
  return out;
}

function checkTwins(decks: readonly Deck[], cards: readonly Card[]): Diagnostic[] {
  const langs = [...new Set(decks.map((d) => d.lang))];
  if (langs.length < 2) return [];
  const out: Diagnostic[] = [];
  const byLang = new Map<Lang, Map<string, Card>>();
  for (const card of cards) {
    const map = byLang.get(card.lang) ?? new Map<string, Card>();
    if (!map.has(card.id)) map.set(card.id, card);
    byLang.set(card.lang, map);
  }
  for (const lang of langs) {
    for (const other of langs) {
      if (other === lang) continue;
      const theirs = byLang.get(other) ?? new Map<string, Card>();
      for (const card of byLang.get(lang)?.values() ?? []) {
        const twin = theirs.get(card.id);
        if (!twin) {
          out.push({
            file: card.file,
            line: card.line,
            column: 1,
            message: `card '${card.id}' has no ${other} twin (same id in a ${other} deck)`,
          });
        } else if (twin.type !== card.type) {
          out.push({
            file: card.file,
            line: card.line,
            column: 1,
            message: `card '${card.id}' is ${card.type} here but ${twin.type} in ${other}`,
          });
        }
      }
    }
    const theirDecks = new Set(decks.filter((d) => d.lang !== lang).map((d) => d.id));
    for (const deck of decks.filter((d) => d.lang === lang)) {
      if (!theirDecks.has(deck.id)) {
        out.push({
          file: deck.file,
          line: 2,
          column: 1,
          message: `deck '${deck.id}' has no twin in the other language`,
        });
      }
    }
  }
  return out;
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    if (len === 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return bytes.length;
}

function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else if ((bytes[i]! & 0xc0) !== 0x80) column++;
  }
  return { line, column };
}
