import type { DocumentLanguage, ImportWarning, ParsedDocument, ParsedRequirement, ParsedSection } from "@/lib/validation/document";
import { isBlank, isBulletLine, joinWrapped, stripBullet, toLines } from "./lines";
import { cleanInline, repairLatinI, stripListPunctuation } from "./normalize";
import { notAProfile } from "./not-a-profile";
import { warning } from "./warnings";

/**
 * Kazakhstan's documents for a post, in Kazakh or Russian: qualification requirements
 * ("біліктілік талаптары" / "квалификационные требования") and the job regulation that holds them
 * ("должностной регламент", "должностная инструкция", "лауазымдық нұсқаулық"):
 *
 *   <title: "… менеджеріне қойылатын біліктілік талаптары" / "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ главного …">
 *   Талаптар: | БІЛІКТІЛІК ТАЛАПТАР | … қойылатын жалпы біліктілік талаптар: | 2. Квалификационные требования
 *   - Білімі: жоғары техникалық            → requirements [{ label, value }]
 *   Білімі | Жоғары техникалық |            (a table flattened to rows; its "Критерий | Талаптар |" head skipped)
 *   Лауазымдық міндеттері: | 16. Лауазымдық міндеттері: 1) … 2) … | 3. Должностные обязанности
 *   1) …;  2) …;  3.1. …                    → duties (a wrapped duty is joined)
 *   Общие положения, Права, Ответственность, Жалпы ережелер, Құқықтары …  → sections
 *
 * Headings are read as real pages write them: in capitals or not, numbered as clauses ("16.",
 * "II."), with or without a colon, with content after the colon. Title: the lines before the first
 * heading, as the document names itself. Summary: the post's name, derived from the title when the
 * grammar allows it safely (Kazakh dative "менеджеріне" → "менеджері", Russian genitive
 * "менеджера" → "менеджер"), otherwise null.
 */

type Part = "requirements" | "duties" | "section";
type Heading = { part: Part; name: string; rest: string; long: boolean };

/** "16.", "2.1.", "II.", "3)" before a heading: the clause number the regulation gives it. */
const CLAUSE_NUMBER = /^(?:(?:\d{1,3}\.)+\d{0,3}|[IVX]{1,6}\.|\d{1,3}\))\s*/u;
const REQUIREMENTS_NAME = /^(?:жалпы\s+)?(?:біліктілік\s+талаптары?|талаптар|(?:общие\s+)?квалификационные\s+требования|требования)$/iu;
/** A title-like line that introduces the requirements: "… қойылатын жалпы біліктілік талаптар:". */
const REQUIREMENTS_AT_END = /(?:біліктілік\s+талаптары?|квалификационные\s+требования)$/iu;
const DUTIES_NAME =
  /^(?:(?:негізгі\s+)?(?:лауазымдық|функционалдық)\s+міндеттері?|(?:основные\s+)?(?:должностные|функциональные)\s+обязанности|обязанности|міндеттері)$/iu;
/** The other parts of a job regulation, kept as sections under their own heading. */
const SECTION_NAME =
  /^(?:общие\s+положения|права|права\s+и\s+полномочия|ответственность|взаимоотношения(?:\s+по\s+должности)?|заключительные\s+положения|жалпы\s+ережелер|құқықтары(?:\s+мен\s+өкілеттіктері)?|жауапкершілігі|өзара\s+қарым-қатынастар|қорытынды\s+ережелер)$/iu;

/** A line that starts one of the document's parts, with what follows its colon on the same line. */
function headingOf(line: string): Heading | null {
  const text = cleanInline(line).replace(CLAUSE_NUMBER, "");
  const colon = text.indexOf(":");
  const name = (colon >= 0 ? text.slice(0, colon) : text).trim().replace(/\.$/u, "");
  const rest = colon >= 0 ? text.slice(colon + 1).trim() : "";
  if (REQUIREMENTS_NAME.test(name)) return { part: "requirements", name, rest, long: false };
  if (DUTIES_NAME.test(name)) return { part: "duties", name, rest, long: false };
  if (SECTION_NAME.test(name)) return { part: "section", name, rest, long: false };
  // A long line ending in the heading words introduces the requirements only when a colon ends it
  // (with no colon it is the document's title: "… қойылатын біліктілік талаптары").
  if (colon === text.length - 1 && REQUIREMENTS_AT_END.test(name)) return { part: "requirements", name, rest: "", long: true };
  return null;
}

/** "1) …", "1. …", "3.1. …": the clause's own number is the last one. */
const NUMBERED = /^\s*(?:\d{1,3}\.)*(\d{1,3})\s*[).]\s*(\S.*)?$/u;
const LABELLED = /^\s*(?:[-–•]\s*)?(?:\d{1,3}[).]\s*)?([^:|]{1,80}):\s*(\S.*)?$/u;
/** The head row of a flattened requirements table: "Критерий | Талаптар |", "Критерии | Требования". */
const TABLE_HEAD = /^(?:критерий|критерийлер|критерии|өлшемшарт(?:тар)?|талаптар|требования|№|n)$/iu;

/** A flattened table row's cells ("Білімі | Жоғары техникалық |" → two), or null for a line without "|". */
function tableCells(line: string): string[] | null {
  if (!line.includes("|")) return null;
  return line
    .split("|")
    .map((c) => cleanInline(c))
    .filter((c) => c !== "" && !/^[-:]+$/u.test(c));
}

/** Inline duties after a heading's colon: "1) … 2) …" → ["1) …", "2) …"]. */
function splitInlineClauses(rest: string): string[] {
  return rest
    .split(/(?<=\s)(?=\d{1,3}\)\s)/u)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "");
}

export function parseQualificationRequirements(input: string, language: DocumentLanguage = "kk"): ParsedDocument {
  const lines = toLines(repairLatinI(input)).map((l) => l.trimEnd());
  const warnings: ImportWarning[] = [];

  // --- the parts, in order ----------------------------------------------------------------------
  type Block = { heading: Heading; at: number; lines: string[] };
  const blocks: Block[] = [];
  const before: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heading = isBlank(line) ? null : headingOf(line);
    if (heading) {
      blocks.push({ heading, at: i, lines: heading.rest ? (heading.part === "duties" ? splitInlineClauses(heading.rest) : [heading.rest]) : [] });
    } else if (blocks.length > 0) blocks.at(-1)?.lines.push(line);
    else before.push(line);
  }

  // The title: the lines before the first heading (a long title may wrap), up to a blank line; when a
  // long heading ("… қойылатын жалпы біліктілік талаптар:") opens the document, it is the title too.
  const firstLine = before.findIndex((l) => !isBlank(l));
  const titleLines: string[] = [];
  for (let i = Math.max(firstLine, 0); firstLine >= 0 && i < before.length && !isBlank(before[i]); i++) titleLines.push(before[i] ?? "");
  const opening = blocks[0];
  if (titleLines.length === 0 && opening?.heading.long) titleLines.push(opening.heading.name);
  const title = titleLines.length > 0 ? cleanInline(joinWrapped(titleLines)).replace(/[.:]$/u, "") || null : null;
  if (title === null) warnings.push(warning("noTitle"));

  const requirements: ParsedRequirement[] = [];
  const duties: string[] = [];
  const sections: ParsedSection[] = [];
  const dutyGaps: string[] = [];
  for (const block of blocks) {
    if (block.heading.part === "requirements") readRequirements(block.lines, requirements, warnings);
    else if (block.heading.part === "duties") readDuties(block.lines, duties, dutyGaps);
    else sections.push(readSection(block.heading.name, block.lines));
  }
  if (requirements.length === 0) warnings.push(warning("noRequirements"));
  if (dutyGaps.length > 0) {
    warnings.push(warning("dutiesOutOfSequence", { expected: dutyGaps.slice(0, 5).join(", "), more: Math.max(0, dutyGaps.length - 5) }));
  }
  if (duties.length === 0) warnings.push(warning("noRequirementDuties"));

  const fallbackTitle = language === "ru" ? "Квалификационные требования" : "Біліктілік талаптары";
  return {
    kind: "qualification-requirements",
    language,
    ...notAProfile(),
    title: title || fallbackTitle,
    untitled: !title,
    summary: title ? postName(title) : null,
    duties,
    sections,
    jobDescription: null,
    requirements,
    employer: null,
    incomplete: null,
    warnings,
  };
}

/** Labelled lines ("- Білімі: жоғары") and table rows ("Білімі | Жоғары |"); an unlabelled line continues the value above. */
function readRequirements(lines: readonly string[], into: ParsedRequirement[], warnings: ImportWarning[]): void {
  // Each value's lines are collected and joined once: re-cleaning the value per wrapped line was quadratic.
  const labelled: { label: string; pieces: string[] }[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    const cells = tableCells(line);
    if (cells) {
      if (cells.length === 0 || cells.every((c) => TABLE_HEAD.test(c))) continue;
      if (cells.length >= 2) labelled.push({ label: cells[0] ?? "", pieces: [cells.slice(1).join("; ")] });
      else if (labelled.length > 0) labelled.at(-1)?.pieces.push(cells[0] ?? "");
      else warnings.push(warning("unreadableRequirement", { text: cleanInline(line).slice(0, 80) }));
      continue;
    }
    const m = LABELLED.exec(line);
    const label = cleanInline(m?.[1] ?? "");
    const value = stripListPunctuation(cleanInline(m?.[2] ?? ""));
    if (label && value) labelled.push({ label, pieces: [value] });
    else if (labelled.length > 0 && !/^\s*[-–•]/u.test(line))
      labelled.at(-1)?.pieces.push(line); // a wrapped value
    else warnings.push(warning("unreadableRequirement", { text: cleanInline(line).slice(0, 80) }));
  }
  for (const { label, pieces } of labelled) {
    const value = stripListPunctuation(cleanInline(pieces.join(" ")));
    if (value) into.push({ label, value });
  }
}

/** Numbered clauses ("1)", "1.", "3.1."), bullets or wrapped lines; a gap in the numbers is noted. */
function readDuties(lines: readonly string[], into: string[], gaps: string[]): void {
  let pieces: string[] = [];
  let expected = 1;
  const flush = () => {
    const duty = stripListPunctuation(cleanInline(joinWrapped(pieces)));
    if (duty) into.push(duty);
    pieces = [];
  };
  for (const line of lines) {
    if (isBlank(line)) continue;
    const m = NUMBERED.exec(line);
    if (m) {
      flush();
      const n = Number(m[1]);
      if (n !== expected) gaps.push(`${expected} (found ${n})`);
      expected = n + 1;
      pieces.push(m[2] ?? "");
    } else if (isBulletLine(line)) {
      flush(); // a list without numbers (a web page's <ol>, a Word list) — one duty per item
      pieces.push(stripBullet(line));
    } else {
      pieces.push(line); // a wrapped duty
    }
  }
  flush();
}

/** Another part of a regulation: numbered or bulleted lines are its items, the rest its text (a paragraph per line). */
function readSection(heading: string, lines: readonly string[]): ParsedSection {
  const items: string[] = [];
  const paragraphs: string[] = [];
  let current: string[] | null = null;
  const flush = () => {
    const item = current ? stripListPunctuation(cleanInline(joinWrapped(current))) : "";
    if (item) items.push(item);
    current = null;
  };
  for (const line of lines) {
    if (isBlank(line)) continue;
    const m = NUMBERED.exec(line);
    if (m || isBulletLine(line)) {
      flush();
      current = [m ? (m[2] ?? "") : stripBullet(line)];
    } else if (current) current.push(line);
    else paragraphs.push(cleanInline(line));
  }
  flush();
  return { heading: cleanInline(heading), text: paragraphs.join("\n"), items };
}

/** The post named by the title, in the nominative; null when the title has another shape. */
export function postName(title: string): string | null {
  const kazakh = /^(.*?\S)\s+қойылатын\s+(?:жалпы\s+)?біліктілік\s+талаптары?$/iu.exec(title);
  if (kazakh?.[1]) {
    const words = kazakh[1].split(" ");
    const last = words.pop() ?? "";
    // Dative after the possessive (-ына/-іне/-сына/-сіне) keeps the possessive: "менеджеріне" → "менеджері";
    // a plain dative (-ға/-ге/-қа/-ке/-на/-не) goes: "инженерге" → "инженер".
    const nominative = /[ыі](?:на|не)$/u.test(last) ? last.slice(0, -2) : last.replace(/(?:ға|ге|қа|ке|на|не)$/u, "");
    return [...words, nominative].join(" ");
  }
  // "Квалификационные требования к (должности) …", "Должностная инструкция …", "Должностной регламент …": the post in the genitive.
  const russian = /^(?:Квалификационные требования\s+к|Должностная инструкция|Должностной регламент)\s+(?:должности\s+)?(\S.*)$/iu.exec(title);
  if (russian?.[1]) {
    const words = russian[1].split(" ");
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? "";
      const adjective = /(?:ого|его)$/u.test(word);
      if (adjective) {
        words[i] = word
          .replace(/ского$/u, "ский")
          .replace(/ого$/u, "ый")
          .replace(/его$/u, "ий");
        continue;
      }
      words[i] = word.replace(/([бвгджзклмнпрстфхцчшщ])а$/u, "$1").replace(/я$/u, "ь");
      break; // the head noun; the rest is its complement ("по информационным технологиям")
    }
    const phrase = words.join(" ");
    return phrase.charAt(0).toLocaleUpperCase("ru") + phrase.slice(1);
  }
  return null;
}
