import type { DocumentLanguage, ImportWarning, JobDescriptionFields, JobPart, LabelledList, ParsedDocument, ParsedSection } from "@/lib/validation/document";
import { endsWithHyphenatedWord, isBlank, joinWrapped, toLines } from "./lines";
import { cleanInline, restoreFlattenedTimes, stripListPunctuation } from "./normalize";
import { notAProfile } from "./not-a-profile";
import { employerFromGenitive } from "./polish-employer";
import { warning } from "./warnings";

/**
 * A Polish job description ("Opis stanowiska pracy"), usually text extracted from a PDF of a
 * two-column form: "<number> <heading> <value>", numbered 1–11 with sub-sections 4.1–4.4.
 * The layout leaves these traps, all in seed 001:
 *  - a heading wraps over lines, even over a blank line ("6 Współpraca z innymi \n\npodmiotami");
 *  - heading and value share a line ("8 Warunki pracy Praca umysłowa, …");
 *  - a bullet is only a leading space (the U+F0B7 glyph was lost) or the glyph itself;
 *  - words are hyphenated at line ends ("sta-\ncji"), also across a page break ("sie-\n\nci”");
 *  - a paragraph goes on after a page break ("programów komputerowych i \n\n\n\nurządzeń").
 * Duties: the items of "Zakres obowiązków" sub-sections, regular (4.1) first, then irregular (4.2);
 * which is which stays visible in `sections` ("Zakres obowiązków – nieregularne").
 */

/** Headings of the usual Polish job-description form; matched on letters only, longest first. */
const KNOWN_HEADINGS = [
  "Stanowisko",
  "Nazwa stanowiska",
  "Lokalizacja w strukturze organizacyjnej",
  "Krótka charakterystyka i cel pracy",
  "Cel istnienia stanowiska",
  "Zakres obowiązków",
  "Podstawowe",
  "Nieregularne",
  "Zakres uprawnień",
  "Zakres odpowiedzialności",
  "Znajomość przepisów prawa i wymagania konieczne",
  "Wymagania kwalifikacyjne",
  "Wymagania konieczne",
  "Wymagania pożądane",
  "Przełożeni",
  "Przełożony",
  "Bezpośredni przełożony",
  "Podwładni",
  "Zastępstwa",
  "Współpraca z innymi podmiotami",
  "Maszyny, narzędzia, materiały",
  "Warunki pracy",
  "Kryteria oceny pracy",
  "Mierniki efektywności pracy",
  "Wynagrodzenie i inne świadczenia",
  "Wynagrodzenie",
].sort((a, b) => b.length - a.length);

const SECTION_LINE = /^(\d{1,2})(?:\.(\d{1,2}))?\.?(?:\s+(\S.*))?$/u;
const PAGE_NUMBER_LINE = /^\s*(?:(?:strona|str\.)\s*\d+(?:\s*[z/]\s*\d+)?|(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?)\s*$/iu;
const HEADER = /OPIS\s+STANOWISKA\s+PRACY/iu;

type RawSection = { major: number; minor: number | null; line: number; lines: string[] };

export function parseJobDescription(input: string, language: DocumentLanguage = "pl"): ParsedDocument {
  const lines = toLines(input);
  const warnings: ImportWarning[] = [];
  const raw = findSections(lines, warnings);

  // --- header: "OPIS STANOWISKA PRACY PRACOWNIKA <EMPLOYER IN THE GENITIVE>" -------------------
  const firstSection = raw[0]?.line ?? lines.length;
  const header = cleanInline(
    lines
      .slice(0, firstSection)
      .filter((l) => !isBlank(l))
      .join(" "),
  );
  let employer: string | null = null;
  const headerMatch = HEADER.exec(header);
  if (headerMatch) {
    const rest = header
      .slice(headerMatch.index + headerMatch[0].length)
      .replace(/^\s*pracownika\b/iu, "")
      .trim();
    employer = rest ? employerFromGenitive(rest) : null;
  }
  if (employer === null) warnings.push(warning("noEmployer"));

  // --- sections ----------------------------------------------------------------------------------
  const sections: ParsedSection[] = [];
  const parts: JobPart[] = [];
  const duties: string[] = [];
  let title: string | null = null;
  let summary: string | null = null;
  let parentHeading: string | null = null;

  raw.forEach((section, index) => {
    const { heading: ownHeading, body } = splitHeading(section.lines);
    const { text, items } = readBody(body);
    const hasChildren = section.minor === null && raw[index + 1]?.major === section.major && raw[index + 1]?.minor !== null;
    if (section.minor === null) parentHeading = ownHeading;

    // "4.1 Podstawowe" under "4 Zakres obowiązków" → "Zakres obowiązków – podstawowe".
    const isOneWord = !/\s/u.test(ownHeading);
    const heading = section.minor !== null && isOneWord && parentHeading ? `${parentHeading} – ${ownHeading.toLocaleLowerCase("pl")}` : ownHeading;

    if (hasChildren && text === "" && items.length === 0) return; // a heading over its sub-sections only
    sections.push({ heading, text, items });
    parts.push({ number: section.minor === null ? `${section.major}` : `${section.major}.${section.minor}`, heading, text, items });

    if (/obowiązk/iu.test(heading)) {
      const fromText = text === "" ? [] : text.split("\n").map(stripListPunctuation);
      for (const duty of items.length > 0 ? items : fromText) if (duty) duties.push(duty);
    }
    if (title === null && /^stanowisko$/iu.test(ownHeading) && text) {
      title = /^\p{Ll}/u.test(text) ? `${ownHeading} ${text}` : text; // "Stanowisko ds. obsługi klienta"
    }
    if (title === null && /^nazwa stanowiska$/iu.test(ownHeading) && text) title = text;
    if (summary === null && /charakterystyka|cel istnienia|cel pracy/iu.test(ownHeading) && text) summary = text;
  });

  if (raw.length === 0) warnings.push(warning("noSections"));
  if (duties.length === 0) warnings.push(warning("noJobDuties"));
  if (title === null) warnings.push(warning("noPositionTitle"));

  return {
    kind: "job-description",
    language,
    ...notAProfile(),
    title: title ?? "Opis stanowiska pracy",
    untitled: title === null,
    summary,
    duties,
    sections,
    jobDescription: jobDescriptionFields(parts),
    requirements: [],
    employer,
    incomplete: null,
    warnings,
  };
}

/**
 * Which field of the form each heading fills (the first section that matches wins); the regular
 * duties are the duties section that is not the irregular one ("4.1 Podstawowe" or a lone "4").
 */
const FIELDS: [Exclude<keyof JobDescriptionFields, "workingHours" | "evaluationCriteriaLists">, RegExp][] = [
  ["position", /^(?:nazwa )?stanowisk/iu],
  ["placement", /lokalizacja|miejsce w strukturze/iu],
  ["purpose", /charakterystyka|cel istnienia|cel pracy/iu],
  ["irregularDuties", /obowiązk.*nieregularn|^nieregularne/iu],
  ["regularDuties", /obowiązk/iu],
  ["powers", /uprawnie/iu],
  ["requiredKnowledge", /znajomość przepisów|wymagania/iu],
  ["superiors", /przełożen/iu],
  ["cooperation", /współpraca/iu],
  ["tools", /maszyny|narzędzia/iu],
  ["workingConditions", /warunki pracy/iu],
  ["evaluationCriteria", /kryteria oceny/iu],
  ["effectivenessMeasures", /mierniki/iu],
  ["payBasis", /wynagrodzenie/iu],
];

function jobDescriptionFields(parts: readonly JobPart[]): JobDescriptionFields {
  const fields: JobDescriptionFields = {
    position: null,
    placement: null,
    purpose: null,
    regularDuties: null,
    irregularDuties: null,
    powers: null,
    requiredKnowledge: null,
    superiors: null,
    cooperation: null,
    tools: null,
    workingConditions: null,
    workingHours: null,
    evaluationCriteria: null,
    evaluationCriteriaLists: [],
    effectivenessMeasures: null,
    payBasis: null,
  };
  for (const part of parts) {
    const field = FIELDS.find(([key, pattern]) => fields[key] === null && pattern.test(part.heading))?.[0];
    if (field) fields[field] = part;
  }
  const conditions = fields.workingConditions?.text ?? "";
  fields.workingHours = sentenceAround(conditions, /\bgodz\./iu);
  fields.evaluationCriteriaLists = labelledLists(fields.evaluationCriteria?.text ?? "");
  return fields;
}

/** The sentence of `text` holding `pattern` ("Czas pracy …: od godz. 8:00 do 16:00 …."), or null. */
function sentenceAround(text: string, pattern: RegExp): string | null {
  const at = text.search(pattern);
  if (at < 0) return null;
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf(". ") + 2, before.lastIndexOf("\n") + 1, 0);
  // A sentence ends at a full stop before a capital letter, a line end or the end ("godz. 8:00" goes on).
  const end = /\.(?=\s*$|\s+\p{Lu})/u.exec(text.slice(at));
  return text.slice(start, end ? at + end.index + 1 : undefined).trim() || null;
}

/** "Label: a, b, c;" paragraphs (one per line, as readBody keeps them) → labelled lists. */
function labelledLists(text: string): LabelledList[] {
  const lists: LabelledList[] = [];
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const label = line.slice(0, colon).trim();
    const items = line
      .slice(colon + 1)
      .split(",")
      .map((item) => stripListPunctuation(item.trim()))
      .filter(Boolean);
    if (label && items.length > 0) lists.push({ label, items });
  }
  return lists;
}

/**
 * Numbered section lines, accepted only in sequence (1, 2, 3, 4, 4.1, 4.2, 5 …) so that a wrapped
 * line starting with a number is not taken for a section; one missing number is allowed (warned).
 * A lone number that does not fit the sequence is a page number and is dropped.
 */
function findSections(lines: string[], warnings: ImportWarning[]): RawSection[] {
  const sections: RawSection[] = [];
  let major = 0;
  let minor = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const m = /^\s/u.test(line) ? null : SECTION_LINE.exec(line.trim());
    if (m) {
      const a = Number(m[1]);
      const b = m[2] === undefined ? null : Number(m[2]);
      const fits = b === null ? a === major + 1 || (a === major + 2 && major > 0) : (a === major && b === minor + 1) || (a === major + 1 && b === 1);
      if (fits && (m[3] ?? "").trim() !== "") {
        if (b === null && a === major + 2) warnings.push(warning("sectionMissing", { section: major + 1 }));
        major = a;
        minor = b ?? 0;
        sections.push({ major: a, minor: b, line: i, lines: [m[3] ?? ""] });
        continue;
      }
    }
    if (PAGE_NUMBER_LINE.test(line) && !isBlank(line)) continue;
    sections.at(-1)?.lines.push(line);
  }
  return sections;
}

/**
 * Split a section's lines into its heading and its body. Known headings are matched on their
 * letters only, so spacing, stray commas, blank lines and hyphenation inside the heading do not
 * matter. An unknown heading ends before the first capitalised word after its first word
 * ("Przełożeni Sekretarz, …"), or at the first blank line.
 */
function splitHeading(lines: readonly string[]): { heading: string; body: string[] } {
  // The heading stream: the section's lines up to the first bullet, blank lines skipped.
  const positions: { line: number; col: number }[] = [];
  let letters = "";
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] ?? "";
    if (l > 0 && /^\s/u.test(line) && !isBlank(line)) break;
    for (let c = 0; c < line.length; c++) {
      const ch = line[c] ?? "";
      if (/[\p{L}\d]/u.test(ch)) {
        letters += ch.toLocaleLowerCase("pl");
        positions.push({ line: l, col: c });
      }
    }
  }

  for (const known of KNOWN_HEADINGS) {
    const needle = known.toLocaleLowerCase("pl").replace(/[^\p{L}\d]/gu, "");
    if (!letters.startsWith(needle)) continue;
    const last = positions[needle.length - 1];
    if (!last) continue;
    const lastLine = lines[last.line] ?? "";
    const nextChar = lastLine[last.col + 1] ?? " ";
    if (/[\p{L}\d]/u.test(nextChar)) continue; // "Stanowiskowy" is not "Stanowisko"
    const rest = lastLine.slice(last.col + 1).replace(/^[\s,:.;–-]+/u, "");
    return { heading: known, body: [rest, ...lines.slice(last.line + 1)] };
  }

  const first = cleanInline(lines[0] ?? "");
  const words = first.split(" ");
  const valueStart = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w));
  if (valueStart > 0) {
    return { heading: words.slice(0, valueStart).join(" "), body: [words.slice(valueStart).join(" "), ...lines.slice(1)] };
  }
  const blank = lines.findIndex((l, i) => i > 0 && (isBlank(l) || /^\s/u.test(l)));
  const headingEnd = blank < 0 ? lines.length : blank;
  return {
    heading: cleanInline(joinWrapped(lines.slice(0, headingEnd))) || "Bez tytułu",
    body: lines.slice(headingEnd),
  };
}

/**
 * Paragraphs and bullet items of a section body. An item starts at a line with a leading space
 * or bullet glyph and takes the following lines; it goes on over blank lines only when the line
 * before ends in a hyphenated word or the text clearly runs on (no closing punctuation and the next
 * line starts in lower case): that is a page break, not the end of the item.
 */
function readBody(lines: readonly string[]): { text: string; items: string[] } {
  const paragraphs: string[] = [];
  const items: string[] = [];
  let pieces: string[] = [];
  let kind: "paragraph" | "item" = "paragraph";
  let pendingBlank = false;

  const flush = () => {
    const joined = restoreFlattenedTimes(cleanInline(joinWrapped(pieces)));
    if (joined !== "") {
      const text = kind === "item" ? stripListPunctuation(joined) : joined.replace(/[,;]$/u, "");
      if (text !== "") (kind === "item" ? items : paragraphs).push(text);
    }
    pieces = [];
  };

  for (const line of lines) {
    if (isBlank(line)) {
      pendingBlank = pieces.length > 0;
      continue;
    }
    const isBullet = /^\s/u.test(line) || /^[•\uF0B7\uF0A7▪·]/u.test(line);
    const content = line.replace(/^\s*[•\uF0B7\uF0A7▪·]?\s*/u, "");
    if (isBullet) {
      flush();
      kind = "item";
      pieces.push(content);
    } else if (pieces.length === 0) {
      kind = "paragraph";
      pieces.push(content);
    } else if (startsLabelledList(pieces.at(-1) ?? "", content)) {
      flush();
      kind = "paragraph";
      pieces.push(content);
    } else if (!pendingBlank || runsOn(pieces.at(-1) ?? "", content)) {
      pieces.push(content);
    } else {
      flush();
      kind = "paragraph";
      pieces.push(content);
    }
    pendingBlank = false;
  }
  flush();
  return { text: paragraphs.join("\n"), items };
}

/**
 * A list closed by ";" and a line opening with a capitalised label ("Kryteria do wyboru: …"): a
 * second list, as in section 9's "Wspólne dla wszystkich pracowników: …; Kryteria do wyboru: …".
 */
function startsLabelledList(previous: string, next: string): boolean {
  return /;\s*$/u.test(previous) && /^\p{Lu}[\p{L} ]{2,60}:/u.test(next);
}

function runsOn(previous: string, next: string): boolean {
  if (endsWithHyphenatedWord(previous)) return true;
  return !/[.;:!?]\s*$/u.test(previous) && /^\p{Ll}/u.test(next);
}
