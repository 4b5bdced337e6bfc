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

export type SnippetPart = { text: string; isMatch: boolean };
export type SnippetField = "titles" | "tasks" | "description";
export type Snippet = { field: SnippetField; parts: SnippetPart[] };

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
  a: "aąáàâäã", c: "cćč", e: "eęéèêëě", i: "iíìîï", l: "lł", n: "nńñň", o: "oóòôöõ", r: "rř", s: "sśšş", u: "uúùûüů", y: "yý", z: "zźżž",
  и: "ий", е: "её",
};

/**
 * A cheap test that every line holding a word the terms can match passes: the first letters the
 * word and its stem share, with each folded letter widened to its accented forms. It runs on the
 * text as written, so only the few lines that pass are folded and tokenised; null when some term
 * is too short to narrow anything.
 */
function prefilterOf(terms: QueryTerm[]): RegExp | null {
  const patterns: string[] = [];
  for (const term of terms) {
    let i = 0;
    while (i < term.folded.length && i < term.stem.length && term.folded[i] === term.stem[i]) i++;
    const needle = term.folded.slice(0, i - 1);
    if (needle.length < 2) return null;
    patterns.push([...needle].map((ch) => (VARIANTS[ch] ? `[${VARIANTS[ch]}]` : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join(""));
  }
  return new RegExp(patterns.join("|"), "iu");
}

type LineMatch = { line: string; ranges: [number, number][]; termsMatched: number };

function matchLine(line: string, terms: QueryTerm[], prefilter: RegExp | null): LineMatch | null {
  const ranges: [number, number][] = [];
  const matched = new Set<number>();
  for (const token of tokenizeWithOffsets(line)) {
    // Only a word holding a needle can match: skip folding the rest.
    if (prefilter && !prefilter.test(token.text)) continue;
    const folded = foldText(token.text);
    const hit = terms.findIndex((t) => tokenMatches(folded, t));
    if (hit >= 0) {
      ranges.push([token.start, token.end]);
      matched.add(hit);
    }
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

export type SnippetSource = Record<SnippetField, string>;

/**
 * Lines looked at per entry at most: enough to find a good line, and a bound on the work for a
 * word that is in every title ("technik").
 */
const MAX_CANDIDATE_LINES = 12;

/** Field order when two lines match as many words: alternative titles first, then tasks. */
const FIELDS: SnippetField[] = ["titles", "tasks", "description"];

/**
 * The line (a title, a task, a paragraph) that matches most query words, with those words marked;
 * null when only the name matched (the name is shown anyway).
 */
export function buildSnippet(source: SnippetSource, terms: QueryTerm[]): Snippet | null {
  if (terms.length === 0) return null;
  const prefilter = prefilterOf(terms);
  let best: (LineMatch & { field: SnippetField }) | null = null;
  let budget = MAX_CANDIDATE_LINES;
  fields: for (const field of FIELDS) {
    const text = source[field];
    if (!text || (prefilter && !prefilter.test(text))) continue;
    for (const line of text.split("\n")) {
      if (prefilter && !prefilter.test(line)) continue;
      const m = matchLine(line, terms, prefilter);
      if (m && (!best || m.termsMatched > best.termsMatched)) best = { ...m, field };
      if (best?.termsMatched === terms.length || --budget === 0) break fields;
    }
  }
  return best ? { field: best.field, parts: toParts(best) } : null;
}

/** The opening of a text, unmarked: the snippet of an entry found by code or by browsing. */
export function leadSnippet(source: SnippetSource): Snippet | null {
  const line = source.description.split("\n")[0]?.trim();
  if (!line) return null;
  return { field: "description", parts: toParts({ line, ranges: [] }) };
}
