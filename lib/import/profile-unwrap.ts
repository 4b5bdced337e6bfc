import { isBulletLine, joinWrapped } from "./lines";
import { cleanInline } from "./normalize";
import {
  CODE_LINE,
  DESCRIPTION_SECTION,
  KEY_AXIS,
  KEY_REGION_END,
  KNOWLEDGE_HEADING,
  PAGE_END,
  SKILL_HEADING,
  TASKS_SECTION,
  TASK_CODE_ONLY,
} from "./profile-patterns";

/** Lines that stand alone even when the next line follows without a blank line. */
function standsAlone(text: string): boolean {
  return (
    TASK_CODE_ONLY.test(text) ||
    KNOWLEDGE_HEADING.test(text) ||
    SKILL_HEADING.test(text) ||
    CODE_LINE.test(text) ||
    TASKS_SECTION.test(text) ||
    DESCRIPTION_SECTION.test(text) ||
    KEY_AXIS.test(text) ||
    KEY_REGION_END.test(text) ||
    PAGE_END.test(text)
  );
}

/**
 * A page saved as plain text has one line per paragraph; a PDF or a hard-wrapped text breaks
 * paragraphs into several lines, and a page break may fall inside one. Join a line to the text
 * before it when it is not a bullet, neither stands alone (task code, list heading, code, chart
 * axis), it does not open a paragraph of its own ("Kompetencja zawodowa Kz2: …"), and either no
 * blank line lies between them or the text clearly runs on over the blank lines (no closing
 * punctuation before, a lower-case letter after). So "Kompetencja zawodowa Kz1: … obejmuje\n
 * zestaw zadań …" and a bullet continued on the next page read as one.
 */
export function unwrapParagraphs(lines: readonly string[]): string[] {
  // Pieces are collected and joined once at the end: joining as we go would be quadratic.
  type Entry = { pieces: string[]; last: string; alone: boolean; blank: boolean };
  const entries: Entry[] = [];
  let blanks = 0;
  for (const line of lines) {
    const text = cleanInline(line);
    if (text === "") {
      entries.push({ pieces: [line], last: "", alone: false, blank: true });
      blanks++;
      continue;
    }
    const previous = entries[entries.length - 1 - blanks];
    const alone = standsAlone(text);
    const joinable =
      previous !== undefined &&
      !previous.alone &&
      !alone &&
      !isBulletLine(line) &&
      !/^Kompetencja zawodowa\b/iu.test(text) &&
      (blanks === 0 || runsOn(previous.last, text));
    if (joinable) {
      entries.length -= blanks; // drop the blank lines of a page break
      previous.pieces.push(line);
      previous.last = text;
    } else {
      entries.push({ pieces: [line], last: text, alone, blank: false });
    }
    blanks = 0;
  }
  return entries.map((e) => (e.pieces.length === 1 ? (e.pieces[0] ?? "") : joinWrapped(e.pieces)));
}

function runsOn(previous: string, next: string): boolean {
  return !/[.;:!?]$/u.test(previous.trim()) && /^\p{Ll}/u.test(next);
}
