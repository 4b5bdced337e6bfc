/**
 * Ranking built for the top of the list (ADR 0023). A broad word ("marketing") matches thousands of
 * entries at ×10; a page shows twenty. So:
 *   - each FTS5 phrase's matches are kept, once read, as typed arrays of positions and bm25 shares
 *     (phrasePostings): bm25 is a sum over the phrases of the MATCH expression, so the sum of the
 *     shares, in the expression's order, is the bm25 FTS5 gives the whole expression, to the bit;
 *   - the shares are summed per entry in one dense array (combinePostings), no object per match;
 *   - the name boost is computed only for entries whose name holds the first word typed (the only
 *     ones it can lift), the others keep their bm25;
 *   - the page is cut by a bounded heap (topOf), never by sorting every match; facets count every
 *     match (they must stay exact), which needs no score and no order.
 * The PostgreSQL engine feeds its rows (id, rank) into the same arrays and shares all but the first step.
 */
import type { Entry, EntryList } from "./entries";
import { STOPWORDS, type QueryTerm } from "./query";
import { stemWord } from "./stem";
import { bestOf } from "@/lib/top-k";

/** Stems of the meaningful words of a name: the key of the exact-name boost. */
type NameKey = { key: string; stems: string[]; words: string[] };
const nameKeyCache = new WeakMap<Entry, NameKey>();
/** Kept split, not only joined: splitting on every scored match was a tenth of a broad query at ×10. */
function nameKey(entry: Entry): NameKey {
  let key = nameKeyCache.get(entry);
  if (key === undefined) {
    const stems = entry.foldedName
      .split(" ")
      .filter((w) => w && !STOPWORDS.has(w))
      .map(stemWord);
    key = { key: stems.join(" "), stems, words: entry.foldedName.split(" ") };
    nameKeyCache.set(entry, key);
  }
  return key;
}

/**
 * bm25 knows nothing of "this is the name itself": an entry called exactly what was typed
 * ("Spawacz" for "spawacz", "Pielęgniarka" for "pielęgniarki") goes first, a name that starts
 * with the words next. Every case above 1 needs the first stem typed among the name's stems,
 * which is what lets rankMatches look at those names only.
 */
function nameBoost(entry: Entry, queryKey: string, queryStems: string[]): number {
  const { key, stems } = nameKey(entry);
  if (key === queryKey) return 6;
  if (key.startsWith(queryKey + " ")) return 2;
  // Every word in the name, in any order ("poczty administrator"): above a match spread over titles.
  if (queryStems.every((s) => stems.includes(s))) return 1.5;
  if (stems[0] === queryStems[0]) return 1.2;
  return 1;
}

export function nameHoldsAll(entry: Entry, terms: QueryTerm[]): boolean {
  const { stems, words } = nameKey(entry);
  return terms.every((t) => STOPWORDS.has(t.folded) || stems.includes(t.stem) || (t.isPrefix && words.some((w) => w.startsWith(t.folded))));
}

/** Positions (in list.inCodeOrder) of the entries whose name holds a stem; built once per entry list. */
const nameIndexes = new WeakMap<EntryList, Map<string, number[]>>();
function namesHolding(list: EntryList, stem: string): number[] {
  let index = nameIndexes.get(list);
  if (!index) {
    index = new Map();
    for (const [position, entry] of list.inCodeOrder.entries()) {
      for (const s of new Set(nameKey(entry).stems)) {
        const positions = index.get(s);
        if (positions) positions.push(position);
        else index.set(s, [position]);
      }
    }
    nameIndexes.set(list, index);
  }
  return index.get(stem) ?? [];
}

/** Per entry list, arrays as long as the list, reused by every query (queries run one at a time on the event loop). */
type Scratch = { sum: Float64Array; termBits: Uint8Array; touched: Int32Array; isNamed: Uint8Array };
const scratches = new WeakMap<EntryList, Scratch>();
function scratchOf(list: EntryList): Scratch {
  let s = scratches.get(list);
  if (!s) {
    const n = list.inCodeOrder.length;
    s = { sum: new Float64Array(n), termBits: new Uint8Array(n), touched: new Int32Array(n), isNamed: new Uint8Array(n) };
    scratches.set(list, s);
  }
  return s;
}

/** One phrase's matches: positions in list.inCodeOrder and their bm25 shares (higher is better). */
type Postings = { positions: Int32Array; shares: Float64Array };

/** Postings kept per entry list (a new index version starts empty), least recently used dropped first: 12 bytes each, ~12 MB. */
const MAX_CACHED_POSTINGS = 1_000_000;
type PhraseCache = { byPhrase: Map<string, Postings>; postings: number };
const phraseCaches = new WeakMap<EntryList, PhraseCache>();

/**
 * The postings of one FTS5 phrase (with its column filter), read by `read` (which returns FTS5's
 * bm25: lower is better) the first time and kept. Rows of entries the list does not hold are left out.
 */
export function phrasePostings(list: EntryList, phrase: string, read: (phrase: string) => { id: number; rank: number }[]): Postings {
  let cache = phraseCaches.get(list);
  if (!cache) {
    cache = { byPhrase: new Map(), postings: 0 };
    phraseCaches.set(list, cache);
  }
  const cached = cache.byPhrase.get(phrase);
  if (cached) {
    // Map order is insertion order: re-inserting marks it as recently used.
    cache.byPhrase.delete(phrase);
    cache.byPhrase.set(phrase, cached);
    return cached;
  }
  const postings = inPositionOrder(rankedFromRows(list, read(phrase)));
  cache.byPhrase.set(phrase, postings);
  cache.postings += postings.positions.length;
  for (const [key, old] of cache.byPhrase) {
    if (cache.postings <= MAX_CACHED_POSTINGS || cache.byPhrase.size <= 1) break;
    cache.byPhrase.delete(key);
    cache.postings -= old.positions.length;
  }
  return postings;
}

/** Matched entries: positions in list.inCodeOrder and scores (higher is better), in no order. */
export type Ranked = { positions: Int32Array; scores: Float64Array };

/** Sorted by position, so summing a phrase walks the dense arrays forwards instead of jumping (a third faster at ×10). */
function inPositionOrder(ranked: Ranked): Postings {
  const order = Array.from(ranked.positions.keys()).sort((a, b) => ranked.positions[a]! - ranked.positions[b]!);
  return { positions: Int32Array.from(order, (k) => ranked.positions[k]!), shares: Float64Array.from(order, (k) => ranked.scores[k]!) };
}

/**
 * The entries matched by every term (or, with `anyTerm`, by one), each with the sum of its phrases'
 * shares. The shares are added in the order of the phrases in the MATCH expression (terms in
 * order, each term's phrases in order), the order FTS5's bm25 adds them in, so the sums are its bm25.
 */
export function combinePostings(list: EntryList, terms: Postings[][], anyTerm: boolean): Ranked {
  if (terms.length > 8) throw new RangeError("at most 8 terms (one bit each)");
  const { sum, termBits, touched } = scratchOf(list);
  let touchedCount = 0;
  terms.forEach((phrases, t) => {
    const bit = 1 << t;
    for (const { positions, shares } of phrases) {
      for (let k = 0; k < positions.length; k++) {
        const p = positions[k]!;
        if (termBits[p] === 0) touched[touchedCount++] = p;
        termBits[p]! |= bit;
        sum[p]! += shares[k]!;
      }
    }
  });
  const every = (1 << terms.length) - 1;
  const positions = new Int32Array(touchedCount);
  const scores = new Float64Array(touchedCount);
  let n = 0;
  for (let k = 0; k < touchedCount; k++) {
    const p = touched[k]!;
    if (anyTerm || termBits[p] === every) {
      positions[n] = p;
      scores[n++] = sum[p]!;
    }
    sum[p] = 0;
    termBits[p] = 0;
  }
  return { positions: positions.subarray(0, n), scores: scores.subarray(0, n) };
}

/** From database rows (id, rank lower-is-better): the PostgreSQL engine's way in. */
export function rankedFromRows(list: EntryList, rows: { id: number; rank: number }[]): Ranked {
  const positions = new Int32Array(rows.length);
  const scores = new Float64Array(rows.length);
  let n = 0;
  for (const row of rows) {
    const position = list.positionById.get(row.id);
    if (position === undefined) continue;
    positions[n] = position;
    scores[n++] = -row.rank;
  }
  return { positions: positions.subarray(0, n), scores: scores.subarray(0, n) };
}

/** Multiplies each match's score by its name boost, in place; only names holding the first stem typed are looked at. */
export function applyNameBoost(list: EntryList, allTerms: QueryTerm[], ranked: Ranked): Ranked {
  const queryStems = allTerms.map((t) => t.stem).filter((s) => !STOPWORDS.has(s));
  const queryKey = queryStems.join(" ");
  const { positions, scores } = ranked;
  if (queryStems.length === 0) {
    for (let k = 0; k < positions.length; k++) scores[k]! *= nameBoost(list.inCodeOrder[positions[k]!]!, queryKey, queryStems);
    return ranked;
  }
  const { isNamed } = scratchOf(list);
  const named = namesHolding(list, queryStems[0]!);
  for (const p of named) isNamed[p] = 1;
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    if (isNamed[p] === 1) scores[k]! *= nameBoost(list.inCodeOrder[p]!, queryKey, queryStems);
  }
  for (const p of named) isNamed[p] = 0;
  return ranked;
}

/** a before b: higher score first, then code order (the smaller position). */
const isBetter = (ranked: Ranked, a: number, b: number) =>
  ranked.scores[a]! > ranked.scores[b]! || (ranked.scores[a] === ranked.scores[b] && ranked.positions[a]! < ranked.positions[b]!);

/** The best `k` of `candidates` (indexes into `ranked`), best first (lib/top-k.ts): never a sort of every match. */
export function topOf(ranked: Ranked, candidates: ArrayLike<number>, k: number): number[] {
  return bestOf(candidates, k, (a, b) => isBetter(ranked, a, b));
}

/** Every match, best first (for the lexicon merge, which needs the whole order). */
export function allInOrder(ranked: Ranked): number[] {
  return Array.from(ranked.positions.keys()).sort((a, b) => (isBetter(ranked, a, b) ? -1 : 1));
}
