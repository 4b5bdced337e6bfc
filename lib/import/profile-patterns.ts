import { cleanInline, stripGlossaryRefs, stripListPunctuation } from "./normalize";

/** The markers of an INFOdoradca+ page, shared by the profile parser's parts. */

export const CODE_LINE = /^Kod(?: zawodu)?\s*(?::\s*)?(\d{6})$/iu;
export const TASKS_SECTION = /^(?:3\.?\s*)?Zadania zawodowe i wymagane kompetencje$/iu;
export const DESCRIPTION_SECTION = /^(?:2\.?\s*)?Opis zawodu$/iu;
export const TASK_CODE_ONLY = /^Z(\d{1,3})$/u;
export const TASK_CODE_WITH_TITLE = /^Z(\d{1,3})[.:]?\s+(\S.*)$/u;
export const KNOWLEDGE_HEADING = /^WIEDZA\s*(?:[–—-]\s*)?(?:zna|rozumie)/iu;
export const SKILL_HEADING = /^UMIEJĘTNOŚCI\s*(?:[–—-]\s*)?potrafi/iu;
const COMPETENCE_HEAD = /Kompetencja zawodowa\s+(Kz\d{1,3})\s*:\s*/iu;
const COMPETENCE_SCOPE = /(?<!\s)\s+obejmuje\s+zestaw\s+zadań\s+zawodowych\s+/iu;

/**
 * "Kompetencja zawodowa Kz1: <title> obejmuje zestaw zadań zawodowych <task codes …>" read by two
 * searches, one after the other: one pattern with a lazy title would search the rest of the line
 * again from every "Kompetencja zawodowa" in it (a line of them repeated took quadratic time).
 */
export function readCompetenceLine(text: string): { code: string; title: string; rest: string } | null {
  const head = COMPETENCE_HEAD.exec(text);
  if (!head?.[1]) return null;
  const after = text.slice(head.index + head[0].length);
  const scope = COMPETENCE_SCOPE.exec(after);
  if (!scope || scope.index === 0) return null;
  return { code: head[1], title: after.slice(0, scope.index), rest: after.slice(scope.index + scope[0].length) };
}
export const SOCIAL_PARAGRAPH = /kompetencje społeczne/iu;
export const SOCIAL_INTRO = /got(?:ów|owa|owy|owi)\s+do\s*:?$/iu;
export const KEY_AXIS = /^5\s+4\s+3\s+2\s+1\s+0(?:\s|$)/u;
export const KEY_INTRO = /kompetencji kluczowych/iu;
export const KEY_REGION_END = /^(?:Rys\.\s*\d|Uwaga\s*:?$|Wykaz kompetencji kluczowych)/iu;
export const PAGE_END = /^(?:Partnerzy|Na skróty|Przejdź na górę)$/iu;
/** Boilerplate lines of the page header that are never the occupation's name. */
export const HEADER_LINE = /^(?:INFOdoradca\+|Lista \d+ zawodów|Więcej informacji)/iu;

/** A line of the page: its cleaned text and whether it is a bullet. */
export type Line = { text: string; bullet: boolean };

/** An item, title or name of a profile as stored: no glossary numbers, no list punctuation. */
export function cleanItem(text: string): string {
  return stripListPunctuation(cleanInline(stripGlossaryRefs(cleanInline(text))));
}
