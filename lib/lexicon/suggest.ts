/**
 * Suggested KZiS codes for a document through the lexicon (issue 12 item 6). Pure. A Kazakh or
 * Russian document shares almost no word with the Polish corpus the TF-IDF suggester
 * (lib/similarity/code-suggestion.ts) compares it with; its words name concepts of the lexicon, and
 * those name codes. An occupation is suggested by how many of the document's concepts point at it
 * or at a group above it (the Kazakh IT-manager requirements: "it-manager", "it", "manager" all
 * point at 133001), then by how early a concept lists it.
 */
import type { CodeSuggestion } from "@/lib/similarity/code-suggestion";
import { rawWords } from "@/lib/search/tokens";
import { conceptScore, expandWords, type LexiconIndex } from "./match";

export function suggestCodesThroughLexicon(index: LexiconIndex, text: string, occupationCodes: readonly string[], limit = 3): CodeSuggestion[] {
  const { concepts } = expandWords(index, rawWords(text.normalize("NFC").toLowerCase()));
  if (concepts.length === 0 || limit <= 0) return [];
  const scored: { code: string; count: number; best: number }[] = [];
  for (const code of occupationCodes) {
    const score = conceptScore(concepts, code);
    if (score) scored.push({ code, count: score.count, best: score.best });
  }
  scored.sort((a, b) => b.count - a.count || b.best - a.best || a.code.localeCompare(b.code));
  // The share of the document's concepts that point at the code: comparable to the cosine's 0–1.
  return scored.slice(0, limit).map((s) => ({ code: s.code, score: Math.round((s.count / concepts.length) * 1000) / 1000 }));
}

/** The lexicon's suggestions first (a document's own words named them), then the text's; one per code. */
export function mergeSuggestions(first: CodeSuggestion[], second: CodeSuggestion[], limit: number): CodeSuggestion[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((s) => !seen.has(s.code) && seen.add(s.code)).slice(0, limit);
}
