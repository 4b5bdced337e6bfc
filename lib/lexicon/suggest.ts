/**
 * Suggested KZiS codes for a document through the lexicon (issue 12 item 6). Pure. A Kazakh or
 * Russian document shares almost no word with the Polish corpus the TF-IDF suggester
 * (lib/similarity/code-suggestion.ts) compares it with; its words name concepts of the lexicon, and
 * those name codes; so do a Polish document's (Krobia's "serwerów", "baz danych"), which the
 * TF-IDF suggester weighs against every word of the corpus. An occupation is suggested by how often
 * the document names concepts that point at it or at a group above it (the Kazakh IT-manager requirements: "it-manager", "it", "manager" all
 * point at 133001), then by how early a concept lists it.
 */
import type { CodeSuggestion } from "@/lib/similarity/code-suggestion";
import { rawWords } from "@/lib/search/tokens";
import { conceptScore, expandWords, type LexiconIndex } from "./match";

export function suggestCodesThroughLexicon(index: LexiconIndex, text: string, occupationCodes: readonly string[], limit = 3): CodeSuggestion[] {
  const { concepts, hits } = expandWords(index, rawWords(text.normalize("NFC").toLowerCase()), { withPolish: true });
  if (concepts.length === 0 || limit <= 0) return [];
  const total = [...hits.values()].reduce((a, b) => a + b, 0);
  const scored: { code: string; weight: number; best: number }[] = [];
  for (const code of occupationCodes) {
    // Each concept counts as often as the document names it: "serwerów" three times outweighs one "obsługi klienta".
    const naming = concepts.filter((c) => conceptScore([c], code) !== null);
    if (naming.length === 0) continue;
    scored.push({ code, weight: naming.reduce((sum, c) => sum + (hits.get(c.concept) ?? 0), 0), best: conceptScore(naming, code)!.best });
  }
  scored.sort((a, b) => b.weight - a.weight || b.best - a.best || a.code.localeCompare(b.code));
  // The share of the document's concept mentions that name the code: comparable to the cosine's 0–1.
  return scored.slice(0, limit).map((s) => ({ code: s.code, score: Math.round((s.weight / total) * 1000) / 1000 }));
}

/** The lexicon's suggestions first (a document's own words named them), then the text's; one per code. */
export function mergeSuggestions(first: CodeSuggestion[], second: CodeSuggestion[], limit: number): CodeSuggestion[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((s) => !seen.has(s.code) && seen.add(s.code)).slice(0, limit);
}
