import iconv from "iconv-lite";

/**
 * Text helpers of the import path. Pure: bytes or strings in, strings out.
 */

// ---------------------------------------------------------------------------
// Bytes → text
// ---------------------------------------------------------------------------

const POLISH_LETTERS = /[ąćęłńóśźż]/giu;

/**
 * Decode a file's bytes: a BOM decides first (UTF-8, UTF-16 LE/BE); then strict UTF-8; bytes that
 * are not valid UTF-8 are a legacy Polish code page. Windows-1250 and ISO-8859-2 differ only in a
 * few letters (ą ś ź Ą Ś Ź), so both are tried and the one giving more Polish letters wins
 * (ties go to Windows-1250, the usual one for Word/Windows exports).
 * The result is NFC with the BOM removed; line ends and spaces are left to normalizeUnicode.
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeWithEncoding(bytes).text;
}

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1250" | "iso-8859-2";

/** decodeText, also saying which encoding it took (the import checks a legacy guess further). */
export function decodeWithEncoding(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { text, encoding } = decodeRaw(bytes);
  return { text: text.normalize("NFC").replace(/^\uFEFF/u, ""), encoding };
}

function decodeRaw(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (b0 === 0xff && b1 === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "utf-16le" };
  if (b0 === 0xfe && b1 === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "utf-16be" };

  const bomless16 = guessBomlessUtf16(bytes);
  if (bomless16) return { text: iconv.decode(Buffer.from(bytes), bomless16), encoding: bomless16 };

  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const buffer = Buffer.from(bytes);
    const cp1250 = iconv.decode(buffer, "windows-1250");
    const latin2 = iconv.decode(buffer, "iso-8859-2");
    return countMatches(latin2, POLISH_LETTERS) > countMatches(cp1250, POLISH_LETTERS)
      ? { text: latin2, encoding: "iso-8859-2" }
      : { text: cp1250, encoding: "windows-1250" };
  }
}

/**
 * UTF-16 without a BOM (some Windows tools write it): text in Latin or Cyrillic script then has a
 * zero in almost every high (LE: odd) byte and almost no zero in the low bytes.
 */
function guessBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.min(Math.floor(bytes.length / 2), 4096);
  if (pairs < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return "utf-16le";
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return "utf-16be";
  return null;
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

// ---------------------------------------------------------------------------
// Unicode and white space
// ---------------------------------------------------------------------------

/*
 * Linear time: every pattern of the import runs once over texts of up to MAX_IMPORT_BYTES, so none
 * may try a run of characters again from each of its positions ("a run of 40,000 spaces not at a
 * line end" took 10 s). A run that must be followed by something ("spaces before a line end",
 * "spaces before a comma") starts only where the run starts: the look-behind (?<! ) makes every
 * other start fail at once. `npm run lint` (eslint-plugin-regexp) flags patterns that break this.
 */
const TRAILING_SPACES = /(?<! ) +$/gmu;

/**
 * NFC, no BOM, Unix line ends, no soft hyphens or zero-width characters, exotic spaces as
 * plain spaces, a form feed (PDF page break) as a blank line, no trailing spaces on a line.
 * Leading spaces are kept: in text extracted from a PDF they are all that is left of a bullet.
 */
export function normalizeUnicode(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\uFEFF/gu, "")
    .replace(/\r\n?/gu, "\n")
    .replace(/\f/gu, "\n\n")
    .replace(/[\u00AD\u200B-\u200D\u2060]/gu, "")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/gu, " ")
    .replace(TRAILING_SPACES, "");
}

/**
 * The Latin "i"/"I" typed for the Kazakh "і"/"І" (keyboards without a Kazakh layout; many pages do
 * it): inside a Cyrillic word it is the Kazakh letter ("бiлiктiлiк" → "біліктілік"), so headings
 * and search find it. A Latin word ("iPhone", "Wi-Fi") has no Cyrillic neighbour and stays.
 */
export function repairLatinI(text: string): string {
  return text.replace(/(?<=\p{Script=Cyrillic})i|i(?=\p{Script=Cyrillic})/giu, (c) => (c === "i" ? "і" : "І"));
}

/** Collapse runs of white space (new lines included) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/**
 * Remove the spaces a PDF layout leaves before punctuation and inside brackets:
 * "szerokopasmowego , serwisu" → "szerokopasmowego, serwisu", "pracy ." → "pracy.", "( a )" → "(a)".
 */
export function tidyPunctuation(text: string): string {
  return text.replace(/(?<!\s)\s+([,;:.!?)\]”])/gu, "$1").replace(/([([„])\s+/gu, "$1");
}

/** The form every text value of a parsed document takes: NFC, one line, single spaces, tidy punctuation. */
export function cleanInline(text: string): string {
  return tidyPunctuation(collapseWhitespace(text.normalize("NFC")));
}

// ---------------------------------------------------------------------------
// Glossary reference numbers (INFOdoradca+)
// ---------------------------------------------------------------------------

/*
 * INFOdoradca+ pages put a superscript number after a term that the page's glossary explains;
 * copied as text it becomes " 9" after the word: "(SMTP) 9,", "Phishing 3;", "atrybucji 12, działań
 * SEO 19 i SEM 18", "Cykl życia informacji 3 w mediach". The rule that removes it, and keeps real
 * numbers ("2 lata", "кемінде 2 жыл", "18 marca 2009 r.", "godz. 800", "nr 19/W/2009", "POP3"):
 *
 *   remove " N" when N is a one- or two-digit number standing alone, and
 *   - the token before it ends in a letter or ")" and has at least two letters (so "Rys. 1",
 *     "godz. 800", "5 4 3", "Kod: 351402" stay), and is not a word that governs a number
 *     ("z 18 marca", "co najmniej 2", "кемінде 2", "nr 19") nor a name that takes a version or an
 *     edition ("Windows 10 i Linux", "Język Python 3", "ISO 9001" has four digits anyway), and
 *   - what follows is the end, punctuation (",", ";", ":", ")", a "." that is not a decimal point),
 *     a word in lower case that is not a unit or a month ("2 lata", "18 marca", "2 жыл" stay), or
 *     a capitalised word when the token before is a lower-case word or ends in ")": a term in
 *     running text ("planów zapytań 16 SQL", "(SMTP) 9 Protokół"), not a name ("Office 365 Business").
 *
 * The parsers apply it to every text of an INFOdoradca+ profile (items, task titles, competence
 * names, the summary, section 2's subsections), not to job descriptions or requirements.
 */

const NUMBER_GOVERNING_WORDS = new Set(
  [
    // Polish prepositions, quantifiers and labels that precede a number
    "z",
    "ze",
    "od",
    "do",
    "o",
    "w",
    "we",
    "na",
    "po",
    "przez",
    "co",
    "około",
    "ok",
    "nr",
    "numer",
    "najmniej",
    "najwyżej",
    "ponad",
    "powyżej",
    "poniżej",
    "min",
    "maks",
    "max",
    "niż",
    "wynosi",
    "dnia",
    "dzień",
    "godz",
    "godzina",
    "art",
    "artykuł",
    "ust",
    "ustęp",
    "pkt",
    "punkt",
    "par",
    "paragraf",
    "rozdz",
    "rozdział",
    "str",
    "strona",
    "poz",
    "pozycja",
    "tom",
    "lit",
    "klasa",
    "klasy",
    "poziom",
    "poziomu",
    "stopień",
    "stopnia",
    "grupa",
    "grupy",
    "wersja",
    "wersji",
    "etap",
    "etapu",
    "część",
    "części",
    "załącznik",
    "rok",
    "roku",
    "wiek",
    "kategoria",
    "kategorii",
    "działanie",
    "priorytet",
    "oś",
    "moduł",
    "semestr",
    "zadanie",
    "kwalifikacja",
    "sala",
    "pokój",
    "lokal",
    // Kazakh
    "кемінде",
    "кем",
    "астам",
    "дейін",
    "бастап",
    "кейін",
    "бойы",
    "тармақ",
    "бап",
    "нөмір",
    // Russian
    "не",
    "менее",
    "более",
    "до",
    "от",
    "с",
    "по",
    "в",
    "на",
    "за",
    "через",
    "около",
    "свыше",
    "минимум",
    "максимум",
    "стаж",
    "пункт",
    "статья",
    "номер",
    // English
    "at",
    "least",
    "over",
    "under",
    "than",
    "about",
    "to",
    "from",
    "by",
    "of",
    "for",
    "in",
    "level",
    "version",
    "step",
    "page",
    "section",
    "chapter",
    "grade",
    "class",
    "no",
    "number",
  ].map((w) => w.toLowerCase()),
);

const UNIT_WORDS = new Set(
  [
    // Polish time, quantity and measure words
    "lata",
    "lat",
    "latach",
    "rok",
    "roku",
    "lato",
    "miesięcy",
    "miesiące",
    "miesiąc",
    "miesiąca",
    "tygodni",
    "tygodnie",
    "tydzień",
    "dni",
    "dzień",
    "dniach",
    "godzin",
    "godziny",
    "godzinę",
    "minut",
    "minuty",
    "sekund",
    "razy",
    "raz",
    "osób",
    "osoby",
    "osobom",
    "zł",
    "złotych",
    "proc",
    "procent",
    "km",
    "m",
    "kg",
    "cm",
    "mm",
    "h",
    "tys",
    "mln",
    "mld",
    "st",
    "stopni",
    "stopnie",
    "etatu",
    "etaty",
    "punktów",
    "punkty",
    "sztuk",
    "szt",
    "egzemplarzy",
    "klasy",
    "semestry",
    "semestrów",
    "godz",
    // Polish months (genitive and nominative)
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
    // Kazakh
    "жыл",
    "жылдан",
    "жылға",
    "жылы",
    "ай",
    "айдан",
    "күн",
    "апта",
    "сағат",
    "жас",
    "пайыз",
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
    // Russian
    "год",
    "года",
    "лет",
    "месяц",
    "месяца",
    "месяцев",
    "дней",
    "дня",
    "часов",
    "часа",
    "раз",
    "раза",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
    // English
    "years",
    "year",
    "months",
    "month",
    "days",
    "day",
    "hours",
    "hour",
    "times",
    "percent",
  ].map((w) => w.toLowerCase()),
);

/** Names followed by a version or edition number, never by a glossary reference (folded to lower case). */
const VERSIONED_NAMES = new Set([
  "windows",
  "python",
  "java",
  "php",
  "html",
  "css",
  "office",
  "excel",
  "android",
  "ios",
  "macos",
  "linux",
  "ubuntu",
  "debian",
  "server",
  "exchange",
  "ecmascript",
  "perl",
  "ruby",
  "oracle",
  "mysql",
  "angular",
  "net",
  "ipv",
  "http",
  "tls",
  "ssl",
  "usb",
  "wifi",
  "bluetooth",
  "web",
  "iso",
  "iec",
  "itil",
  "dos",
]);

const GLOSSARY_CANDIDATE = /(?<!\S)(\S+) (\d{1,2})(?=$|[\s,;:!?)\]]|\.(?!\d))/gu;

/** Remove INFOdoradca+ glossary reference numbers; see the rule above. */
export function stripGlossaryRefs(text: string): string {
  return text.replace(GLOSSARY_CANDIDATE, (match, prev: string, _num: string, offset: number, whole: string) => {
    return isGlossaryRef(prev, whole.slice(offset + match.length)) ? prev : match;
  });
}

function isGlossaryRef(prev: string, rest: string): boolean {
  if (!/[\p{L})]$/u.test(prev)) return false;
  const prevWord = prev.replace(/^[^\p{L}\d]+|(?<![^\p{L}\d])[^\p{L}\d]+$/gu, "");
  if ((prevWord.match(/\p{L}/gu)?.length ?? 0) < 2) return false;
  const lowerWord = prevWord.toLowerCase();
  if (NUMBER_GOVERNING_WORDS.has(lowerWord) || VERSIONED_NAMES.has(lowerWord)) return false;

  if (rest === "" || /^[,;:!?)\].]/u.test(rest)) return true;
  const next = /^\s+(\p{L}[\p{L}-]*)/u.exec(rest)?.[1];
  if (!next) return false;
  if (/^\p{Lu}/u.test(next)) return /^\p{Ll}/u.test(prevWord) || prev.endsWith(")");
  return !UNIT_WORDS.has(next.toLowerCase());
}

// ---------------------------------------------------------------------------
// Times whose superscript minutes a PDF flattened
// ---------------------------------------------------------------------------

/*
 * A form writes "od godz. 8⁰⁰ do 16⁰⁰"; its PDF's text has "od godz. 800 do 1600". Read back as
 * 8:00 and 16:00 only in a time context: right after "godz." (or "godzina"/"godziny"), and a second
 * time joined to such a one by "do", "–" or "-" ("godz. 700 do 1500" → "godz. 7:00 do 15:00").
 * Only three or four digits that make a valid time (hour 0–23, minutes 00–59) change; "godz. 8",
 * "godz. 8:00", "nr 800" and "1600 zł" stay as they are.
 */
const FLATTENED_TIME = /(\bgodz(?:\.|ina|iny)\s*)(\d{3,4})(?![\d:])(?:(\s*(?:do|[–-])\s*)(\d{3,4})(?![\d:]))?/giu;

export function restoreFlattenedTimes(text: string): string {
  return text.replace(FLATTENED_TIME, (match, lead: string, from: string, joiner: string | undefined, to: string | undefined) => {
    const start = asTime(from);
    if (start === null) return match;
    const end = to === undefined ? null : asTime(to);
    return `${lead}${start}${joiner !== undefined && to !== undefined ? `${joiner}${end ?? to}` : ""}`;
  });
}

function asTime(digits: string): string | null {
  const hour = Number(digits.slice(0, -2));
  const minutes = digits.slice(-2);
  if (hour > 23 || Number(minutes) > 59) return null;
  return `${hour}:${minutes}`;
}

// ---------------------------------------------------------------------------
// List punctuation
// ---------------------------------------------------------------------------

/*
 * List items (knowledge, skills, social competences, duties) are stored as a person reads one
 * item on its own: without the list's own punctuation. A trailing ";" or "," (the separator) and
 * the final "." (the list's end) are removed; a full stop that belongs to an abbreviation stays
 * ("… autoresponder (automatyczną odpowiedź) itp." keeps "itp."). Inner punctuation is untouched.
 */

const ABBREVIATIONS = new Set(
  [
    "itp.",
    "itd.",
    "np.",
    "tzw.",
    "tj.",
    "m.in.",
    "r.",
    "ww.",
    "wg.",
    "ok.",
    "godz.",
    "ul.",
    "nr.",
    "jw.",
    "etc.",
    "ds.",
    "im.",
    "św.",
    "zob.",
    "por.",
    "inż.",
    "mgr.",
    "dr.",
    "prof.",
    "e.g.",
    "i.e.",
    "vs.",
    "др.",
    "т.д.",
    "т.п.",
    "т.е.",
    "т.б.",
    "ж.т.б.",
    "ж.б.",
    "б.",
    "ж.",
  ].map((a) => a.toLowerCase()),
);

const LIST_SEPARATOR_AT_END = /(?<![\s;,])[\s;,]+$/u;

/** Strip a list item's separator and closing full stop; see the rule above. */
export function stripListPunctuation(item: string): string {
  let result = item.trim().replace(LIST_SEPARATOR_AT_END, "");
  if (result.endsWith(".") && !result.endsWith("..") && !endsWithAbbreviation(result)) {
    result = result.slice(0, -1).replace(LIST_SEPARATOR_AT_END, "");
  }
  return result;
}

function endsWithAbbreviation(text: string): boolean {
  const lastToken = (text.split(/\s+/u).pop() ?? "").replace(/^[([„"«]+/u, "").toLowerCase();
  if (ABBREVIATIONS.has(lastToken)) return true;
  // "m.in.", "t.j." and similar dotted abbreviations not in the list
  return /^(?:\p{L}{1,3}\.){2,}$/u.test(lastToken);
}
