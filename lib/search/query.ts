/**
 * Turns what a user typed into FTS5 MATCH expressions. Pure.
 *
 * Safety: the text is cut into words with the same rules as the index tokenizer, and every word is
 * written as a double-quoted FTS5 string, so nothing the user types (quotes, `*`, `NEAR(`, `-`,
 * `:`, `^`, parentheses, column names, AND/OR/NOT) is ever read as query syntax.
 */
import { foldText } from "@/lib/text";
import { stemWord } from "./stem";
import { foldedWords, tokenizeWithOffsets } from "./tokens";

/** Longest query we look at, and most words: bounds the cost of one query whatever is sent. */
const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 64;

/** Function words that would only make an AND query stricter ("specjalista do spraw reklamy"). */
export const STOPWORDS = new Set([
  "a",
  "i",
  "o",
  "u",
  "w",
  "z",
  "we",
  "ze",
  "do",
  "na",
  "od",
  "po",
  "za",
  "oraz",
  "lub",
  "dla",
  "the",
  "of",
  "and",
  "in",
  "or",
]);

export type QueryTerm = {
  /** The word as typed (NFC, lower case, diacritics kept): FTS5 folds it like the indexed text. */
  word: string;
  /** Lower case, diacritics folded, ł → l. */
  folded: string;
  stem: string;
  /** Match words that start with it (the word being typed). */
  isPrefix: boolean;
};

export type ParsedQuery =
  { mode: "empty" } | { mode: "too-short"; text: string } | { mode: "code"; code: string } | { mode: "text"; text: string; terms: QueryTerm[] };

export type ParseOptions = {
  /** Treat the last word as a prefix (search as you type). */
  prefixLast?: boolean;
  /** Shortest last word that is expanded as a prefix: short prefixes match thousands of words. */
  minPrefixLength?: number;
};

/** A 1–6 digit string is a KZiS code or code prefix. */
const CODE_RE = /^\d{1,6}$/;

export function parseQuery(raw: string, options: ParseOptions = {}): ParsedQuery {
  const { prefixLast = true, minPrefixLength = 2 } = options;
  const text = raw.normalize("NFC").slice(0, MAX_QUERY_LENGTH).trim();
  if (text === "") return { mode: "empty" };
  if (CODE_RE.test(text)) return { mode: "code", code: text };

  const words = tokenizeWithOffsets(text)
    .map((t) => t.text.toLowerCase().slice(0, MAX_TERM_LENGTH))
    // A word of combining marks alone folds to nothing; FTS5 would see an empty phrase.
    .filter((w) => foldText(w) !== "");
  if (words.length === 0) return { mode: "empty" };
  const meaningful = words.filter((w, i) => !STOPWORDS.has(w) || (prefixLast && i === words.length - 1 && w.length >= minPrefixLength));
  const kept = (meaningful.length > 0 ? meaningful : words).slice(0, MAX_TERMS);
  if (kept.length === 1 && kept[0]!.length < 2) return { mode: "too-short", text };

  const terms = kept.map((word, i): QueryTerm => {
    const folded = foldedWords(word).join("");
    const isLast = i === kept.length - 1;
    return { word, folded, stem: stemWord(folded), isPrefix: prefixLast && isLast && folded.length >= minPrefixLength };
  });
  return { mode: "text", text, terms };
}

/** An FTS5 string literal: double quotes, inner quotes doubled. */
export function quote(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

const EXACT = "{name titles tasks description}";
const STEMMED = "{name_stem titles_stem tasks_stem description_stem}";

/**
 * The FTS5 phrases of one word, each with its column filter: its exact form (the heavier columns, so it ranks first) or its stem. A prefix word also
 * matches longer words; on the stemmed columns the folded word is the prefix, not its stem, because
 * the stem of a half-typed word is noise ("zarz" would lose its "rz" and match "zar…").
 */
export function termPhrases(term: QueryTerm): string[] {
  const parts = [`${EXACT} : ${quote(term.word)}`];
  if (hasUsefulStem(term)) parts.push(`${STEMMED} : ${quote(term.stem)}`);
  if (term.isPrefix) parts.push(`${EXACT} : ${quote(term.word)} *`, `${STEMMED} : ${quote(term.folded)} *`);
  return parts;
}

const searchTermExpression = (term: QueryTerm) => `(${termPhrases(term).join(" OR ")})`;

/**
 * The stem of a word still being typed is trusted only when it keeps 4 letters: "zarz" loses its
 * "rz" to the rz ~ r rule and would match every "zar…"; a finished "zarządzaniem" keeps "zarzadz".
 */
export function hasUsefulStem(term: QueryTerm): boolean {
  return !term.isPrefix || term.stem.length >= 4;
}

/** MATCH expression for search_fts: every word must match (or, with `anyTerm`, at least one). */
export function buildSearchMatch(terms: QueryTerm[], options: { anyTerm?: boolean } = {}): string {
  if (terms.length === 0) throw new Error("buildSearchMatch needs at least one term");
  return terms.map(searchTermExpression).join(options.anyTerm ? " OR " : " AND ");
}
