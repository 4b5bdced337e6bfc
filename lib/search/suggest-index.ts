/**
 * The in-memory index behind suggestions as the user types (issue 7). Pure: no SQL, no Next.
 *
 * Why not FTS5: a 2–4 letter prefix ("za", "zarz") expands to thousands of words, and on the ×10
 * catalogue (450k names and titles) FTS5 merges all their doclists before it can return the first
 * row: 0.2–1.7 s. Here the work is bounded by what is shown:
 *   - rows (a name or a title of an entry) are numbered by their static rank, best first (tier,
 *     then shorter text: the order of suggest_entry ids, lib/search/ids.ts);
 *   - a sorted array of the distinct folded words, and one of their stems, so a prefix is a range
 *     found by binary search;
 *   - per word, the ranks of the rows that hold it (and of those it opens), ascending;
 *   - a query merges the postings of its words with a heap in rank order and stops as soon as it
 *     has `limit` entries, so "za" reads a few hundred postings, not a hundred thousand.
 * Built from ordinary rows (id, entry, source, text), so it does not depend on the SQL dialect;
 * the caller rebuilds it when the index version moves.
 */
import { foldText } from "@/lib/text";
import type { QueryTerm } from "./query";
import { stemWord } from "./stem";
import { rawWords } from "./tokens";

/** One suggestion row as stored: `rank` orders rows best first (suggest_entry.id). */
export type SuggestSourceRow = { rank: number; entryId: number; source: string; text: string };

export type SuggestHit = { entryId: number; label: string; source: string };

/**
 * Most rows one pass looks at before it gives up. Only a query whose words rarely meet (two
 * common prefixes that never share a title) gets near it; it bounds the worst case to a few ms.
 */
export const MAX_SCANNED_ROWS = 20_000;

/** Compressed lists: the items of key k are items[start[k]] … items[start[k + 1] - 1]. */
type Lists = { start: Uint32Array; items: Int32Array };

export type SuggestIndex = {
  rowCount: number;
  rowEntry: Int32Array;
  rowSource: Uint8Array;
  sources: string[];
  /**
   * All labels as one UTF-8 buffer cut by labelStart: one object instead of 450k strings, and
   * half the bytes of a JavaScript string holding Polish letters (which V8 stores as UTF-16).
   */
  labels: Uint8Array;
  labelStart: Uint32Array;
  /** Word ids of each row, in text order; 16 bits while the vocabulary allows (11k words at ×10). */
  rowWords: { start: Uint32Array; items: Uint16Array | Int32Array };
  /** Distinct folded words, sorted by code unit. */
  words: string[];
  /** Rows holding the word, ascending (best first). */
  postings: Lists;
  /** Rows whose first word it is, ascending. */
  firstPostings: Lists;
  /** Distinct stems, sorted, each with the ids of its words. */
  stems: string[];
  stemWords: Lists;
};

/** Folded words of a text; a memo keyed by the word as written, as most words repeat. */
function createFolder(): (text: string) => string[] {
  const memo = new Map<string, string>();
  return (text) => {
    const out: string[] = [];
    for (const raw of rawWords(text)) {
      let folded = memo.get(raw);
      if (folded === undefined) {
        // A word of combining marks alone folds to nothing; one with inner marks stays one word.
        folded = (foldText(raw).match(/[\p{L}\p{N}]+/gu) ?? []).join("");
        memo.set(raw, folded);
      }
      if (folded) out.push(folded);
    }
    return out;
  };
}

/** Bytes of `text` in UTF-8 (a lone surrogate is encoded as U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Groups (key, item) pairs given in item order into compressed lists, each ascending, no repeats. */
function toLists(keyCount: number, keys: Int32Array, values: Int32Array, length: number): Lists {
  const counts = new Uint32Array(keyCount + 1);
  for (let i = 0; i < length; i++) counts[keys[i]! + 1]!++;
  for (let k = 0; k < keyCount; k++) counts[k + 1]! += counts[k]!;
  const start = counts.slice();
  const fill = counts.slice(0, keyCount);
  const items = new Int32Array(length);
  for (let i = 0; i < length; i++) items[fill[keys[i]!]!++] = values[i]!;
  return { start, items };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the index; `rows` in any order (they are sorted by rank here). */
export function buildSuggestIndex(input: readonly SuggestSourceRow[]): SuggestIndex {
  const rows = [...input].sort((a, b) => a.rank - b.rank);
  const fold = createFolder();
  const sources: string[] = [];
  const sourceId = new Map<string, number>();
  const wordId = new Map<string, number>();
  const rowEntry = new Int32Array(rows.length);
  const rowSource = new Uint8Array(rows.length);
  const labelStart = new Uint32Array(rows.length + 1);
  const rowWordStart = new Uint32Array(rows.length + 1);
  const rowWordIds: number[] = [];
  const labelParts: string[] = [];
  let labelLength = 0;

  rows.forEach((row, r) => {
    rowEntry[r] = row.entryId;
    let s = sourceId.get(row.source);
    if (s === undefined) {
      s = sources.push(row.source) - 1;
      if (s > 255) throw new RangeError("more than 256 suggestion sources");
      sourceId.set(row.source, s);
    }
    rowSource[r] = s;
    labelStart[r] = labelLength;
    labelParts.push(row.text);
    labelLength += utf8Length(row.text);
    for (const word of fold(row.text)) {
      let id = wordId.get(word);
      if (id === undefined) wordId.set(word, (id = wordId.size));
      rowWordIds.push(id);
    }
    rowWordStart[r + 1] = rowWordIds.length;
  });
  labelStart[rows.length] = labelLength;

  // Renumber words in sorted order, so a prefix is a contiguous range of ids.
  const words = [...wordId.keys()].sort(byCodeUnit);
  const sortedIdOf = new Int32Array(wordId.size);
  words.forEach((w, i) => (sortedIdOf[wordId.get(w)!] = i));
  const rowWordItems = words.length <= 0x10000 ? new Uint16Array(rowWordIds.length) : new Int32Array(rowWordIds.length);
  rowWordIds.forEach((id, i) => (rowWordItems[i] = sortedIdOf[id]!));
  // One encode of the joined text: encoding 450k labels one by one costs a second at ×10.
  const labels = new TextEncoder().encode(labelParts.join(""));
  if (labels.length !== labelLength) throw new Error("suggest index: label offsets do not match the encoded text");

  // Postings: (word, row) pairs in row order, one per row even when a title repeats a word.
  const pairWords = new Int32Array(rowWordItems.length);
  const pairRows = new Int32Array(rowWordItems.length);
  const firstWords = new Int32Array(rows.length);
  const firstRows = new Int32Array(rows.length);
  let pairs = 0;
  let firsts = 0;
  for (let r = 0; r < rows.length; r++) {
    const from = rowWordStart[r]!;
    const to = rowWordStart[r + 1]!;
    if (to > from) {
      firstWords[firsts] = rowWordItems[from]!;
      firstRows[firsts++] = r;
    }
    for (let i = from; i < to; i++) {
      const w = rowWordItems[i]!;
      let isRepeat = false;
      for (let j = from; j < i; j++) if (rowWordItems[j] === w) isRepeat = true;
      if (isRepeat) continue;
      pairWords[pairs] = w;
      pairRows[pairs++] = r;
    }
  }

  const stemOfWord = words.map(stemWord);
  const stems = [...new Set(stemOfWord)].sort(byCodeUnit);
  const stemIdOf = new Map(stems.map((s, i) => [s, i]));
  const stemKeys = Int32Array.from(stemOfWord, (s) => stemIdOf.get(s)!);
  const wordIds = Int32Array.from(words, (_, i) => i);

  return {
    rowCount: rows.length,
    rowEntry,
    rowSource,
    sources,
    labels,
    labelStart,
    rowWords: { start: rowWordStart, items: rowWordItems },
    words,
    postings: toLists(words.length, pairWords, pairRows, pairs),
    firstPostings: toLists(words.length, firstWords, firstRows, firsts),
    stems,
    stemWords: toLists(stems.length, stemKeys, wordIds, wordIds.length),
  };
}

/** First index in `sorted` whose value is ≥ `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [from, to) of the values that start with `prefix`. */
function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  // U+FFFF sorts after every code unit a folded word can hold.
  return [lowerBound(sorted, prefix), lowerBound(sorted, prefix + "\uffff")];
}

/**
 * Word ids a query term matches, as the FTS5 expression did (lib/search/query.ts): the word itself,
 * a word of the same stem (when the stem is trusted), and for the word being typed any word or
 * stem that starts with it.
 */
function matchingWords(index: SuggestIndex, term: QueryTerm): Int32Array {
  const ids = new Set<number>();
  const exact = lowerBound(index.words, term.folded);
  if (index.words[exact] === term.folded) ids.add(exact);
  const addStems = (from: number, to: number) => {
    for (let s = from; s < to; s++) {
      for (let i = index.stemWords.start[s]!; i < index.stemWords.start[s + 1]!; i++) ids.add(index.stemWords.items[i]!);
    }
  };
  if (!term.isPrefix || term.stem.length >= 4) {
    const s = lowerBound(index.stems, term.stem);
    if (index.stems[s] === term.stem) addStems(s, s + 1);
  }
  if (term.isPrefix && term.folded) {
    const [from, to] = prefixRange(index.words, term.folded);
    for (let w = from; w < to; w++) ids.add(w);
    addStems(...prefixRange(index.stems, term.folded));
  }
  return Int32Array.from(ids).sort();
}

function postingCount(lists: Lists, wordIds: Int32Array): number {
  let n = 0;
  for (const w of wordIds) n += lists.start[w + 1]! - lists.start[w]!;
  return n;
}

/** Rows of the given lists in ascending order, each once: a binary heap of list cursors. */
function* mergeAscending(lists: Lists, wordIds: Int32Array): Generator<number> {
  const cursor: number[] = [];
  const end: number[] = [];
  for (const w of wordIds) {
    if (lists.start[w + 1]! > lists.start[w]!) {
      cursor.push(lists.start[w]!);
      end.push(lists.start[w + 1]!);
    }
  }
  const heap = cursor.map((_, i) => i);
  const key = (h: number) => lists.items[cursor[heap[h]!]!]!;
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && key(l) < key(m)) m = l;
      if (r < heap.length && key(r) < key(m)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  let last = -1;
  while (heap.length > 0) {
    const row = key(0);
    if (row !== last) {
      yield row;
      last = row;
    }
    const top = heap[0]!;
    if (++cursor[top]! >= end[top]!) {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    }
    if (heap.length > 0) down(0);
  }
}

function toMembership(index: SuggestIndex, wordIds: Int32Array): Uint8Array {
  const isMember = new Uint8Array(index.words.length);
  for (const w of wordIds) isMember[w] = 1;
  return isMember;
}

function rowHasAny(index: SuggestIndex, row: number, isMember: Uint8Array): boolean {
  for (let i = index.rowWords.start[row]!; i < index.rowWords.start[row + 1]!; i++) if (isMember[index.rowWords.items[i]!]) return true;
  return false;
}

const decoder = new TextDecoder();

export type SuggestOptions = {
  limit: number;
  /** Entries that may be shown (those of the current entry list); others are skipped. */
  isShown?: (entryId: number) => boolean;
};

/**
 * Names and titles matching every term, best first, one per entry. Two passes, as before: rows
 * whose first word matches the first term ("kier" → "Kierowca …" before "Główny kierowca"), then
 * any row. Each pass is driven by the term with the fewest postings, checking the others per row.
 */
export function querySuggestIndex(index: SuggestIndex, terms: readonly QueryTerm[], options: SuggestOptions): SuggestHit[] {
  const { limit, isShown = () => true } = options;
  if (terms.length === 0 || limit < 1) return [];
  const matched = terms.map((t) => matchingWords(index, t));
  if (matched.some((m) => m.length === 0)) return [];
  const members = matched.map((m) => toMembership(index, m));

  const hits: SuggestHit[] = [];
  const seenEntries = new Set<number>();
  for (const isAnchored of [true, false]) {
    const listsOf = (t: number) => (isAnchored && t === 0 ? index.firstPostings : index.postings);
    let driver = 0;
    for (let t = 1; t < terms.length; t++) if (postingCount(listsOf(t), matched[t]!) < postingCount(listsOf(driver), matched[driver]!)) driver = t;

    let scanned = 0;
    for (const row of mergeAscending(listsOf(driver), matched[driver]!)) {
      if (++scanned > MAX_SCANNED_ROWS) break;
      const entryId = index.rowEntry[row]!;
      if (seenEntries.has(entryId) || !isShown(entryId)) continue;
      if (isAnchored && driver !== 0 && !members[0]![index.rowWords.items[index.rowWords.start[row]!]!]) continue;
      if (!members.every((m, t) => t === driver || rowHasAny(index, row, m))) continue;
      seenEntries.add(entryId);
      hits.push({
        entryId,
        label: decoder.decode(index.labels.subarray(index.labelStart[row]!, index.labelStart[row + 1]!)),
        source: index.sources[index.rowSource[row]!]!,
      });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}

/** Code prefixes ("35" → 35, 351, 3512, …): codes grouped by length, each group sorted. */
export type CodeIndex = { byLength: Map<number, { codes: string[]; ids: number[] }> };

export function buildCodeIndex(entries: readonly { id: number; code: string | null }[]): CodeIndex {
  const byLength = new Map<number, { code: string; id: number }[]>();
  for (const e of entries) {
    if (e.code === null) continue;
    const group = byLength.get(e.code.length) ?? [];
    group.push({ code: e.code, id: e.id });
    byLength.set(e.code.length, group);
  }
  const index: CodeIndex = { byLength: new Map() };
  for (const length of [...byLength.keys()].sort((a, b) => a - b)) {
    const group = byLength.get(length)!.sort((a, b) => byCodeUnit(a.code, b.code) || a.id - b.id);
    index.byLength.set(length, { codes: group.map((g) => g.code), ids: group.map((g) => g.id) });
  }
  return index;
}

/** Ids of the entries whose code starts with `prefix`, shorter codes first, then in code order. */
export function queryCodeIndex(index: CodeIndex, prefix: string, limit: number): number[] {
  const ids: number[] = [];
  for (const { codes, ids: groupIds } of index.byLength.values()) {
    const [from, to] = prefixRange(codes, prefix);
    for (let i = from; i < to && ids.length < limit; i++) ids.push(groupIds[i]!);
    if (ids.length >= limit) break;
  }
  return ids;
}

/** Rough bytes held by the index (typed arrays exactly, strings at 2 bytes a character plus headers). */
export function suggestIndexBytes(index: SuggestIndex): number {
  const lists = (l: { start: Uint32Array; items: { byteLength: number } }) => l.start.byteLength + l.items.byteLength;
  const strings = (a: string[]) => a.reduce((n, s) => n + 16 + 2 * s.length, 0);
  return (
    index.rowEntry.byteLength +
    index.rowSource.byteLength +
    index.labelStart.byteLength +
    index.labels.byteLength +
    lists(index.rowWords) +
    lists(index.postings) +
    lists(index.firstPostings) +
    lists(index.stemWords) +
    strings(index.words) +
    strings(index.stems)
  );
}
