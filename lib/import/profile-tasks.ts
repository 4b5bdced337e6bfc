import type { ImportWarning, ParsedTask } from "@/lib/validation/document";
import { isBlank, joinWrapped, stripBullet } from "./lines";
import { KNOWLEDGE_HEADING, SKILL_HEADING, TASK_CODE_ONLY, TASK_CODE_WITH_TITLE, cleanItem, type Line } from "./profile-patterns";
import { splitKnowledgeAndSkills } from "./split-task-items";
import { warning } from "./warnings";

/** The tasks of section 3: the overview list, the Z-blocks and their knowledge and skill items. */

export type BlockStart = { line: number; code: string; inlineTitle: string | null };

/** A task block opens with "Z1" alone on a line (or "Z1 Title" followed by the WIEDZA heading). */
export function findTaskBlocks(lines: readonly Line[], end: number): BlockStart[] {
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
export function readTaskOverview(lines: readonly Line[], from: number, to: number): { code: string; title: string }[] {
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

/**
 * One task block. `cutOff`: it ends the text and its list does not end with a full stop: the page
 * was cut off here, and a last item that ends mid-word (no full stop, no list separator) is not
 * whole and is left out. A block followed by more text was not cut, whatever its punctuation.
 */
export function readTaskBlock(
  raw: readonly string[],
  lines: readonly Line[],
  block: BlockStart,
  stop: number,
  warnings: ImportWarning[],
): { task: ParsedTask; cutOff: boolean } {
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
  if (knowledge.length === 0 && skills.length === 0) warnings.push(warning("missingKnowledgeAndSkills", { task: block.code }));
  else if (skills.length === 0) warnings.push(warning("missingSkills", { task: block.code }));
  else if (knowledge.length === 0) warnings.push(warning("missingKnowledge", { task: block.code }));
  const noFullStop = lastItem !== undefined && !/[.!?…]$/u.test(lastItem.trim());
  const cutOff = noFullStop && endsText(lines, stop);
  if (noFullStop) warnings.push(warning("listCutOff", { task: block.code }));
  if (cutOff) {
    if (!/[;,:]$/u.test(lastItem.trim())) {
      warnings.push(warning("itemCutMidWord", { task: block.code, text: cleanItem(lastItem).slice(-60) }));
      if (skills.length > 0) skills = skills.slice(0, -1);
      else knowledge = knowledge.slice(0, -1);
    }
  }

  return {
    task: {
      code: block.code,
      title: title || block.code,
      knowledge: knowledge.map(cleanItem).filter(Boolean),
      skills: skills.map(cleanItem).filter(Boolean),
    },
    cutOff,
  };
}

/** Task codes in "Z1, Z2, Z3, Z4, Z5, do realizacji …" or "Z1–Z5". */
export function readTaskCodes(text: string): string[] {
  const codes: string[] = [];
  const head = text.split(/(?<!\s)\s+do realizacji/iu)[0] ?? "";
  for (const m of head.matchAll(/Z(\d{1,3})(?:\s*[–—-]\s*Z(\d{1,3}))?/gu)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let n = from; n <= Math.min(to, from + 99); n++) if (!codes.includes(`Z${n}`)) codes.push(`Z${n}`);
  }
  return codes;
}

export function taskNumber(code: string): number {
  return Number(code.slice(1));
}

/** "Z6–Z7" for a run of consecutive codes, "Z2, Z5" otherwise. */
export function formatCodes(codes: readonly string[]): string {
  const numbers = codes.map(taskNumber);
  const consecutive = numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
  if (codes.length > 2 && consecutive) return `${codes[0]}–${codes.at(-1)}`;
  if (codes.length === 2 && consecutive) return `${codes[0]}–${codes[1]}`;
  return codes.join(", ");
}

/**
 * No text after line `from`. Stops at the first line with text, so over all task blocks the lines
 * are read about once (a copy of the rest per block would make many blocks quadratic; ADR 0004).
 */
function endsText(lines: readonly Line[], from: number): boolean {
  for (let i = from; i < lines.length; i++) if (lines[i]!.text.trim() !== "") return false;
  return true;
}
