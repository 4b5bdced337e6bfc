/**
 * "OPIS STANOWISKA PRACY PRACOWNIKA URZĘDU MIEJSKIEGO W KROBI" names the employer in the genitive
 * and in capitals. The catalogue shows it as "Urząd Miejski w Krobi": sentence case with
 * prepositions in lower case, and the head noun with its adjectives put back in the nominative.
 * Only common public employers are known; anything else keeps its words, only re-cased.
 */

type Gender = "m" | "f" | "n";

const HEAD_NOUNS: Record<string, { nominative: string; gender: Gender }> = {
  urzędu: { nominative: "Urząd", gender: "m" },
  starostwa: { nominative: "Starostwo", gender: "n" },
  ośrodka: { nominative: "Ośrodek", gender: "m" },
  zespołu: { nominative: "Zespół", gender: "m" },
  zarządu: { nominative: "Zarząd", gender: "m" },
  instytutu: { nominative: "Instytut", gender: "m" },
  domu: { nominative: "Dom", gender: "m" },
  szkoły: { nominative: "Szkoła", gender: "f" },
  biblioteki: { nominative: "Biblioteka", gender: "f" },
  przedszkola: { nominative: "Przedszkole", gender: "n" },
  centrum: { nominative: "Centrum", gender: "n" },
  muzeum: { nominative: "Muzeum", gender: "n" },
};

const LOWER_CASE_WORDS = new Set(["w", "we", "z", "ze", "i", "o", "na", "do", "dla", "ds.", "im.", "pod", "przy", "oraz"]);

function adjectiveToNominative(word: string, gender: Gender): string | null {
  if (gender === "f") return word.endsWith("iej") ? `${word.slice(0, -3)}a` : word.endsWith("ej") ? `${word.slice(0, -2)}a` : null;
  if (!word.endsWith("ego")) return null;
  const stem = word.slice(0, -3);
  if (gender === "n") return `${stem}e`;
  return /[kg]i$/u.test(stem) ? stem : stem.endsWith("i") ? stem : `${stem}y`;
}

function recase(word: string, index: number): string {
  const lower = word.toLocaleLowerCase("pl");
  if (index > 0 && LOWER_CASE_WORDS.has(lower)) return lower;
  if (word === word.toLocaleUpperCase("pl") && /\p{Lu}/u.test(word) && word.length > 3) {
    return lower.charAt(0).toLocaleUpperCase("pl") + lower.slice(1);
  }
  return word;
}

export function employerFromGenitive(phrase: string): string {
  const words = phrase.split(/\s+/u).filter(Boolean).map(recase);
  const head = HEAD_NOUNS[(words[0] ?? "").toLocaleLowerCase("pl")];
  if (!head) return words.join(" ");
  words[0] = head.nominative;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? "";
    if (!/^\p{Lu}/u.test(word)) break;
    const nominative = adjectiveToNominative(word, head.gender);
    if (nominative === null) break;
    words[i] = nominative;
  }
  return words.join(" ");
}
