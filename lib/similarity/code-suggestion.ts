import { foldText } from "@/lib/text";

/**
 * Code suggestions for documents that carry no KZiS code (job descriptions, qualification
 * requirements): TF-IDF vectors with cosine similarity between the document's text and the text
 * each occupation is known by. Pure: the caller gives the corpus (read from the database once).
 * A suggestion is a hint with its score, never a fact. Shared by the importer (codes for a document)
 * and the related entries (lib/data/related.ts: texts that read alike), so it belongs to neither.
 */

export type CorpusEntry = { code: string; text: string };
export type CodeSuggestion = { code: string; score: number };

export type CodeSuggestionIndex = {
  /** Number of distinct codes in the index. */
  readonly size: number;
  suggest(text: string, limit?: number): CodeSuggestion[];
};

/** Frequent Polish words that say nothing about an occupation (compared after folding). */
const STOP_WORDS = new Set(
  [
    "oraz",
    "lub",
    "się",
    "jest",
    "są",
    "dla",
    "przez",
    "który",
    "która",
    "które",
    "których",
    "którym",
    "którą",
    "tym",
    "tych",
    "ten",
    "tej",
    "jak",
    "ale",
    "być",
    "jego",
    "jej",
    "ich",
    "tj",
    "np",
    "itp",
    "itd",
    "innych",
    "inne",
    "inny",
    "także",
    "również",
    "między",
    "pod",
    "nad",
    "przy",
    "bez",
    "czy",
    "nie",
    "tak",
    "już",
    "tylko",
    "więc",
    "gdy",
    "jako",
    "każdy",
    "wszystkich",
    "wszystkie",
    "można",
    "może",
    "mogą",
    "będzie",
    "było",
    "oraz",
    "lub",
    "albo",
    "według",
    "wraz",
    "pracy",
    "praca",
    "zakresie",
    "zakres",
    "ramach",
    "celu",
    "sposób",
    "sposoby",
    "the",
    "and",
    "for",
    "with",
  ].map(foldText),
);

/**
 * Polish inflection endings (folded), longest first; stripped once, keeping a stem of 4+ letters.
 * Deliberately not lib/search/stem-pl.ts: tried on 2026-11-22, that stemmer dropped 351402 from
 * the Krobia job description's top three (252904, 252302, 252902 instead of 351402, 252904,
 * 252301); this cruder one with its 8-letter cut serves code suggestion better.
 */
const SUFFIXES = [
  "owymi",
  "owego",
  "owych",
  "owej",
  "iami",
  "ach",
  "ami",
  "ego",
  "emu",
  "ych",
  "ymi",
  "imi",
  "iej",
  "owi",
  "ow",
  "om",
  "em",
  "ie",
  "ia",
  "ii",
  "ej",
  "y",
  "i",
  "a",
  "e",
  "o",
  "u",
];

/** Longer stems are cut here, so "informatycznych", "informatyczny" and "informatyk" meet. */
const STEM_LENGTH = 8;

function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) {
      return word.slice(0, word.length - suffix.length).slice(0, STEM_LENGTH);
    }
  }
  return word.slice(0, STEM_LENGTH);
}

/** Lower case, diacritics folded, stop words and short or numeric tokens dropped, crudely stemmed. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || /^\p{N}+$/u.test(word) || STOP_WORDS.has(word)) continue;
    tokens.push(stem(word));
  }
  return tokens;
}

function termFrequencies(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/**
 * Build the index once (idf, normalised document vectors, postings per term) so that importing
 * many documents scores each against the whole corpus without rebuilding anything.
 */
export function buildCodeSuggestionIndex(corpus: readonly CorpusEntry[]): CodeSuggestionIndex {
  // One vector per code: entries repeating a code add their text to it.
  const textByCode = new Map<string, string[]>();
  for (const entry of corpus) {
    const texts = textByCode.get(entry.code) ?? [];
    texts.push(entry.text);
    textByCode.set(entry.code, texts);
  }
  const codes = [...textByCode.keys()];
  const frequencies = codes.map((code) => termFrequencies(tokenize((textByCode.get(code) ?? []).join(" "))));

  const documentFrequency = new Map<string, number>();
  for (const tf of frequencies) for (const term of tf.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const n = codes.length;
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency) idf.set(term, Math.log((n + 1) / (df + 1)) + 1);
  const unseenIdf = Math.log(n + 1) + 1;

  const postings = new Map<string, { doc: number; weight: number }[]>();
  frequencies.forEach((tf, doc) => {
    const weights = [...tf].map(([term, count]) => [term, (1 + Math.log(count)) * (idf.get(term) ?? 0)] as const);
    const norm = vectorLength(weights) || 1;
    for (const [term, weight] of weights) {
      const list = postings.get(term) ?? [];
      list.push({ doc, weight: weight / norm });
      postings.set(term, list);
    }
  });

  return {
    size: n,
    suggest(text: string, limit = 3): CodeSuggestion[] {
      if (limit <= 0 || n === 0) return [];
      // A term the corpus never uses still counts in the query's length (with the highest idf):
      // otherwise a Kazakh text matching one Latin word ("INTRANET") would score as if it were
      // only that word.
      const query = [...termFrequencies(tokenize(text))].map(([term, count]) => [term, (1 + Math.log(count)) * (idf.get(term) ?? unseenIdf)] as const);
      const queryNorm = vectorLength(query);
      if (queryNorm === 0) return [];

      const scores = new Float64Array(n);
      for (const [term, weight] of query) {
        for (const posting of postings.get(term) ?? []) scores[posting.doc] = (scores[posting.doc] ?? 0) + weight * posting.weight;
      }
      const ranked: CodeSuggestion[] = [];
      scores.forEach((score, doc) => {
        const rounded = Math.min(1, Math.round((score / queryNorm) * 1000) / 1000);
        if (rounded > 0) ranked.push({ code: codes[doc] ?? "", score: rounded });
      });
      ranked.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
      return ranked.slice(0, limit);
    },
  };
}

/** Euclidean length; not Math.hypot(...weights), whose spread overflows the stack for long texts. */
function vectorLength(weights: readonly (readonly [string, number])[]): number {
  let sum = 0;
  for (const [, w] of weights) sum += w * w;
  return Math.sqrt(sum);
}

/** One-off convenience: builds an index for a single call. Import many documents with buildCodeSuggestionIndex. */
export function suggestCodes(documentText: string, corpus: readonly CorpusEntry[], limit = 3): CodeSuggestion[] {
  return buildCodeSuggestionIndex(corpus).suggest(documentText, limit);
}
