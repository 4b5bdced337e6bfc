import type {
  DocumentLanguage,
  ImportWarning,
  ParsedCompetence,
  ParsedDocument,
  ParsedKeyCompetence,
  ParsedSubsection,
  ParsedTask,
  ProfilePart,
} from "@/lib/validation/document";
import { KEY_COMPETENCES } from "@/lib/validation/document";
import { isBulletLine, joinWrapped, stripBullet, toLines } from "./lines";
import { cleanInline, stripGlossaryRefs } from "./normalize";
import { readProfileDescription } from "./profile-description";
import { endsMidway, findTopHeadings, moreSectionHeadings, readMoreSection, type TopHeading } from "./profile-more-sections";
import { readKeyCompetences } from "./profile-key-competences";
import {
  CODE_LINE,
  DESCRIPTION_SECTION,
  HEADER_LINE,
  KEY_AXIS,
  KEY_INTRO,
  KEY_REGION_END,
  PAGE_END,
  SOCIAL_INTRO,
  SOCIAL_PARAGRAPH,
  TASKS_SECTION,
  cleanItem,
  readCompetenceLine,
  type Line,
} from "./profile-patterns";
import { findTaskBlocks, formatCodes, readTaskBlock, readTaskCodes, readTaskOverview, taskNumber } from "./profile-tasks";
import { unwrapParagraphs } from "./profile-unwrap";
import { warning } from "./warnings";

/**
 * An INFOdoradca+ occupation page (section 3 "Zadania zawodowe i wymagane kompetencje",
 * section 2 "Opis zawodu", or both) as plain text. Pure: text in, ParsedDocument out.
 * A page cut off part-way is imported as far as it goes, with warnings naming what is missing.
 */

export function parseProfile(input: string, language: DocumentLanguage = "pl"): ParsedDocument {
  const raw = unwrapParagraphs(toLines(input));
  const lines: Line[] = raw.map((l) => ({ text: cleanInline(l), bullet: isBulletLine(l) }));
  const warnings: ImportWarning[] = [];

  const findLine = (pattern: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (!lines[i]?.bullet && pattern.test(lines[i]?.text ?? "")) return i;
    return -1;
  };

  // --- identity -------------------------------------------------------------------------------
  const codeLine = findLine(CODE_LINE);
  const code = codeLine >= 0 ? (CODE_LINE.exec(lines[codeLine]?.text ?? "")?.[1] ?? null) : null;
  if (code === null) warnings.push(warning("noOccupationCode"));

  // The footer ("Partnerzy", "Na skróty") closes a page, not the file: two pages saved into one
  // file (section 2, then section 3) each have one. It ends a task block or section 2 (below).
  const end = lines.length;
  const tasksSection = findLine(TASKS_SECTION);
  const descriptionSection = findLine(DESCRIPTION_SECTION);
  // Sections 1 and 4–7 ("4. Rynek pracy"): each ends the part before it, as the footer does.
  const moreHeadings = moreSectionHeadings(findTopHeadings(lines));
  const moreStarts = new Set(moreHeadings.map((h) => h.line));

  // --- task blocks ----------------------------------------------------------------------------
  const blockStarts = findTaskBlocks(lines, end);
  const firstBlock = blockStarts[0]?.line ?? end;
  const isBoundary = (i: number) => {
    const line = lines[i];
    if (!line || line.bullet) return false;
    return (
      readCompetenceLine(line.text) !== null ||
      SOCIAL_PARAGRAPH.test(line.text) ||
      SOCIAL_INTRO.test(line.text) ||
      KEY_AXIS.test(line.text) ||
      DESCRIPTION_SECTION.test(line.text) ||
      TASKS_SECTION.test(line.text) ||
      PAGE_END.test(line.text) ||
      moreStarts.has(i)
    );
  };

  const overview = readTaskOverview(lines, tasksSection >= 0 ? tasksSection : 0, firstBlock);
  const tasks: ParsedTask[] = [];
  const taskEnds: number[] = [];
  let lastBlock: { task: ParsedTask; cutOff: boolean } | null = null;
  blockStarts.forEach((block, n) => {
    let stop = blockStarts[n + 1]?.line ?? end;
    for (let i = block.line + 1; i < stop; i++) {
      if (isBoundary(i)) {
        stop = i;
        break;
      }
    }
    if (tasks.some((t) => t.code === block.code)) {
      // Ignored, so it does not move where the social and key competences are looked for either.
      warnings.push(warning("taskTwice", { task: block.code }));
      return;
    }
    taskEnds.push(stop);
    const { task, cutOff } = readTaskBlock(raw, lines, block, stop, warnings);
    tasks.push(task);
    lastBlock = { task, cutOff };
  });

  // Tasks named in the overview whose blocks are missing (a page cut off part-way).
  const missing = overview.filter((o) => !tasks.some((t) => t.code === o.code));
  const incomplete = incompleteAt(lastBlock, missing.length > 0);
  if (missing.length > 0) {
    warnings.push(warning("taskBlocksMissing", { tasks: formatCodes(missing.map((m) => m.code)), count: missing.length }));
    for (const m of missing) tasks.push({ code: m.code, title: m.title, knowledge: [], skills: [] });
    tasks.sort((a, b) => taskNumber(a.code) - taskNumber(b.code));
  }
  for (const task of tasks) {
    const fromOverview = overview.find((o) => o.code === task.code);
    if (fromOverview && fromOverview.title !== task.title) {
      warnings.push(warning("taskTitleDiffers", { task: task.code, title: fromOverview.title }));
    }
  }

  // --- competences ----------------------------------------------------------------------------
  const competences: ParsedCompetence[] = [];
  for (const line of lines) {
    const m = line.bullet ? null : readCompetenceLine(line.text);
    if (!m) continue;
    if (competences.some((c) => c.code === m.code)) continue;
    competences.push({
      code: m.code,
      title: cleanInline(stripGlossaryRefs(m.title)),
      taskCodes: readTaskCodes(m.rest),
    });
  }
  for (const competence of competences) {
    const unknown = competence.taskCodes.filter((c) => !tasks.some((t) => t.code === c));
    if (unknown.length > 0) warnings.push(warning("competenceUnknownTasks", { competence: competence.code, tasks: formatCodes(unknown) }));
  }

  const hasTasksPart = tasksSection >= 0 || tasks.length > 0;
  const hasDescriptionPart = descriptionSection >= 0;
  const part: ProfilePart =
    hasTasksPart && hasDescriptionPart ? "both" : hasDescriptionPart ? "description" : hasTasksPart || moreHeadings.length === 0 ? "tasks" : "sections";

  if (hasTasksPart) {
    if (tasks.length === 0) warnings.push(warning("noTasks"));
    if (competences.length === 0) warnings.push(warning("noCompetences"));
  }

  // --- social and key competences ---------------------------------------------------------------
  const lastTaskEnd = taskEnds.reduce((a, b) => Math.max(a, b), firstBlock);
  const tasksEnd = moreHeadings.find((h) => h.line >= lastTaskEnd)?.line ?? end;
  const socialCompetences = readSocialCompetences(raw, lines, lastTaskEnd, tasksEnd);
  if (hasTasksPart && socialCompetences.length === 0) warnings.push(warning("noSocialCompetences"));

  const keyCompetences = readKeyRegion(lines, lastTaskEnd, tasksEnd, warnings);
  if (hasTasksPart && keyCompetences.length === 0) warnings.push(warning("noKeyCompetences"));
  else if (keyCompetences.length > 0 && keyCompetences.length < KEY_COMPETENCES.length) {
    const absent = KEY_COMPETENCES.filter((k) => !keyCompetences.some((f) => f.name === k));
    warnings.push(warning("keyCompetencesIncomplete", { count: keyCompetences.length, total: KEY_COMPETENCES.length, missing: absent.join(", ") }));
  }

  // --- section 2 --------------------------------------------------------------------------------
  const title = readTitle(lines, codeLine, tasksSection, descriptionSection);
  let summary: string | null = null;
  let synthesis: string | null = null;
  let workDescription: string | null = null;
  let sections: ParsedDocument["sections"] = [];
  let subsections: ParsedDocument["subsections"] = [];
  if (hasDescriptionPart) {
    const footer = findLine(PAGE_END, descriptionSection);
    const descriptionEnd = [tasksSection, footer, ...moreStarts].filter((i) => i > descriptionSection).reduce((a, b) => Math.min(a, b), end);
    const description = readProfileDescription(raw, descriptionSection + 1, descriptionEnd, title);
    ({ summary, workDescription, sections, subsections } = description);
    // The profile stores a synthesis, not a summary: a page whose section 2 opens with its lead
    // sentence and has no "Synteza" keeps that sentence there, so nothing of it is lost.
    synthesis = description.synthesis ?? summary;
    if (synthesis === null) warnings.push(warning("noSynthesis"));
    if (workDescription === null) warnings.push(warning("noWorkDescription"));
  }

  // --- sections 1, 4–7 ---------------------------------------------------------------------------
  const more = readMoreSections(raw, lines, moreHeadings, [tasksSection, descriptionSection]);
  const incompleteHere = incomplete ?? (more.lastWhole !== null ? { at: more.lastWhole } : null);
  subsections = [...more.subsections.filter((s) => s.section < 2), ...subsections, ...more.subsections.filter((s) => s.section > 2)];

  return {
    kind: "occupation-profile",
    language,
    code,
    title: title ?? (code ? `Zawód ${code}` : "Zawód bez nazwy"),
    // A profile's identity is its code, whatever its title.
    untitled: title === null,
    summary,
    synthesis,
    workDescription,
    part,
    tasks,
    competences,
    socialCompetences,
    keyCompetences,
    duties: [],
    sections,
    subsections,
    jobDescription: null,
    requirements: [],
    employer: null,
    incomplete: incompleteHere,
    warnings,
  };
}

// -------------------------------------------------------------------------------------------------

/**
 * Where a cut-off page ends: in the last task block when its list has no closing full stop (the
 * place: the task and its last whole item), or after the last block when the overview names tasks
 * whose blocks never came. A missing full stop inside an earlier block is a typo, not a cut.
 */
function incompleteAt(last: { task: ParsedTask; cutOff: boolean } | null, blocksMissing: boolean): ParsedDocument["incomplete"] {
  if (!last || !(last.cutOff || blocksMissing)) return null;
  const lastItem = last.task.skills.at(-1) ?? last.task.knowledge.at(-1);
  return { at: lastItem ? `${last.task.code}: “${lastItem}”` : last.task.code };
}

// -------------------------------------------------------------------------------------------------

/**
 * Each of sections 1, 4–7 up to the next top-level heading (2 and 3 included), the footer or the
 * text's end. The last one, with no footer after it and a last line without a closing stop, was
 * cut off there: `lastWhole` names its last whole line (nothing after it is invented).
 */
function readMoreSections(raw: readonly string[], lines: readonly Line[], headings: TopHeading[], otherStarts: number[]) {
  const subsections: ParsedSubsection[] = [];
  let lastWhole: string | null = null;
  headings.forEach((heading, n) => {
    const next = [headings[n + 1]?.line ?? lines.length, ...otherStarts.filter((i) => i > heading.line)];
    const footer = lines.findIndex((l, i) => i > heading.line && !l.bullet && PAGE_END.test(l.text));
    const to = Math.min(...next, footer >= 0 ? footer : lines.length);
    const cut = to === lines.length && endsMidway(raw, heading.line, to);
    const read = readMoreSection(raw, heading, to, cut);
    subsections.push(...read.subsections);
    if (cut) lastWhole = read.lastWhole;
  });
  return { subsections, lastWhole };
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
    if (!line || PAGE_END.test(line.text)) break;
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

function readKeyRegion(lines: readonly Line[], from: number, to: number, warnings: ImportWarning[]): ParsedKeyCompetence[] {
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
    if (KEY_REGION_END.test(text) || PAGE_END.test(text)) break;
    pieces.push(lines[i]?.bullet ? stripBullet(text) : text);
  }
  const { keyCompetences, leftover } = readKeyCompetences(pieces.join(" "));
  if (keyCompetences.length > 0 && leftover !== "") warnings.push(warning("keyCompetencesLeftover", { text: leftover.slice(0, 120) }));
  return keyCompetences;
}

function readTitle(lines: readonly Line[], codeLine: number, tasksSection: number, descriptionSection: number): string | null {
  if (codeLine > 0) {
    for (let i = codeLine - 1; i >= 0; i--) {
      const text = lines[i]?.text ?? "";
      if (text === "") continue;
      if (HEADER_LINE.test(text) || lines[i]?.bullet) break;
      return cleanInline(stripGlossaryRefs(text));
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
