/**
 * Highlighted snippets. Pure. The index keeps stems in separate columns, so FTS5's snippet()
 * would show stems for an inflected match; instead the matched words are found again here, in
 * the text as written, with the same tokenizer and stemmer. The result is a list of parts, never
 * HTML: the UI renders marked parts as <mark> elements.
 */
import { foldText } from "@/lib/text";
import type { QueryTerm } from "./query";
import { stemWord } from "./stem";
import { tokenizeWithOffsets } from "./tokens";

type SnippetPart = { text: string; isMatch: boolean };
/** The text columns of the index that snippets are taken from. */
type SnippetColumn = "titles" | "tasks" | "description";
/** What a snippet says it is: its column, or a social competence (a marked line of the description column). */
type SnippetField = SnippetColumn | "social";
export type Snippet = { field: SnippetField; parts: SnippetPart[] };

/**
 * Starts each social-competence line of the description column (lib/search/documents.ts), so a
 * snippet taken from one is labelled as such and not as the description. U+2023 is punctuation to
 * both databases' tokenizers and to ours, so it changes no match and no rank.
 */
export const SOCIAL_LINE_MARK = "\u2023 ";

/** The field a matched line belongs to, and its parts without the mark. */
function labelled(column: SnippetColumn, parts: SnippetPart[]): Snippet {
  const first = parts[0];
  if (column !== "description" || !first || first.isMatch || !first.text.startsWith(SOCIAL_LINE_MARK)) return { field: column, parts };
  const rest = first.text.slice(SOCIAL_LINE_MARK.length);
  return { field: "social", parts: rest ? [{ text: rest, isMatch: false }, ...parts.slice(1)] : parts.slice(1) };
}

/** Characters of context kept around the first match of a long line. */
const CONTEXT_BEFORE = 60;
const MAX_LENGTH = 220;

function tokenMatches(folded: string, term: QueryTerm): boolean {
  if (folded === term.folded) return true;
  if (term.isPrefix && folded.startsWith(term.folded)) return true;
  return stemWord(folded) === term.stem;
}

/** The letters a folded letter stands for in text as written (folding is what the index does). */
const VARIANTS: Record<string, string> = {
  a: "aąáàâäã",
  c: "cćč",
  e: "eęéèêëě",
  i: "iíìîï",
  l: "lł",
  n: "nńñň",
  o: "oóòôöõ",
  r: "rř",
  s: "sśšş",
  u: "uúùûüů",
  y: "yý",
  z: "zźżž",
  и: "ий",
  е: "её",
};

/**
 * A cheap test that every word the terms can match passes: the first letters the word and its
 * stem share, with each folded letter widened to its accented forms. It runs on the text as
 * written, so only the few words that pass are folded and stemmed; null when some term is too
 * short to narrow anything.
 */
function prefilterSource(terms: QueryTerm[]): string | null {
  const patterns: string[] = [];
  for (const term of terms) {
    let i = 0;
    while (i < term.folded.length && i < term.stem.length && term.folded[i] === term.stem[i]) i++;
    const needle = term.folded.slice(0, i - 1);
    if (needle.length < 2) return null;
    patterns.push([...needle].map((ch) => (VARIANTS[ch] ? `[${VARIANTS[ch]}]` : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join(""));
  }
  return patterns.join("|");
}

type LineMatch = { line: string; ranges: [number, number][]; termsMatched: number };

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Marks the words of a line that match a term: every word, or (with a finder) only words that start with a needle. */
function matchLine(line: string, terms: QueryTerm[], finder: RegExp | null): LineMatch | null {
  const ranges: [number, number][] = [];
  const matched = new Set<number>();
  const check = (start: number, end: number) => {
    const folded = foldText(line.slice(start, end));
    const hit = terms.findIndex((t) => tokenMatches(folded, t));
    if (hit >= 0) {
      ranges.push([start, end]);
      matched.add(hit);
    }
  };
  if (finder) {
    let lastEnd = 0;
    for (const m of line.matchAll(finder)) {
      const start = m.index;
      // The index matches words from their start: a needle inside a word ("elektrotechnik") is not a match.
      if (start < lastEnd || (start > 0 && WORD_CHAR.test(line[start - 1]!))) continue;
      let end = start + m[0].length;
      while (end < line.length && WORD_CHAR.test(line[end]!)) end++;
      lastEnd = end;
      check(start, end);
    }
  } else {
    for (const token of tokenizeWithOffsets(line)) check(token.start, token.end);
  }
  return ranges.length ? { line, ranges, termsMatched: matched.size } : null;
}

/** Cuts a long line to a window around its first match, with ellipses. */
function toParts({ line, ranges }: { line: string; ranges: [number, number][] }): SnippetPart[] {
  let from = 0;
  let to = line.length;
  if (line.length > MAX_LENGTH) {
    const first = ranges[0]?.[0] ?? 0;
    from = Math.max(0, first - CONTEXT_BEFORE);
    // Start at a word boundary, not in the middle of one.
    if (from > 0) from = line.indexOf(" ", from) + 1 || from;
    to = Math.min(line.length, from + MAX_LENGTH);
    if (to < line.length) to = line.lastIndexOf(" ", to) > from ? line.lastIndexOf(" ", to) : to;
  }
  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: "… ", isMatch: false });
  let at = from;
  for (const [start, end] of ranges) {
    if (start < from || end > to) continue;
    if (start > at) parts.push({ text: line.slice(at, start), isMatch: false });
    parts.push({ text: line.slice(start, end), isMatch: true });
    at = end;
  }
  if (at < to) parts.push({ text: line.slice(at, to), isMatch: false });
  if (to < line.length) parts.push({ text: " …", isMatch: false });
  return parts;
}

export type SnippetSource = Record<SnippetColumn, string>;

/**
 * Lines looked at per entry at most: enough to find a good line, and a bound on the work for a
 * word that is in every title ("technik").
 */
const MAX_CANDIDATE_LINES = 12;

/** Field order when two lines match as many words: alternative titles first, then tasks. */
const FIELDS: SnippetColumn[] = ["titles", "tasks", "description"];

/** The lines of a column that hold a needle, each once, in order; every line without a finder. */
function* candidateLines(text: string, finder: RegExp | null): Generator<string> {
  if (!finder) {
    yield* text.split("\n");
    return;
  }
  let lineEnd = -1;
  for (const m of text.matchAll(finder)) {
    if (m.index < lineEnd) continue;
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    lineEnd = text.indexOf("\n", m.index);
    if (lineEnd < 0) lineEnd = text.length;
    yield text.slice(lineStart, lineEnd);
  }
}

/**
 * A snippet builder for one query: the line (a title, a task, a paragraph) that matches most
 * query words, with those words marked; null when only the name matched (the name is shown anyway).
 */
export function createSnippetBuilder(terms: QueryTerm[]): (source: SnippetSource) => Snippet | null {
  const source = terms.length ? prefilterSource(terms) : null;
  const finder = source ? new RegExp(source, "giu") : null;
  return (fields) => {
    if (terms.length === 0) return null;
    let best: (LineMatch & { field: SnippetColumn }) | null = null;
    let budget = MAX_CANDIDATE_LINES;
    scan: for (const field of FIELDS) {
      const text = fields[field];
      if (!text) continue;
      for (const line of candidateLines(text, finder)) {
        const m = matchLine(line, terms, finder);
        if (m && (!best || m.termsMatched > best.termsMatched)) best = { ...m, field };
        if (best?.termsMatched === terms.length || --budget === 0) break scan;
      }
    }
    return best ? labelled(best.field, toParts(best)) : null;
  };
}

export function buildSnippet(source: SnippetSource, terms: QueryTerm[]): Snippet | null {
  return createSnippetBuilder(terms)(source);
}

/** The opening of a text, unmarked: the snippet of an entry found by code or by browsing. */
export function leadSnippet(source: SnippetSource): Snippet | null {
  // The first line of the description proper: a social competence is no lead for an occupation.
  const line = source.description
    .split("\n")
    .find((l) => l.trim() && !l.startsWith(SOCIAL_LINE_MARK))
    ?.trim();
  if (!line) return null;
  return { field: "description", parts: toParts({ line, ranges: [] }) };
}
