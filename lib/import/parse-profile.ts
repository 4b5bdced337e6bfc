import type {
  DocumentLanguage,
  ParsedCompetence,
  ParsedDocument,
  ParsedKeyCompetence,
  ParsedTask,
  ProfilePart,
} from "@/lib/validation/document";
import { KEY_COMPETENCES } from "@/lib/validation/document";
import { isBlank, isBulletLine, joinWrapped, stripBullet, toLines } from "./lines";
import { cleanInline, stripGlossaryRefs, stripListPunctuation } from "./normalize";
import { readKeyCompetences } from "./profile-key-competences";
import { readProfileDescription } from "./profile-description";
import { splitKnowledgeAndSkills } from "./split-task-items";

/**
 * An INFOdoradca+ occupation page (section 3 "Zadania zawodowe i wymagane kompetencje",
 * section 2 "Opis zawodu", or both) as plain text. Pure: text in, ParsedDocument out.
 * A page cut off part-way is imported as far as it goes, with warnings naming what is missing.
 */

const CODE_LINE = /^Kod(?: zawodu)?\s*:?\s*(\d{6})$/iu;
const TASKS_SECTION = /^(?:3\.?\s*)?Zadania zawodowe i wymagane kompetencje$/iu;
const DESCRIPTION_SECTION = /^(?:2\.?\s*)?Opis zawodu$/iu;
const TASK_CODE_ONLY = /^Z(\d{1,3})$/u;
const TASK_CODE_WITH_TITLE = /^Z(\d{1,3})[.:]?\s+(\S.*)$/u;
const KNOWLEDGE_HEADING = /^WIEDZA\s*[–—-]?\s*(?:zna|rozumie)/iu;
const SKILL_HEADING = /^UMIEJĘTNOŚCI\s*[–—-]?\s*potrafi/iu;
const COMPETENCE = /Kompetencja zawodowa\s+(Kz\d{1,3})\s*:\s*(.+?)\s+obejmuje\s+zestaw\s+zadań\s+zawodowych\s+(.*)$/iu;
const SOCIAL_PARAGRAPH = /kompetencje społeczne/iu;
const SOCIAL_INTRO = /got(?:ów|owa|owy|owi)\s+do\s*:?$/iu;
const KEY_AXIS = /^5\s+4\s+3\s+2\s+1\s+0(?:\s|$)/u;
const KEY_INTRO = /kompetencji kluczowych/iu;
const KEY_REGION_END = /^(?:Rys\.\s*\d|Uwaga\s*:?$|Wykaz kompetencji kluczowych)/iu;
const PAGE_END = /^(?:Partnerzy|Na skróty|Przejdź na górę)$/iu;
/** Boilerplate lines of the page header that are never the occupation's name. */
const HEADER_LINE = /^(?:INFOdoradca\+|Lista \d+ zawodów|Więcej informacji)/iu;

type Line = { text: string; bullet: boolean };

export function parseProfile(input: string, language: DocumentLanguage = "pl"): ParsedDocument {
  const raw = unwrapParagraphs(toLines(input));
  const lines: Line[] = raw.map((l) => ({ text: cleanInline(l), bullet: isBulletLine(l) }));
  const warnings: string[] = [];

  const findLine = (pattern: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (!lines[i]?.bullet && pattern.test(lines[i]?.text ?? "")) return i;
    return -1;
  };

  // --- identity -------------------------------------------------------------------------------
  const codeLine = findLine(CODE_LINE);
  const code = codeLine >= 0 ? (CODE_LINE.exec(lines[codeLine]?.text ?? "")?.[1] ?? null) : null;
  if (code === null) warnings.push("no occupation code (“Kod: 123456”) found");

  const pageEnd = findLine(PAGE_END);
  const end = pageEnd >= 0 ? pageEnd : lines.length;
  const tasksSection = findLine(TASKS_SECTION);
  const descriptionSection = findLine(DESCRIPTION_SECTION);

  // --- task blocks ----------------------------------------------------------------------------
  const blockStarts = findTaskBlocks(lines, end);
  const firstBlock = blockStarts[0]?.line ?? end;
  const isBoundary = (i: number) => {
    const line = lines[i];
    if (!line || line.bullet) return false;
    return (
      COMPETENCE.test(line.text) ||
      SOCIAL_PARAGRAPH.test(line.text) ||
      SOCIAL_INTRO.test(line.text) ||
      KEY_AXIS.test(line.text) ||
      DESCRIPTION_SECTION.test(line.text) ||
      TASKS_SECTION.test(line.text)
    );
  };

  const overview = readTaskOverview(lines, tasksSection >= 0 ? tasksSection : 0, firstBlock);
  const tasks: ParsedTask[] = [];
  const taskEnds: number[] = [];
  blockStarts.forEach((block, n) => {
    let stop = blockStarts[n + 1]?.line ?? end;
    for (let i = block.line + 1; i < stop; i++) {
      if (isBoundary(i)) {
        stop = i;
        break;
      }
    }
    taskEnds.push(stop);
    if (tasks.some((t) => t.code === block.code)) {
      warnings.push(`${block.code} appears twice; the second block is ignored`);
      return;
    }
    tasks.push(readTaskBlock(raw, lines, block, stop, warnings));
  });

  // Tasks named in the overview whose blocks are missing (a page cut off part-way).
  const missing = overview.filter((o) => !tasks.some((t) => t.code === o.code));
  if (missing.length > 0) {
    const them = missing.length === 1 ? "it" : "them";
    warnings.push(`the overview lists ${formatCodes(missing.map((m) => m.code))}, but the text has no task block for ${them}`);
    for (const m of missing) tasks.push({ code: m.code, title: m.title, knowledge: [], skills: [] });
    tasks.sort((a, b) => taskNumber(a.code) - taskNumber(b.code));
  }
  for (const task of tasks) {
    const fromOverview = overview.find((o) => o.code === task.code);
    if (fromOverview && fromOverview.title !== task.title) {
      warnings.push(`${task.code}: the title in the overview differs from the task block (“${fromOverview.title}”)`);
    }
  }

  // --- competences ----------------------------------------------------------------------------
  const competences: ParsedCompetence[] = [];
  for (const line of lines) {
    const m = line.bullet ? null : COMPETENCE.exec(line.text);
    if (!m?.[1] || !m[2]) continue;
    if (competences.some((c) => c.code === m[1])) continue;
    competences.push({
      code: m[1],
      title: cleanInline(stripGlossaryRefs(m[2])),
      taskCodes: readTaskCodes(m[3] ?? ""),
    });
  }
  for (const competence of competences) {
    const unknown = competence.taskCodes.filter((c) => !tasks.some((t) => t.code === c));
    if (unknown.length > 0) warnings.push(`${competence.code} names tasks ${formatCodes(unknown)} that the document does not hold`);
  }

  const hasTasksPart = tasksSection >= 0 || tasks.length > 0;
  const hasDescriptionPart = descriptionSection >= 0;
  const part: ProfilePart = hasTasksPart && hasDescriptionPart ? "both" : hasDescriptionPart ? "description" : "tasks";

  if (hasTasksPart) {
    if (tasks.length === 0) warnings.push("no tasks (Z1, Z2, …) found");
    if (competences.length === 0) warnings.push("no professional competences (Kz1, …) found");
  }

  // --- social and key competences ---------------------------------------------------------------
  const lastTaskEnd = taskEnds.reduce((a, b) => Math.max(a, b), firstBlock);
  const socialCompetences = readSocialCompetences(raw, lines, lastTaskEnd, end);
  if (hasTasksPart && socialCompetences.length === 0) warnings.push("missing social competences (“jest gotów do:”)");

  const keyCompetences = readKeyRegion(lines, lastTaskEnd, end, warnings);
  if (hasTasksPart && keyCompetences.length === 0) warnings.push("missing key competences");
  else if (keyCompetences.length > 0 && keyCompetences.length < KEY_COMPETENCES.length) {
    const absent = KEY_COMPETENCES.filter((k) => !keyCompetences.some((f) => f.name === k));
    warnings.push(`key competences incomplete: ${keyCompetences.length} of ${KEY_COMPETENCES.length} (missing: ${absent.join(", ")})`);
  }

  // --- section 2 --------------------------------------------------------------------------------
  let synthesis: string | null = null;
  let workDescription: string | null = null;
  let sections: ParsedDocument["sections"] = [];
  if (hasDescriptionPart) {
    const descriptionEnd = [tasksSection, end].filter((i) => i > descriptionSection).reduce((a, b) => Math.min(a, b), end);
    const description = readProfileDescription(raw, descriptionSection + 1, descriptionEnd);
    ({ synthesis, workDescription, sections } = description);
    if (synthesis === null) warnings.push("section 2 has no synthesis (“Synteza”)");
    if (workDescription === null) warnings.push("section 2 has no work description (“Opis pracy”)");
  }

  return {
    kind: "occupation-profile",
    language,
    code,
    title: readTitle(lines, codeLine, tasksSection, descriptionSection) ?? (code ? `Zawód ${code}` : "Zawód bez nazwy"),
    summary: null,
    synthesis,
    workDescription,
    part,
    tasks,
    competences,
    socialCompetences,
    keyCompetences,
    duties: [],
    sections,
    requirements: [],
    employer: null,
    warnings,
  };
}

// -------------------------------------------------------------------------------------------------

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
function unwrapParagraphs(lines: readonly string[]): string[] {
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

type BlockStart = { line: number; code: string; inlineTitle: string | null };

/** A task block opens with "Z1" alone on a line (or "Z1 Title" followed by the WIEDZA heading). */
function findTaskBlocks(lines: readonly Line[], end: number): BlockStart[] {
  const starts: BlockStart[] = [];
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    if (!line || line.bullet) continue;
    const only = TASK_CODE_ONLY.exec(line.text);
    if (only) {
      starts.push({ line: i, code: `Z${Number(only[1])}`, inlineTitle: null });
      continue;
    }
    const withTitle = TASK_CODE_WITH_TITLE.exec(line.text);
    if (withTitle?.[2]) {
      const next = nextNonBlank(lines, i + 1, end);
      if (next >= 0 && (KNOWLEDGE_HEADING.test(lines[next]?.text ?? "") || SKILL_HEADING.test(lines[next]?.text ?? ""))) {
        starts.push({ line: i, code: `Z${Number(withTitle[1])}`, inlineTitle: withTitle[2] });
      }
    }
  }
  return starts;
}

function nextNonBlank(lines: readonly Line[], from: number, end: number): number {
  for (let i = from; i < end; i++) if ((lines[i]?.text ?? "") !== "") return i;
  return -1;
}

/** The bullet list "• Z1 Instalowanie … ." that opens section 3. */
function readTaskOverview(lines: readonly Line[], from: number, to: number): { code: string; title: string }[] {
  const overview: { code: string; title: string }[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line?.bullet) continue;
    const m = TASK_CODE_WITH_TITLE.exec(stripBullet(line.text));
    if (!m?.[1] || !m[2]) continue;
    const code = `Z${Number(m[1])}`;
    if (!overview.some((o) => o.code === code)) overview.push({ code, title: cleanItem(m[2]) || code });
  }
  return overview;
}

function readTaskBlock(raw: readonly string[], lines: readonly Line[], block: BlockStart, stop: number, warnings: string[]): ParsedTask {
  const titlePieces: string[] = block.inlineTitle ? [block.inlineTitle] : [];
  let i = block.line + 1;
  for (; i < stop; i++) {
    const text = lines[i]?.text ?? "";
    if (KNOWLEDGE_HEADING.test(text) || SKILL_HEADING.test(text) || lines[i]?.bullet) break;
    if (text !== "" && block.inlineTitle === null) titlePieces.push(text);
  }
  const title = cleanItem(joinWrapped(titlePieces));

  // Items, by the list they were found under: "knowledge" / "skills" when the document puts each
  // list after its own heading (web page DOM, Word), "combined" when both headings come first.
  let mode: "knowledge" | "skills" | "combined" | null = null;
  let itemsSinceKnowledgeHeading = 0;
  const lists = { knowledge: [] as string[], skills: [] as string[], combined: [] as string[] };
  let current: string[] | null = null; // pieces of the item being read
  let currentList: string[] | null = null;
  let previousWasItemLine = false;
  let sawBullet = false;

  const flush = () => {
    if (current && currentList) {
      const item = joinWrapped(current);
      if (item) currentList.push(item);
    }
    current = null;
  };

  for (; i < stop; i++) {
    const line = lines[i];
    if (!line) continue;
    if (KNOWLEDGE_HEADING.test(line.text)) {
      flush();
      mode = "knowledge";
      itemsSinceKnowledgeHeading = 0;
      previousWasItemLine = false;
      continue;
    }
    if (SKILL_HEADING.test(line.text)) {
      flush();
      mode = mode === "knowledge" && itemsSinceKnowledgeHeading === 0 ? "combined" : "skills";
      previousWasItemLine = false;
      continue;
    }
    if (isBlank(raw[i])) {
      previousWasItemLine = false;
      continue;
    }
    const target = lists[mode ?? "combined"];
    if (line.bullet) {
      flush();
      sawBullet = true;
      current = [stripBullet(raw[i] ?? "")];
      currentList = target;
      itemsSinceKnowledgeHeading++;
      previousWasItemLine = true;
    } else if (previousWasItemLine && sawBullet && current) {
      current.push(raw[i] ?? ""); // a wrapped bullet
    } else {
      flush();
      current = [raw[i] ?? ""];
      currentList = target;
      itemsSinceKnowledgeHeading++;
      previousWasItemLine = true;
    }
  }
  flush();

  let knowledge = lists.knowledge;
  let skills = lists.skills;
  if (lists.combined.length > 0) {
    const split = splitKnowledgeAndSkills(lists.combined, block.code);
    if (split.warning) warnings.push(split.warning);
    knowledge = [...knowledge, ...split.knowledge];
    skills = [...skills, ...split.skills];
  }
  const lastItem = skills.at(-1) ?? knowledge.at(-1);
  if (knowledge.length === 0 && skills.length === 0) warnings.push(`missing knowledge and skills for ${block.code}`);
  else if (skills.length === 0) warnings.push(`missing skills for ${block.code}`);
  else if (knowledge.length === 0) warnings.push(`missing knowledge for ${block.code}`);
  if (lastItem !== undefined && !/[.!?…]$/u.test(lastItem.trim())) {
    warnings.push(`${block.code}: the last item has no closing full stop; the list may be cut off`);
  }

  return {
    code: block.code,
    title: title || block.code,
    knowledge: knowledge.map(cleanItem).filter(Boolean),
    skills: skills.map(cleanItem).filter(Boolean),
  };
}

function readSocialCompetences(raw: readonly string[], lines: readonly Line[], from: number, to: number): string[] {
  let intro = -1;
  for (let i = from; i < to; i++) {
    if (!lines[i]?.bullet && SOCIAL_INTRO.test(lines[i]?.text ?? "")) {
      intro = i;
      break;
    }
  }
  if (intro < 0) return [];
  const items: string[] = [];
  let current: string[] | null = null;
  for (let i = intro + 1; i < to; i++) {
    const line = lines[i];
    if (!line) break;
    if (line.bullet) {
      if (current) items.push(joinWrapped(current));
      current = [stripBullet(raw[i] ?? "")];
    } else if (line.text === "") {
      if (current) {
        items.push(joinWrapped(current));
        current = null;
      }
    } else if (current) {
      current.push(raw[i] ?? "");
    } else if (items.length > 0) {
      break; // the paragraph after the list
    }
  }
  if (current) items.push(joinWrapped(current));
  return items.map(cleanItem).filter(Boolean);
}

function readKeyRegion(lines: readonly Line[], from: number, to: number, warnings: string[]): ParsedKeyCompetence[] {
  let start = -1;
  for (let i = from; i < to; i++) {
    if (KEY_AXIS.test(lines[i]?.text ?? "")) {
      start = i;
      break;
    }
  }
  if (start < 0) {
    for (let i = from; i < to; i++) {
      if (!lines[i]?.bullet && KEY_INTRO.test(lines[i]?.text ?? "") && !/^Wykaz/iu.test(lines[i]?.text ?? "")) {
        start = i + 1;
        break;
      }
    }
  }
  if (start < 0) return [];
  const pieces: string[] = [];
  for (let i = start; i < to; i++) {
    const text = lines[i]?.text ?? "";
    if (KEY_REGION_END.test(text)) break;
    pieces.push(lines[i]?.bullet ? stripBullet(text) : text);
  }
  const { keyCompetences, leftover } = readKeyCompetences(pieces.join(" "));
  if (keyCompetences.length > 0 && leftover !== "") warnings.push(`unrecognised text among the key competences: “${leftover.slice(0, 120)}”`);
  return keyCompetences;
}

function readTitle(lines: readonly Line[], codeLine: number, tasksSection: number, descriptionSection: number): string | null {
  if (codeLine > 0) {
    for (let i = codeLine - 1; i >= 0; i--) {
      const text = lines[i]?.text ?? "";
      if (text === "") continue;
      if (HEADER_LINE.test(text) || lines[i]?.bullet) break;
      return text;
    }
  }
  // "Pracownik w zawodzie administrator systemów … wykonuje …" names the occupation too.
  for (const line of lines) {
    const m = /^Pracownik w zawodzie (.+?) (?:wykonuje|powinien)/u.exec(line.text);
    if (m?.[1]) return m[1].charAt(0).toLocaleUpperCase("pl") + m[1].slice(1);
  }
  const anchor = Math.max(tasksSection, descriptionSection);
  if (anchor > 0) {
    for (let i = anchor - 1; i >= 0; i--) {
      const text = lines[i]?.text ?? "";
      if (text !== "" && !HEADER_LINE.test(text) && !CODE_LINE.test(text)) return text;
    }
  }
  return null;
}

/** Task codes in "Z1, Z2, Z3, Z4, Z5, do realizacji …" or "Z1–Z5". */
function readTaskCodes(text: string): string[] {
  const codes: string[] = [];
  const head = text.split(/\s+do realizacji/iu)[0] ?? "";
  for (const m of head.matchAll(/Z(\d{1,3})(?:\s*[–—-]\s*Z(\d{1,3}))?/gu)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let n = from; n <= Math.min(to, from + 99); n++) if (!codes.includes(`Z${n}`)) codes.push(`Z${n}`);
  }
  return codes;
}

function cleanItem(text: string): string {
  return stripListPunctuation(cleanInline(stripGlossaryRefs(cleanInline(text))));
}

function taskNumber(code: string): number {
  return Number(code.slice(1));
}

/** "Z6–Z7" for a run of consecutive codes, "Z2, Z5" otherwise. */
function formatCodes(codes: readonly string[]): string {
  const numbers = codes.map(taskNumber);
  const consecutive = numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
  if (codes.length > 2 && consecutive) return `${codes[0]}–${codes.at(-1)}`;
  if (codes.length === 2 && consecutive) return `${codes[0]}–${codes[1]}`;
  return codes.join(", ");
}
