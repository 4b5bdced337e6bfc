/**
 * A light Polish stemmer: strips one inflectional ending from a folded word (lower case, no
 * diacritics, ł → l) and evens out a few consonant alternations. It is not linguistically exact;
 * what search needs is that the forms of one word land on the same stem ("administratorzy",
 * "administratorem" → "administrator"; "zarządzaniem", "zarządzać" → "zarzadz"), and that the
 * same function runs at index time and at query time. Exact forms still rank first because the
 * index keeps the unstemmed text in columns of higher weight.
 *
 * No maintained Polish stemmer is on npm (Snowball's JS ports have none; Stempel is Java), so
 * this is a small suffix list in the spirit of the "light stemmers" used for Polish IR.
 */

/** Endings, any order: they are tried longest first. Folded spelling (ą → a, ę → e, ó → o, ś → s …). */
const SUFFIXES = [
  // verbal nouns and participles: -owanie, -anie, -enie and their cases
  "owaniami",
  "owaniach",
  "owaniem",
  "owania",
  "owaniu",
  "owanie",
  "owanych",
  "owanymi",
  "owanym",
  "owanego",
  "owanemu",
  "owanej",
  "owana",
  "owane",
  "owany",
  "owac",
  "owal",
  "owali",
  "ywaniami",
  "ywaniach",
  "ywaniem",
  "ywania",
  "ywaniu",
  "ywanie",
  "ywac",
  "aniami",
  "aniach",
  "aniem",
  "ania",
  "aniu",
  "anie",
  "anych",
  "anymi",
  "anym",
  "anego",
  "anemu",
  "anej",
  "ana",
  "ane",
  "any",
  "ac",
  "eniami",
  "eniach",
  "eniem",
  "enia",
  "eniu",
  "enie",
  "onych",
  "onymi",
  "onym",
  "onego",
  "onemu",
  "onej",
  "ona",
  "one",
  "ony",
  // -acja nouns, so "konfiguracja" meets "konfigurowanie"
  "acjami",
  "acjach",
  "acjom",
  "acja",
  "acji",
  "acje",
  // verbs
  "ujacych",
  "ujacymi",
  "ujacym",
  "ujacego",
  "ujacej",
  "ujaca",
  "ujace",
  "ujacy",
  "ujac",
  "uja",
  "uje",
  "ujesz",
  "ujemy",
  "ywac",
  "iwac",
  "ic",
  "yc",
  // adjectives
  "owego",
  "owemu",
  "owych",
  "owymi",
  "owym",
  "owej",
  "owa",
  "owe",
  "owy",
  "iego",
  "iemu",
  "iej",
  "ich",
  "imi",
  "im",
  "ego",
  "emu",
  "ych",
  "ymi",
  "ym",
  "ej",
  // nouns
  "owie",
  "owi",
  "ow",
  "ami",
  "ach",
  "om",
  "iem",
  "em",
  "ie",
  "ii",
  "ia",
  "iu",
  "a",
  "e",
  "i",
  "o",
  "u",
  "y",
];

/** Endings grouped by their last letter, longest first: a word is checked against a dozen, not all. */
const SUFFIXES_BY_LAST = new Map<string, string[]>();
for (const suffix of [...new Set(SUFFIXES)].sort((a, b) => b.length - a.length)) {
  const last = suffix.slice(-1);
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), suffix]);
}

const MIN_STEM = 3;

/**
 * Endings that also close common nominatives ("system", "problem", "agronom"): stripped only from
 * long words, so "systemem" → "system" but "system" stays whole (and "systemu" loses only its "u").
 */
const MIN_STEM_FOR: Record<string, number> = { em: 6, om: 6, emu: 6 };

/** Stem of one folded Polish word (see foldText). Words of 3 letters or fewer stay as they are. */
export function stemPolish(word: string): string {
  if (word.length <= MIN_STEM || !/^[a-z]+$/.test(word)) return word;
  let stem = word;
  // "projektanci", "konsultanci": -nci is the plural of -nt.
  if (word.endsWith("nci") && word.length - 1 > MIN_STEM) return word.slice(0, -3) + "nt";
  // Fleeting e: "pielęgniarek" / "pielęgniarka", "podatek" / "podatku" all meet on "…k".
  if (/[^aeiouy]ek$/.test(word) && word.length - 2 >= MIN_STEM) return word.slice(0, -2) + "k";
  for (const suffix of SUFFIXES_BY_LAST.get(word.slice(-1)) ?? []) {
    if (word.endsWith(suffix) && word.length - suffix.length >= (MIN_STEM_FOR[suffix] ?? MIN_STEM)) {
      stem = word.slice(0, -suffix.length);
      break;
    }
  }
  return evenAlternations(stem);
}

/** rz ~ r (lekarz / lekarze, administrator / administratorzy), c ~ k after i/y (użytkownicy / użytkownik). */
function evenAlternations(stem: string): string {
  if (stem.endsWith("rz")) return stem.slice(0, -1);
  if (stem.length > MIN_STEM && (stem.endsWith("nic") || stem.endsWith("yc"))) return stem.slice(0, -1) + "k";
  return stem;
}
