import type { DocumentLanguage, ImportWarning, ParsedDocument, ParsedRequirement } from "@/lib/validation/document";
import { isBlank, isBulletLine, joinWrapped, stripBullet, toLines } from "./lines";
import { cleanInline, stripListPunctuation } from "./normalize";
import { notAProfile } from "./not-a-profile";
import { warning } from "./warnings";

/**
 * Qualification requirements for a public-service post (Kazakhstan), in Kazakh or Russian:
 *
 *   <title: "… менеджеріне қойылатын біліктілік талаптары" / "Квалификационные требования к …">
 *   Талаптар: | Требования:
 *   - Білімі: жоғары техникалық            → requirements [{ label, value }]
 *   - Жұмыс тәжірибесі: …
 *   Лауазымдық міндеттері: | Должностные обязанности:
 *   1) …;  2) …;                            → duties (a wrapped duty is joined)
 *
 * Title: the whole first line, as the document names itself. Summary: the post's name, derived
 * from the title when the grammar allows it safely (Kazakh dative "менеджеріне" → "менеджері",
 * Russian genitive "менеджера" → "менеджер"), otherwise null.
 */

const REQUIREMENTS_HEADING = /^(?:Талаптар|Требования|Квалификационные требования)\s*:?$/iu;
const DUTIES_HEADING = /^(?:Лауазымдық міндеттері|Функционалдық міндеттері|Должностные обязанности|Функциональные обязанности)\s*:?$/iu;
const NUMBERED = /^\s*(\d{1,3})\s*[).]\s*(\S.*)?$/u;
const LABELLED = /^\s*(?:[-–•]\s*)?([^:]{1,80}):\s*(\S.*)?$/u;

export function parseQualificationRequirements(input: string, language: DocumentLanguage = "kk"): ParsedDocument {
  const lines = toLines(input).map((l) => l.trimEnd());
  const warnings: ImportWarning[] = [];

  const requirementsAt = lines.findIndex((l) => REQUIREMENTS_HEADING.test(cleanInline(l)));
  const dutiesAt = lines.findIndex((l) => DUTIES_HEADING.test(cleanInline(l)));

  // The title: the lines before the first heading (a long title may wrap), up to a blank line.
  const firstLine = lines.findIndex((l) => !isBlank(l));
  const firstHeading = [requirementsAt, dutiesAt].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), lines.length);
  const titleLines: string[] = [];
  for (let i = Math.max(firstLine, 0); i < firstHeading && firstLine >= 0 && !isBlank(lines[i]); i++) titleLines.push(lines[i] ?? "");
  const title = titleLines.length > 0 ? cleanInline(joinWrapped(titleLines)).replace(/[.:]$/u, "") || null : null;
  if (title === null) warnings.push(warning("noTitle"));

  // --- requirements ---------------------------------------------------------------------------
  // Each value's lines are collected and joined once: re-cleaning the value per wrapped line was quadratic.
  const labelled: { label: string; pieces: string[] }[] = [];
  if (requirementsAt >= 0) {
    const end = dutiesAt > requirementsAt ? dutiesAt : lines.length;
    for (let i = requirementsAt + 1; i < end; i++) {
      const line = lines[i] ?? "";
      if (isBlank(line)) continue;
      const m = LABELLED.exec(line);
      const label = cleanInline(m?.[1] ?? "");
      const value = stripListPunctuation(cleanInline(m?.[2] ?? ""));
      if (label && value) labelled.push({ label, pieces: [value] });
      else if (labelled.length > 0 && !/^\s*[-–•]/u.test(line))
        labelled.at(-1)?.pieces.push(line); // a wrapped value
      else warnings.push(warning("unreadableRequirement", { text: cleanInline(line).slice(0, 80) }));
    }
  }
  const requirements: ParsedRequirement[] = labelled.map(({ label, pieces }) => ({ label, value: stripListPunctuation(cleanInline(pieces.join(" "))) }));
  if (requirements.length === 0) warnings.push(warning("noRequirements"));

  // --- duties -----------------------------------------------------------------------------------
  const duties: string[] = [];
  if (dutiesAt >= 0) {
    let pieces: string[] = [];
    let expected = 1;
    const gaps: string[] = [];
    const flush = () => {
      const duty = stripListPunctuation(cleanInline(joinWrapped(pieces)));
      if (duty) duties.push(duty);
      pieces = [];
    };
    for (let i = dutiesAt + 1; i < lines.length; i++) {
      const line = lines[i] ?? "";
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
    if (gaps.length > 0) {
      warnings.push(warning("dutiesOutOfSequence", { expected: gaps.slice(0, 5).join(", "), more: Math.max(0, gaps.length - 5) }));
    }
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
    sections: [],
    jobDescription: null,
    requirements,
    employer: null,
    incomplete: null,
    warnings,
  };
}

/** The post named by the title, in the nominative; null when the title has another shape. */
export function postName(title: string): string | null {
  const kazakh = /^(.*?\S)\s+қойылатын\s+біліктілік\s+талаптары$/iu.exec(title);
  if (kazakh?.[1]) {
    const words = kazakh[1].split(" ");
    const last = words.pop() ?? "";
    // Dative after the possessive (-ына/-іне/-сына/-сіне) keeps the possessive: "менеджеріне" → "менеджері";
    // a plain dative (-ға/-ге/-қа/-ке/-на/-не) goes: "инженерге" → "инженер".
    const nominative = /[ыі](?:на|не)$/u.test(last) ? last.slice(0, -2) : last.replace(/(?:ға|ге|қа|ке|на|не)$/u, "");
    return [...words, nominative].join(" ");
  }
  const russian = /^Квалификационные требования\s+к\s+(?:должности\s+)?(\S.*)$/iu.exec(title);
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
