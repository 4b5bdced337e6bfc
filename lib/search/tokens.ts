/**
 * Tokens as FTS5's `unicode61` tokenizer sees them: runs of letters, digits and marks; everything
 * else separates. Pure; shared by the query builder, the index builder and the snippet highlighter,
 * so all three cut words the same way.
 */
import { foldText } from "@/lib/text";

const TOKEN_RE = /[\p{L}\p{N}\p{M}]+/gu;

export type TextToken = { text: string; start: number; end: number };

/** Words of `text` with their offsets (UTF-16 indexes into `text`). */
export function tokenizeWithOffsets(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Words of `text` as written. */
export function rawWords(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Lower-cased, diacritics-folded words (ł → l too, which unicode61 keeps). */
export function foldedWords(text: string): string[] {
  return foldText(text).match(TOKEN_RE) ?? [];
}

/** A word written in Cyrillic script (Kazakh, Russian). */
export function isCyrillic(word: string): boolean {
  return /\p{Script=Cyrillic}/u.test(word);
}
