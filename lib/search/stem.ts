/**
 * One stem function for index and query: Polish rules for Latin words, Kazakh rules for Cyrillic
 * words; digits and other scripts stay as they are. Memoised, because the full index build stems
 * about half a million words with a vocabulary of a few tens of thousands.
 */
import { stemKazakh } from "./stem-kk";
import { stemPolish } from "./stem-pl";
import { foldedWords, isCyrillic, rawWords } from "./tokens";

const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

/** Stem of one folded word (lower case, no diacritics). */
export function stemWord(folded: string): string {
  const known = memo.get(folded);
  if (known !== undefined) return known;
  const stem = isCyrillic(folded) ? stemKazakh(folded) : stemPolish(folded);
  // A crude bound: the index vocabulary is far below it; only hostile queries could fill it.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(folded, stem);
  return stem;
}

const rawMemo = new Map<string, string>();

/**
 * The stemmed copy of a text, word for word, for the *_stem columns of the index. Folding is per
 * word and memoised by the word as written: Unicode normalisation of 4 MB of text would otherwise
 * be a third of the index build.
 */
export function stemText(text: string): string {
  const stems: string[] = [];
  for (const raw of rawWords(text)) {
    let stemmed = rawMemo.get(raw);
    if (stemmed === undefined) {
      // Most words are plain ASCII: lower-casing is all the folding they need.
      stemmed = /^[A-Z0-9]+$/i.test(raw) ? stemWord(raw.toLowerCase()) : foldedWords(raw).map(stemWord).join(" ");
      if (rawMemo.size >= MEMO_LIMIT) rawMemo.clear();
      rawMemo.set(raw, stemmed);
    }
    if (stemmed) stems.push(stemmed);
  }
  return stems.join(" ");
}

/**
 * stemText with a cache of whole texts, for one index build: ESCO skills and titles repeat across
 * occupations (22k skill lines, 7.6k distinct), so most lines are stemmed once.
 */
export function createTextStemmer(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let stemmed = cache.get(text);
    if (stemmed === undefined) {
      stemmed = stemText(text);
      cache.set(text, stemmed);
    }
    return stemmed;
  };
}
