/**
 * A light English stemmer for lexicon matching: plurals only ("programmers", "nurses", "companies",
 * "addresses"). Job titles and skill words are nouns, and a fuller stemmer (Porter) would fold
 * "programmer" into "program", a different concept. Input: a folded word.
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
