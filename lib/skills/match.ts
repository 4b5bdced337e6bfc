import { stemWord } from "@/lib/search/stem";
import { foldedWords, tokenizeWithOffsets } from "@/lib/search/tokens";

/**
 * "Who needs this?": finds the texts that say what an occupation involves — profile knowledge and
 * skill items, ESCO skills, the occupation's name and official description, the tasks of its unit
 * group and the crosswalk ESCO occupations' labels and descriptions — that contain every word of a
 * phrase, in any inflected form (Polish and Kazakh stems, as search uses), the last word also as
 * a prefix, and ranks the occupations they describe. Pure: the caller gives the items
 * (lib/data/skills.ts reads them once per data version).
 */

export type SkillItemKind = "name" | "knowledge" | "skill" | "esco" | "description" | "esco-occupation" | "group-task";

export type SkillItem = {
  kind: SkillItemKind;
  text: string;
  lang: string;
  /** Where in the occupation the text sits: task code ("Z3"), unit group ("4222"), ESCO code; null when the kind says it all. */
  ref: string | null;
  /** Occupations that the text describes. */
  occupations: readonly string[];
  /** Per occupation, its own ref when it differs from `ref` (the same task item under Z2 in one profile, Z5 in another). */
  refs?: readonly (string | null)[];
  /** The row behind the text: EscoSkill id for ESCO skills, the first TaskItem id for profile items. */
  sourceId?: number;
};

/**
 * How much a match in each kind of text says about an occupation. The occupation's own name and
 * its own requirements weigh most; its description next; texts shared with others (a crosswalk
 * ESCO occupation, the tasks of the whole unit group) less, since they describe many occupations.
 */
const KIND_WEIGHT: Record<SkillItemKind, number> = {
  name: 1.6,
  knowledge: 1,
  skill: 1,
  esco: 1,
  description: 0.8,
  "esco-occupation": 0.7,
  "group-task": 0.5,
};

/** How fast a text's weight falls with the number of occupations it describes (holders^−d). */
const SHARED_TEXT_DAMPING = 0.3;

type Indexed = { item: SkillItem; stemCount: number };

export type SkillIndex = {
  items: Indexed[];
  postings: Map<string, Int32Array>;
  /** Folded word → its stem, for prefix matching of the last word. */
  vocabulary: Map<string, string>;
  /** Per occupation, how many distinct texts the index holds for it (the denominator of "central"). */
  textsPerOccupation: Map<string, number>;
};

/** Words that only make a phrase stricter ("zasady obsługi i konserwacji"). Folded. */
const STOPWORDS = new Set([
  "i",
  "oraz",
  "lub",
  "w",
  "z",
  "ze",
  "do",
  "na",
  "o",
  "u",
  "a",
  "dla",
  "po",
  "od",
  "za",
  "przez",
  "sie",
  "the",
  "of",
  "and",
  "in",
  "жане",
  "мен",
  "бен",
  "пен",
]);

export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}

export function buildSkillIndex(items: readonly SkillItem[]): SkillIndex {
  const postings = new Map<string, number[]>();
  const vocabulary = new Map<string, string>();
  const textsPerOccupation = new Map<string, number>();
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
    for (const code of item.occupations) textsPerOccupation.set(code, (textsPerOccupation.get(code) ?? 0) + 1);
    // Neither the stem set nor the folded text is kept: postings answer membership, the few
    // candidates of a query are folded again, and 100k+ Sets and strings would cost tens of MB.
    return { item, stemCount: stems.size };
  });
  const packed = new Map<string, Int32Array>();
  for (const [stem, list] of postings) packed.set(stem, Int32Array.from(list));
  return { items: indexed, postings: packed, vocabulary, textsPerOccupation };
}

/** A text's folded words joined by one space (for phrase and prefix checks on a query's candidates). */
export function foldedText(text: string): string {
  return foldedWords(text).join(" ");
}

export type QueryTerms = { folded: string[]; stems: string[][]; phrase: string };

/** The phrase's words (stop words dropped unless nothing else is left), each with the stems it may match. */
export function queryTerms(index: SkillIndex, query: string, maxTerms = 8, minPrefix = 3): QueryTerms {
  const all = foldedWords(query.slice(0, 200));
  const meaningful = all.filter((w) => !STOPWORDS.has(w));
  const folded = (meaningful.length > 0 ? meaningful : all).slice(0, maxTerms);
  const stems = folded.map((word, i) => {
    const own = stemWord(word);
    if (i !== folded.length - 1 || word.length < minPrefix) return [own];
    // The last word may be unfinished: every indexed word it starts also counts.
    const expanded = new Set([own]);
    for (const [vocabWord, stem] of index.vocabulary) if (vocabWord.startsWith(word)) expanded.add(stem);
    return [...expanded];
  });
  return { folded, stems, phrase: all.join(" ") };
}

export type ItemMatch = { index: number; score: number };
export type OccupationMatch = { code: string; score: number; matches: ItemMatch[] };

/** Items holding a stem of every term (the rarest term's postings first keeps this small). */
export function candidateItems(index: SkillIndex, stems: string[][]): number[] {
  const perTerm = stems.map((alternatives) => {
    const set = new Set<number>();
    for (const s of alternatives) for (const i of index.postings.get(s) ?? []) set.add(i);
    return set;
  });
  perTerm.sort((a, b) => a.size - b.size);
  const [first, ...rest] = perTerm;
  return [...(first ?? [])].filter((i) => rest.every((set) => set.has(i)));
}

/**
 * Occupations ranked so that those where the phrase is central come first. An item scores by the
 * rarity of the words (idf) over its length (a short item that *is* the phrase beats a long one
 * that mentions it), plus a bonus when the words stand together; it counts for an occupation by
 * its kind's weight. Per occupation the best item counts fully and each further one half as much
 * as the one before, and the whole is raised by the share of the occupation's texts that match:
 * three of five skills about customer service say more than three of ninety.
 */
export function searchSkills(index: SkillIndex, query: string): { terms: QueryTerms; items: ItemMatch[]; occupations: OccupationMatch[] } {
  const terms = queryTerms(index, query);
  if (terms.folded.length === 0) return { terms, items: [], occupations: [] };
  const n = index.items.length;
  const idf = (stems: string[]) => Math.log(1 + n / Math.max(1, Math.max(...stems.map((s) => index.postings.get(s)?.length ?? 0))));
  const candidates = candidateItems(index, terms.stems);

  const weights = terms.stems.map(idf);
  const wordWeight = weights.reduce((sum, w) => sum + w, 0);
  const items: ItemMatch[] = candidates.map((i) => {
    const entry = index.items[i]!;
    const base = wordWeight / Math.sqrt(Math.max(entry.stemCount, terms.folded.length));
    const isPhrase = terms.folded.length > 1 && ` ${foldedText(entry.item.text)} `.includes(` ${terms.phrase} `);
    return { index: i, score: base + (isPhrase ? 2 : 0) };
  });
  items.sort((a, b) => b.score - a.score || a.index - b.index);

  const byCode = new Map<string, ItemMatch[]>();
  for (const match of items) {
    const { item } = index.items[match.index]!;
    // A text shared by many occupations (a common ESCO skill, a group's task) says less about each.
    const specificity = item.occupations.length ** -SHARED_TEXT_DAMPING;
    const weighted = { index: match.index, score: match.score * KIND_WEIGHT[item.kind] * specificity };
    for (const code of item.occupations) {
      const list = byCode.get(code) ?? [];
      list.push(weighted);
      byCode.set(code, list);
    }
  }
  const occupations = [...byCode].map(([code, matches]) => {
    matches.sort((a, b) => b.score - a.score || a.index - b.index);
    // Per kind of text, the best match counts fully and each further one half as much as the one
    // before: a phrase found in the name, the description and the skills is central; ten
    // mentions in one kind of text are not ten times one.
    const seenPerKind = new Map<SkillItemKind, number>();
    let sum = 0;
    for (const m of matches) {
      const kind = index.items[m.index]!.item.kind;
      const k = seenPerKind.get(kind) ?? 0;
      seenPerKind.set(kind, k + 1);
      sum += m.score / 2 ** k;
    }
    const share = matches.length / Math.max(1, index.textsPerOccupation.get(code) ?? 1);
    return { code, matches, score: sum * (1 + Math.sqrt(share)) };
  });
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
