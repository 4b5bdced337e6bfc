/**
 * Query expansion through the lexicon (docs/decisions/0020-lexicon.md). Pure: the lexicon rows and
 * the query's words in, the concepts they name and the KZiS codes and Polish terms those point to
 * out. Both search engines (lib/search/engine.ts, lib/search/pg/engine.ts) use it the same way.
 *
 * A query word is compared with a term's word by stem, each language by its own rules: Kazakh
 * (stem-kk.ts) and Russian (stem-ru.ts) fold case endings, English plurals; the query's language is
 * not guessed, every language's stem of the word is looked up in that language's terms. Multi-word
 * terms ("email administrator", "ақпараттық технологиялар") match the query's words side by side,
 * longest term first. Search does not match Polish terms: the index itself is Polish, stemmed by
 * the Polish rules (stem-pl.ts), and a Polish query needs no translation. The code suggester does
 * (`withPolish`): a Polish job description's words name concepts too (lib/lexicon/suggest.ts).
 */
import { isGroupConcept, lexiconLangSchema, type LexiconLang } from "@/lib/validation/lexicon";
import { foldText } from "@/lib/text";
import { STOPWORDS } from "@/lib/search/query";
import { stemEnglish } from "@/lib/search/stem-en";
import { stemPolish } from "@/lib/search/stem-pl";
import { stemKazakh } from "@/lib/search/stem-kk";
import { stemRussian } from "@/lib/search/stem-ru";
import { foldedWords, rawWords } from "@/lib/search/tokens";

/** A row as the search reads it from LexiconTerm: position 1 first per (concept, lang). */
export type LexiconTermRow = { concept: string; lang: string; position: number; term: string; codes: string; source?: string };

const MATCHED_LANGS = ["kk", "ru", "en"] as const satisfies readonly LexiconLang[];

/** A Latin "i" typed inside a Cyrillic word stands for the Kazakh "і" (keyboards without it). */
const latinIInCyrillic = (word: string) => (/\p{Script=Cyrillic}/u.test(word) ? word.replace(/i/g, "і") : word);

/** The stem of one word, lower-cased as typed, by the rules of `lang`; folded after stemming, so "й"/"ё" compare like the index. */
export function stemFor(lang: LexiconLang, word: string): string {
  const lower = word.normalize("NFC").toLowerCase();
  if (lang === "ru") return foldText(stemRussian(lower));
  const folded = foldedWords(lang === "kk" ? latinIInCyrillic(lower) : lower).join("");
  return lang === "kk" ? stemKazakh(folded) : lang === "pl" ? stemPolish(folded) : stemEnglish(folded);
}

/**
 * The keys a term's word is indexed under: its stem, and for Russian also the stem without the
 * fleeting "е" of "-ец", which Snowball leaves ("продавец", but "продавцы", "продавца" → "продавц").
 */
function termStems(lang: LexiconLang, word: string): string[] {
  const stem = stemFor(lang, word);
  return lang === "ru" && /[^аеиоуыэюя]ец$/.test(stem) ? [stem, `${stem.slice(0, -2)}ц`] : [stem];
}

/** Every combination of the words' keys, space-joined (terms have a few words; most have one key each). */
const keysOf = (stems: string[][]): string[] => stems.reduce<string[]>((keys, options) => keys.flatMap((k) => options.map((o) => (k ? `${k} ${o}` : o))), [""]);

/** The meaningful words of a text as the query parser keeps them (its stopwords dropped). */
const wordsOf = (text: string) => rawWords(text.normalize("NFC").toLowerCase()).filter((w) => !STOPWORDS.has(foldText(w)));

export type LexiconConcept = { concept: string; codes: string[]; polish: string | null };

export type LexiconIndex = {
  /** Per language: the stems of a term's words, space-joined → the concepts with that term. */
  terms: Record<LexiconLang, Map<string, Set<string>>>;
  /** Longest term, in words: how far a match looks ahead. */
  maxWords: number;
  concepts: Map<string, LexiconConcept>;
};

export function buildLexiconIndex(rows: LexiconTermRow[]): LexiconIndex {
  const index: LexiconIndex = { terms: { pl: new Map(), kk: new Map(), ru: new Map(), en: new Map() }, maxWords: 1, concepts: new Map() };
  // An editor's rows first: a concept's codes are taken from its first row, and an editor who changed
  // them in one language (lib/lexicon/edit.ts) outranks the seed's rows of its other languages.
  const editorFirst = (row: LexiconTermRow) => (row.source === "editor" ? 0 : 1);
  const sorted = [...rows].sort((a, b) => editorFirst(a) - editorFirst(b) || a.position - b.position);
  for (const row of sorted) {
    let concept = index.concepts.get(row.concept);
    if (!concept) {
      // A group's concept is its own code; a word's codes are listed on its rows (the first row's are its codes).
      const codes = isGroupConcept(row.concept) ? [row.concept] : row.codes.split(/\s+/).filter(Boolean);
      concept = { concept: row.concept, codes, polish: null };
      index.concepts.set(row.concept, concept);
    }
    if (row.lang === "pl") concept.polish ??= row.term;
    if (!lexiconLangSchema.safeParse(row.lang).success) continue;
    const lang = row.lang as LexiconLang;
    const words = wordsOf(row.term);
    if (words.length === 0) continue;
    for (const key of keysOf(words.map((w) => termStems(lang, w)))) {
      let set = index.terms[lang].get(key);
      if (!set) index.terms[lang].set(key, (set = new Set()));
      set.add(row.concept);
    }
    index.maxWords = Math.max(index.maxWords, words.length);
  }
  return index;
}

export type Expansion = {
  /** The concepts the query names, in query order. */
  concepts: LexiconConcept[];
  /** Every meaningful word of the query is part of a matched term: the query is wholly a lexicon term or terms. */
  isComplete: boolean;
  /** How many times each concept was named: a document's frequent words weigh more (lib/lexicon/suggest.ts). */
  hits: Map<string, number>;
};

/** The concepts named by `words` (the query's words as typed, lower case); `withPolish`: by Polish terms too. */
export function expandWords(index: LexiconIndex, words: string[], options: { withPolish?: boolean } = {}): Expansion {
  const langs: LexiconLang[] = options.withPolish ? ["pl", ...MATCHED_LANGS] : [...MATCHED_LANGS];
  const meaningful = words.filter((w) => !STOPWORDS.has(foldText(w)));
  const stems = Object.fromEntries(langs.map((lang) => [lang, meaningful.map((w) => stemFor(lang, w))])) as Record<LexiconLang, string[]>;
  const found = new Map<string, LexiconConcept>();
  const hits = new Map<string, number>();
  let covered = 0;
  for (let i = 0; i < meaningful.length;) {
    let length = 0;
    for (let n = Math.min(index.maxWords, meaningful.length - i); n >= 1 && length === 0; n--) {
      for (const lang of langs) {
        const concepts = index.terms[lang].get(stems[lang].slice(i, i + n).join(" "));
        if (!concepts) continue;
        length = n;
        for (const c of concepts) {
          found.set(c, index.concepts.get(c)!);
          hits.set(c, (hits.get(c) ?? 0) + 1);
        }
      }
    }
    covered += length;
    i += Math.max(length, 1);
  }
  return { concepts: [...found.values()], isComplete: meaningful.length > 0 && covered === meaningful.length, hits };
}

/**
 * How an entry's code answers the concepts: how many concepts point at it or at a group above it,
 * its best place in one concept's list (a code a concept lists first, itself before its
 * descendants), and the places summed. Compared in that order, higher first; null when no concept
 * points at it.
 */
export function conceptScore(concepts: LexiconConcept[], code: string): { count: number; best: number; sum: number } | null {
  let count = 0;
  let best = 0;
  let sum = 0;
  for (const { codes } of concepts) {
    let place = -1;
    codes.forEach((c, i) => {
      const exact = c === code;
      if (!exact && !code.startsWith(c)) return;
      // A listed code itself first, in list order; then the descendants of listed groups, nearest first.
      place = Math.max(place, exact ? 1000 - i : 500 - i * 10 - (code.length - c.length));
    });
    if (place >= 0) {
      count++;
      best = Math.max(best, place);
      sum += place;
    }
  }
  return count === 0 ? null : { count, best, sum };
}
