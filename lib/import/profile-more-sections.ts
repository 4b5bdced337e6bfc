import type { ParsedSubsection } from "@/lib/validation/document";
import { readBlocks } from "./blocks";
import { isBulletLine } from "./lines";
import { cleanInline, stripGlossaryRefs, stripListPunctuation } from "./normalize";
import type { Line } from "./profile-patterns";

/**
 * Sections 1 and 4–7 of an INFOdoradca+ page (general information; labour market; people with
 * disabilities; further training and qualifications; related occupations and sources): each opens
 * with a numbered top-level heading ("4. Rynek pracy") and runs to the next top-level heading or the
 * page's end. Sections 2 and 3 keep their own readers (profile-description.ts, profile-tasks.ts).
 */

/** The sections this reader takes; 2 and 3 are read elsewhere. */
const MORE_NUMBERS = new Set([1, 4, 5, 6, 7]);
/** "4. Rynek pracy": a number, a capitalised title of heading length, no sentence or list punctuation at its end. */
const TOP_HEADING = /^([1-7])\.\s*(\p{Lu}.{0,118})$/u;
/** Named sub-headings the portal uses inside sections 4–7 without a number. */
const NAMED_SUBHEADINGS = [
  /^możliwości zatrudnienia$/iu,
  /^zapotrzebowanie na pracowników$/iu,
  /^podnoszenie kwalifikacji(?: zawodowych)?$/iu,
  /^potwierdzanie kompetencji$/iu,
  /^zawody pokrewne$/iu,
  /^źródła (?:dodatkowych )?informacji$/iu,
  /^akty prawne$/iu,
  /^strony internetowe$/iu,
  /^publikacje$/iu,
];

export type TopHeading = { number: number; line: number; title: string };

/**
 * The numbered top-level headings of a page, 2 and 3 included, so that each section knows where
 * the next begins. A heading counts only after a lower-numbered one (the portal's order): "5. Kolejny
 * krok" inside a list after section 6 is text, as is a numbered line ending like a sentence, or one
 * right after the line numbered one less (the items of a numbered list: "3. …", "4. …").
 */
export function findTopHeadings(lines: readonly Line[]): TopHeading[] {
  const found: TopHeading[] = [];
  let previous: { number: number; line: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.bullet || line.text === "") continue;
    const m = TOP_HEADING.exec(line.text);
    const listed = previous;
    previous = null;
    if (!m) {
      const item = /^(\d{1,2})\.\s/u.exec(line.text);
      if (item) previous = { number: Number(item[1]), line: i };
      continue;
    }
    const number = Number(m[1]);
    // "4. …" right after "3. …" that was no heading is the next item of a numbered list.
    const inList = listed?.number === number - 1 && found.at(-1)?.line !== listed.line;
    previous = { number, line: i };
    if (inList || /[.;,:]$/u.test(m[2]!) || number <= (found.at(-1)?.number ?? 0)) continue;
    found.push({ number, line: i, title: cleanInline(stripGlossaryRefs(m[2]!)) });
  }
  return found;
}

/** Only the sections this reader takes. */
export function moreSectionHeadings(headings: readonly TopHeading[]): TopHeading[] {
  return headings.filter((h) => MORE_NUMBERS.has(h.number));
}

type Sub = ParsedSubsection & { lines: string[] };

/**
 * One section from its heading (`from`, the heading's line) to `to`: a level-0 entry for the
 * section itself (its title, the text before its first subsection), then one level-1 entry per
 * "N.M." or named sub-heading. Text as section 2's: a paragraph per line, an item as "• item".
 * `cut`: the page ends inside this section's last block without a closing stop, so that block is not whole and is left out.
 */
export function readMoreSection(
  raw: readonly string[],
  heading: TopHeading,
  to: number,
  cut: boolean,
): { subsections: ParsedSubsection[]; lastWhole: string | null } {
  const numbered = new RegExp(`^${heading.number}\\.(\\d{1,2})\\.?\\s+(\\S.{0,158})$`, "u");
  const subs: Sub[] = [{ section: heading.number, level: 0, heading: heading.title, text: "", lines: [] }];
  let runStart = heading.line + 1;
  const flush = (end: number) => {
    for (const block of readBlocks(raw, runStart, end)) {
      const text = cleanInline(stripGlossaryRefs(block.text));
      const line = block.type === "item" ? `• ${stripListPunctuation(text)}` : text;
      if (text) subs.at(-1)!.lines.push(line);
    }
  };
  for (let i = heading.line + 1; i < to; i++) {
    const title = subheadingOf(raw[i] ?? "", numbered);
    if (title === null) continue;
    flush(i);
    runStart = i + 1;
    subs.push({ section: heading.number, level: 1, heading: title, text: "", lines: [] });
  }
  flush(to);
  let lastWhole: string | null = null;
  if (cut) {
    // A last block ending in a list separator is whole (the list went on); one ending mid-word is not.
    if (!/[;,:]$/u.test(cleanInline(raw[lastLine(raw, heading.line, to)] ?? ""))) subs.findLast((s) => s.lines.length > 0)?.lines.pop();
    const last = subs.findLast((s) => s.lines.length > 0);
    lastWhole = last ? `${heading.number}. ${last.heading}: “${last.lines.at(-1)!.replace(/^• /u, "")}”` : `${heading.number}. ${heading.title}`;
  }
  return { subsections: subs.map(({ lines, ...s }) => ({ ...s, text: lines.join("\n") })), lastWhole };
}

function subheadingOf(line: string, numbered: RegExp): string | null {
  if (isBulletLine(line)) return null;
  const text = cleanInline(line);
  if (/[.;,]$/u.test(text)) return null;
  const m = numbered.exec(text);
  if (m) return cleanInline(stripGlossaryRefs(m[2]!)).replace(/:$/u, "");
  const named = text.replace(/:$/u, "");
  return NAMED_SUBHEADINGS.some((p) => p.test(named)) ? named : null;
}

function lastLine(raw: readonly string[], from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if (cleanInline(raw[i] ?? "") !== "") return i;
  return from;
}

/**
 * The text ends inside a section's last line (the caller checks that no footer follows): it has no
 * closing stop, so a list or a word was cut off. An address ("www.praca.gov.pl") ends without one
 * and is whole.
 */
export function endsMidway(raw: readonly string[], from: number, to: number): boolean {
  const i = lastLine(raw, from, to);
  const text = cleanInline(raw[i] ?? "");
  const lastWord = text.slice(text.lastIndexOf(" ") + 1);
  return i > from && !/[.!?…)”"]$/u.test(text) && !/www\.|:\/\/|@/u.test(lastWord);
}
