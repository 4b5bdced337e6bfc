/**
 * The comparison key of a knowledge, skill, task or requirement item: two items are "the same"
 * when their keys are equal. Pure.
 *
 * What is ignored, and why:
 * - case, and diacritics: Polish (ą ę ł ó …) and Kazakh (ә ғ қ ң ө ұ ү һ і) letters fold to their
 *   base letter, because the same text is often typed without them (a Russian keyboard has no ә,
 *   a phone keyboard drops ą);
 * - Latin/Cyrillic look-alikes inside one word ("cервер" with a Latin c), which copying from PDFs
 *   and mixed keyboards produce; the word is read in the script most of its letters are in;
 * - punctuation, list markers ("•", "a)", "1."), brackets and quotes;
 * - glossary reference numbers that INFOdoradca+ pages put after a term ("strategię 24 klienta")
 *   while numbers that carry meaning stay ("co najmniej 2 lata", "кемінде 2 жыл");
 * - noise abbreviations (itp., np., tj., т.б.) and "i"/"oraz"/"және", so "A i B" meets "A oraz B".
 * Words are not stemmed: a shared mark must mean the same item, not a similar one.
 */

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** Kazakh letters that a Russian or Latin keyboard writes with the base letter. */
const KAZAKH_FOLD: Record<string, string> = { ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и" };

/** Lower-case Latin letters that look like Cyrillic ones, and back. */
const LATIN_TO_CYRILLIC: Record<string, string> = { a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", i: "і", k: "к", m: "м", h: "һ", t: "т", b: "в" };
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(Object.entries(LATIN_TO_CYRILLIC).map(([l, c]) => [c, l]));

/** Abbreviations that add nothing to an item's meaning (folded, dots removed). */
const NOISE_WORDS = new Set(["itp", "itd", "np", "tj", "etc", "tzw", "тб", "тсс", "тс", "тд", "тп"]);
/** Conjunctions that are written interchangeably ("A i B" / "A oraz B"; "A және B" / "A мен B"). */
const AND_WORDS = new Set(["i", "oraz", "and", "и", "жане", "мен", "бен", "пен"]);

/** Words after which a number is a quantity, not a glossary reference (folded). */
const GOVERNS_NUMBER = new Set([
  "z",
  "ze",
  "od",
  "do",
  "co",
  "najmniej",
  "min",
  "max",
  "nr",
  "ok",
  "okolo",
  "ponad",
  "powyzej",
  "ponizej",
  "przez",
  "po",
  "na",
  "w",
  "o",
  "lat",
  "rok",
  "kategorii",
  "klasy",
  "stopnia",
  "poziomu",
  "grupy",
  "art",
  "ust",
  "pkt",
  "par",
  "kod",
  "level",
  "at",
  "least",
  "кеминде",
  "кем",
  "деиин",
  "астам",
  "от",
  "до",
  "не",
  "менее",
  "более",
  "санаты",
  "денгеи",
  "разряд",
]);
/** Words before which a number is a quantity ("2 lata", "2 жыл", "18 marca"). */
const UNIT_AFTER_NUMBER =
  /^(?:lat|lata|rok|roku|miesiac|miesiecy|miesiace|tygodni|dni|dnia|godz|godzin|h|zl|proc|procent|osob|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia|жыл|жылдан|аи|сагат|кун|адам|тенге|years?|months?)$/u;

/** Lower-case, NFKD-folded, Polish ł and Kazakh letters to their base letter. */
export function foldLetters(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ł/g, "l")
    .replace(/[әғқңөұүһі]/g, (ch) => KAZAKH_FOLD[ch] ?? ch);
}

/** One word in one script: Latin look-alikes in a mostly Cyrillic word become Cyrillic, and back. */
export function repairMixedScript(word: string): string {
  const letters = [...word];
  const cyrillic = letters.filter((ch) => CYRILLIC.test(ch)).length;
  const latin = letters.filter((ch) => LATIN.test(ch)).length;
  if (cyrillic === 0 || latin === 0) return word;
  const table = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  return letters.map((ch) => table[ch] ?? ch).join("");
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Folded words of a text, punctuation and list markers dropped, scripts repaired. */
function foldedWordsOf(text: string): string[] {
  const withoutMarker = text.replace(/^\s*(?:[•·▪◦‣\-–—*]+|\(?(?:\d{1,2}|[a-zA-Z])[.)])\s+/u, "");
  // Dotted abbreviations first, so "m.in." and "т.с.с." do not leave single letters behind.
  // NOTE: JavaScript's \b is ASCII-only even with /u, hence the explicit look-behind.
  const joined = withoutMarker.replace(/(?<![\p{L}\p{N}])m\.\s?in\./giu, " ").replace(/(?<![\p{L}\p{N}])(\p{L})\.(\p{L})\.(?:(\p{L})\.)?/gu, "$1$2$3");
  const lowered = joined.toLowerCase().match(WORD_RE) ?? [];
  return lowered.map((w) => foldLetters(repairMixedScript(w)));
}

function isGlossaryNumber(words: string[], i: number): boolean {
  const word = words[i]!;
  if (!/^\d{1,2}$/.test(word) || i === 0) return false;
  const before = words[i - 1]!;
  if (!/(?<!\p{L})\p{L}{2,}$/u.test(before) || GOVERNS_NUMBER.has(before)) return false;
  const after = words[i + 1];
  return after === undefined || (!/^\d/.test(after) && !UNIT_AFTER_NUMBER.test(after));
}

/**
 * The comparison key: folded words without noise, joined by one space. "" for text with no words.
 * "Zasady komunikacji 3 z użytkownikami;" and "zasady komunikacji z uzytkownikami" give one key.
 */
export function normalizeItem(text: string): string {
  const words = foldedWordsOf(text);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (NOISE_WORDS.has(w) || AND_WORDS.has(w) || isGlossaryNumber(words, i)) continue;
    kept.push(w);
  }
  return kept.join(" ");
}
