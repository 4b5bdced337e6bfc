/**
 * A light Kazakh stemmer: Kazakh is agglutinative, so a noun carries plural, possessive and case
 * endings one after the other ("сервер-лер-де" = on the servers). Stripping at most three of the
 * common endings makes "серверлерде", "серверлердің" and "серверге" meet on "сервер". Works on
 * folded words (lower case; й folds to и like every diacritic).
 */

/** Case endings (locative, ablative, genitive, dative, accusative, instrumental), then plural, then possessive. */
const CASE = [
  "нда",
  "нде",
  "да",
  "де",
  "та",
  "те",
  "нан",
  "нен",
  "дан",
  "ден",
  "тан",
  "тен",
  "ның",
  "нің",
  "дың",
  "дің",
  "тың",
  "тің",
  "на",
  "не",
  "ға",
  "ге",
  "қа",
  "ке",
  "ны",
  "ні",
  "ды",
  "ді",
  "ты",
  "ті",
  "мен",
  "бен",
  "пен",
];
const PLURAL = ["лар", "лер", "дар", "дер", "тар", "тер"];
const POSSESSIVE = ["сы", "сі", "ы", "і"];

const MIN_STEM = 4;

function stripOne(word: string, endings: string[]): string {
  for (const e of endings) {
    if (word.endsWith(e) && word.length - e.length >= MIN_STEM) return word.slice(0, -e.length);
  }
  return word;
}

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
const CASE_SORTED = byLength(CASE);
const PLURAL_SORTED = byLength(PLURAL);
const POSSESSIVE_SORTED = byLength(POSSESSIVE);

/**
 * The agent suffix -шы/-ші makes most occupation words (бағдарламашы, жүргізуші, сатушы): its
 * vowel is part of the word, not the possessive "ы"/"і", or "бағдарламашы" and its plural
 * "бағдарламашылар" would fold apart. The cost is a rare noun ending in "ш" with a bare
 * possessive ("ағашы", its tree), which keeps the "ы".
 */
const AGENT_SUFFIX = /ш[ыі]$/;

export function stemKazakh(word: string): string {
  if (word.length <= MIN_STEM) return word;
  const noCase = stripOne(word, CASE_SORTED);
  const noPossessive = AGENT_SUFFIX.test(noCase) ? noCase : stripOne(noCase, POSSESSIVE_SORTED);
  return stripOne(noPossessive, PLURAL_SORTED);
}
