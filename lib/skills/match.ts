import { stemWord } from "@/lib/search/stem";
import { foldedWords, tokenizeWithOffsets } from "@/lib/search/tokens";

/**
 * "Who needs this?": finds the knowledge and skill items (profile task items, ESCO skills) that
 * contain every word of a phrase, in any inflected form (Polish and Kazakh stems, as search uses),
 * the last word also as a prefix, and ranks the occupations that require them. Pure: the caller
 * gives the items (lib/data/skills.ts reads them once per data version).
 */

export type SkillItemKind = "knowledge" | "skill" | "esco";

export type SkillItem = {
  kind: SkillItemKind;
  text: string;
  lang: string;
  /** Task code for profile items ("Z3"); null for ESCO skills. */
  ref: string | null;
  /** Occupations that require the item. */
  occupations: readonly string[];
};

type Indexed = { item: SkillItem; stems: Set<string>; folded: string };

export type SkillIndex = {
  items: Indexed[];
  postings: Map<string, number[]>;
  /** Folded word → its stem, for prefix matching of the last word. */
  vocabulary: Map<string, string>;
};

/** Words that only make a phrase stricter ("zasady obsługi i konserwacji"). Folded. */
const STOPWORDS = new Set(["i", "oraz", "lub", "w", "z", "ze", "do", "na", "o", "u", "a", "dla", "po", "od", "za", "przez", "sie", "the", "of", "and", "in", "жане", "мен", "бен", "пен"]);

export function buildSkillIndex(items: readonly SkillItem[]): SkillIndex {
  const postings = new Map<string, number[]>();
  const vocabulary = new Map<string, string>();
  const indexed = items.map((item, i) => {
    const words = foldedWords(item.text);
    const stems = new Set<string>();
    for (const word of words) {
      const stem = stemWord(word);
      vocabulary.set(word, stem);
      if (stems.has(stem)) continue;
      stems.add(stem);
      const list = postings.get(stem) ?? [];
      list.push(i);
      postings.set(stem, list);
    }
    return { item, stems, folded: words.join(" ") };
  });
  return { items: indexed, postings, vocabulary };
}

export type QueryTerms = { folded: string[]; stems: string[][]; phrase: string };

/** The phrase's words (stop words dropped unless nothing else is left), each with the stems it may match. */
export function queryTerms(index: SkillIndex, query: string, maxTerms = 8): QueryTerms {
  const all = foldedWords(query.slice(0, 200));
  const meaningful = all.filter((w) => !STOPWORDS.has(w));
  const folded = (meaningful.length > 0 ? meaningful : all).slice(0, maxTerms);
  const stems = folded.map((word, i) => {
    const own = stemWord(word);
    if (i !== folded.length - 1 || word.length < 3) return [own];
    // The last word may be unfinished: every indexed word it starts also counts.
    const expanded = new Set([own]);
    for (const [vocabWord, stem] of index.vocabulary) if (vocabWord.startsWith(word)) expanded.add(stem);
    return [...expanded];
  });
  return { folded, stems, phrase: all.join(" ") };
}

export type ItemMatch = { index: number; score: number };
export type OccupationMatch = { code: string; score: number; matches: ItemMatch[] };

/** Occupations ranked by their matching items: the best item counts fully, each further one half as much as the one before. */
export function searchSkills(index: SkillIndex, query: string): { terms: QueryTerms; items: ItemMatch[]; occupations: OccupationMatch[] } {
  const terms = queryTerms(index, query);
  if (terms.folded.length === 0) return { terms, items: [], occupations: [] };
  const n = index.items.length;
  const idf = (stems: string[]) => Math.log(1 + n / Math.max(1, Math.max(...stems.map((s) => index.postings.get(s)?.length ?? 0))));

  // Candidates: items holding a stem of every term (the rarest term's postings first keeps this small).
  const perTerm = terms.stems.map((stems) => new Set(stems.flatMap((s) => index.postings.get(s) ?? [])));
  perTerm.sort((a, b) => a.size - b.size);
  const [first, ...rest] = perTerm;
  const candidates = [...(first ?? [])].filter((i) => rest.every((set) => set.has(i)));

  const weights = terms.stems.map(idf);
  const items: ItemMatch[] = candidates.map((i) => {
    const entry = index.items[i]!;
    const base = weights.reduce((sum, w) => sum + w, 0) / Math.sqrt(entry.stems.size);
    const isPhrase = terms.folded.length > 1 && entry.folded.includes(terms.phrase);
    return { index: i, score: base + (isPhrase ? 2 : 0) };
  });
  items.sort((a, b) => b.score - a.score || a.index - b.index);

  const byCode = new Map<string, ItemMatch[]>();
  for (const match of items) {
    for (const code of index.items[match.index]!.item.occupations) {
      const list = byCode.get(code) ?? [];
      list.push(match);
      byCode.set(code, list);
    }
  }
  const occupations = [...byCode].map(([code, matches]) => ({
    code,
    matches,
    score: matches.reduce((sum, m, k) => sum + m.score / 2 ** k, 0),
  }));
  occupations.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  return { terms, items, occupations };
}

/** Where the matched words are in an item's text, as [start, end) offsets, for <mark>. */
export function highlightRanges(text: string, terms: QueryTerms): [number, number][] {
  const stems = new Set(terms.stems.flat());
  const last = terms.folded[terms.folded.length - 1] ?? "";
  return tokenizeWithOffsets(text)
    .filter((token) => {
      const folded = foldedWords(token.text)[0] ?? "";
      return stems.has(stemWord(folded)) || (last.length >= 3 && folded.startsWith(last));
    })
    .map((token) => [token.start, token.end]);
}
