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
  /**
   * The codes whose texts read like `code`'s own: the same answer as `suggest` given that code's
   * text, keeping those scoring at least `minScore` (the limit counts after that filter, which
   * gives the same list as filtering `suggest`'s: every score ≥ minScore ranks above every one
   * below it). Empty for a code the index does not hold.
   */
  similar(code: string, limit: number, minScore?: number): CodeSuggestion[];
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
 * Builds an index one code at a time, so that a caller reading a large corpus in batches never
 * holds all of its texts (the related entries, ADR 0021). Each code's text is tokenized and
 * counted as it comes and only its term ids and counts are kept; `build` computes the weights.
 */
export type CodeSuggestionBuilder = {
  /** One code's whole text; each code once (buildCodeSuggestionIndex merges repeated codes first). */
  add(code: string, text: string): void;
  build(): CodeSuggestionIndex;
  /** The index as plain data (typed arrays, a Map, strings): what a worker thread sends (codeSuggestionIndexFrom reads it). */
  buildData(): CodeSuggestionData;
};

export function codeSuggestionBuilder(): CodeSuggestionBuilder {
  const codes: string[] = [];
  const seen = new Set<string>();
  const termIds = new Map<string, number>();
  const documentFrequency: number[] = [];
  // Compressed rows: document d's terms (ids, in the order they first occur) and counts are at docStart[d]…docStart[d+1].
  const docStart: number[] = [0];
  const terms: number[] = [];
  const counts: number[] = [];
  const add = (code: string, text: string) => {
    if (seen.has(code)) throw new Error(`code ${code} added twice`);
    seen.add(code);
    for (const [term, count] of termFrequencies(tokenize(text))) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = documentFrequency.length;
        termIds.set(term, id);
        documentFrequency.push(0);
      }
      documentFrequency[id]!++;
      terms.push(id);
      counts.push(count);
    }
    codes.push(code);
    docStart.push(terms.length);
  };
  const buildData = (): CodeSuggestionData => {
    // A word repeated more than 65,535 times in one text is not expected, but would still fit in 4 bytes.
    const countArray = counts.every((c) => c <= 0xffff) ? Uint16Array.from(counts) : Uint32Array.from(counts);
    const data = indexData(codes, termIds, Int32Array.from(documentFrequency), Int32Array.from(docStart), Int32Array.from(terms), countArray);
    terms.length = 0;
    counts.length = 0;
    return data;
  };
  return { add, buildData, build: () => codeSuggestionIndexFrom(buildData()) };
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
  const builder = codeSuggestionBuilder();
  for (const [code, texts] of textByCode) builder.add(code, texts.join(" "));
  return builder.build();
}

/**
 * Memory layout (the related entries keep this index for ~35k entries at ×10, ADR 0021): terms are
 * interned to ids, and the postings and each document's own vector are typed arrays (compressed
 * rows: a start offset per term or document), not an object per posting; no text is kept. The
 * document's own vector (term ids and counts, in the order its tokens first occur; the weights
 * computed from them on use) lets `similar` score a document against the corpus exactly as
 * `suggest` would score its text.
 */
export type CodeSuggestionData = {
  codes: readonly string[];
  termIds: ReadonlyMap<string, number>;
  idf: Float64Array;
  unseenIdf: number;
  docStart: Int32Array;
  docTerm: Int32Array;
  docCount: Uint16Array | Uint32Array;
  docNorm: Float64Array;
  postingStart: Int32Array;
  postingDoc: Int32Array;
  postingWeight: Float64Array;
};

/** The buffers of the data's typed arrays: a worker moves them to the receiving thread instead of copying. */
export function codeSuggestionBuffers(data: CodeSuggestionData): ArrayBuffer[] {
  return [data.idf, data.docStart, data.docTerm, data.docCount, data.docNorm, data.postingStart, data.postingDoc, data.postingWeight].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** The weight of the term at position k of the documents' vectors (the same expression everywhere, so the same bits). */
function termWeight(data: Pick<CodeSuggestionData, "docCount" | "docTerm" | "idf">, k: number): number {
  return (1 + Math.log(data.docCount[k]!)) * data.idf[data.docTerm[k]!]!;
}

function indexData(
  codes: readonly string[],
  termIds: ReadonlyMap<string, number>,
  documentFrequency: Int32Array,
  docStart: Int32Array,
  docTerm: Int32Array,
  docCount: Uint16Array | Uint32Array,
): CodeSuggestionData {
  const n = codes.length;
  const termCount = documentFrequency.length;
  const idf = new Float64Array(termCount);
  for (let id = 0; id < termCount; id++) idf[id] = Math.log((n + 1) / (documentFrequency[id]! + 1)) + 1;
  const unseenIdf = Math.log(n + 1) + 1;

  // A term's weight in a document is recomputed from its count when `similar` needs it (the same
  // expression, so the same bits): counts fit in 2 bytes where a stored weight took 8 (13 MB at ×10).
  const arrays = { docCount, docTerm, idf };
  const weightOf = (k: number) => termWeight(arrays, k);
  const docNorm = new Float64Array(n);
  const postingStart = new Int32Array(termCount + 1);
  for (let id = 0; id < termCount; id++) postingStart[id + 1] = postingStart[id]! + documentFrequency[id]!;
  const postingDoc = new Int32Array(docTerm.length);
  const postingWeight = new Float64Array(docTerm.length);
  const filled = postingStart.slice(0, termCount);
  for (let doc = 0; doc < n; doc++) {
    let sum = 0;
    for (let k = docStart[doc]!; k < docStart[doc + 1]!; k++) {
      const weight = weightOf(k);
      sum += weight * weight;
    }
    docNorm[doc] = Math.sqrt(sum);
    const norm = docNorm[doc] || 1;
    // Documents in ascending order: every term's postings come out sorted by document.
    for (let k = docStart[doc]!; k < docStart[doc + 1]!; k++) {
      const at = filled[docTerm[k]!]!++;
      postingDoc[at] = doc;
      postingWeight[at] = weightOf(k) / norm;
    }
  }
  return { codes, termIds, idf, unseenIdf, docStart, docTerm, docCount, docNorm, postingStart, postingDoc, postingWeight };
}

/** The index over its data: a lookup of codes and the scoring closures (cheap; the data holds the work). */
export function codeSuggestionIndexFrom(data: CodeSuggestionData): CodeSuggestionIndex {
  const { codes, termIds, idf, unseenIdf, docStart, docTerm, docNorm, postingStart, postingDoc, postingWeight } = data;
  const n = codes.length;
  const weightOf = (k: number) => termWeight(data, k);
  const docOf = new Map(codes.map((code, doc) => [code, doc]));
  // One score buffer reused by every call (they are synchronous), not 8n bytes of garbage each.
  const scores = new Float64Array(n);

  const addPostings = (term: number, weight: number) => {
    for (let p = postingStart[term]!; p < postingStart[term + 1]!; p++) {
      const doc = postingDoc[p]!;
      scores[doc] = scores[doc]! + weight * postingWeight[p]!;
    }
  };

  /** The documents scored into `scores`, best first, rounded to three decimals; only those > 0 and ≥ minScore. */
  const ranked = (queryNorm: number, limit: number, minScore: number): CodeSuggestion[] => {
    const out: CodeSuggestion[] = [];
    for (let doc = 0; doc < n; doc++) {
      const score = scores[doc]!;
      if (score === 0) continue;
      const rounded = Math.min(1, Math.round((score / queryNorm) * 1000) / 1000);
      if (rounded > 0 && rounded >= minScore) out.push({ code: codes[doc] ?? "", score: rounded });
    }
    out.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
    return out.slice(0, limit);
  };

  return {
    size: n,
    suggest(text: string, limit = 3): CodeSuggestion[] {
      if (limit <= 0 || n === 0) return [];
      // A term the corpus never uses still counts in the query's length (with the highest idf):
      // otherwise a Kazakh text matching one Latin word ("INTRANET") would score as if it were
      // only that word.
      const query = [...termFrequencies(tokenize(text))].map(([term, count]) => {
        const id = termIds.get(term);
        return [id ?? -1, (1 + Math.log(count)) * (id === undefined ? unseenIdf : idf[id]!)] as const;
      });
      let sum = 0;
      for (const [, w] of query) sum += w * w;
      const queryNorm = Math.sqrt(sum);
      if (queryNorm === 0) return [];
      scores.fill(0);
      for (const [term, weight] of query) if (term >= 0) addPostings(term, weight);
      return ranked(queryNorm, limit, 0);
    },
    similar(code: string, limit: number, minScore = 0): CodeSuggestion[] {
      const doc = docOf.get(code);
      if (doc === undefined || limit <= 0 || docNorm[doc] === 0) return [];
      scores.fill(0);
      for (let k = docStart[doc]!; k < docStart[doc + 1]!; k++) addPostings(docTerm[k]!, weightOf(k));
      return ranked(docNorm[doc]!, limit, minScore);
    },
  };
}

/** One-off convenience: builds an index for a single call. Import many documents with buildCodeSuggestionIndex. */
export function suggestCodes(documentText: string, corpus: readonly CorpusEntry[], limit = 3): CodeSuggestion[] {
  return buildCodeSuggestionIndex(corpus).suggest(documentText, limit);
}
