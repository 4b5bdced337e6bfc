import type { ParsedSection, ParsedSubsection } from "@/lib/validation/document";
import { readBlocks } from "./blocks";
import { isBulletLine } from "./lines";
import { cleanInline, stripGlossaryRefs, stripListPunctuation } from "./normalize";

/**
 * Section 2 "Opis zawodu" of an INFOdoradca+ page: "Synteza" (a short synthesis), "Opis pracy"
 * (how the work is done, with sub-headings such as "Sposoby wykonywania pracy") and further
 * sub-sections (work environment, requirements, education, related occupations), following the
 * INFOdoradca+ model 2.1–2.7. Headings may carry their number ("2.1. Synteza zawodu").
 */

/** Headings that open a new part of section 2; the first two feed synthesis and workDescription. */
const TOP_HEADINGS: { pattern: RegExp; role: "synthesis" | "work" | "other" }[] = [
  { pattern: /^synteza(?: zawodu)?$/iu, role: "synthesis" },
  { pattern: /^opis pracy(?: i sposob\p{L}* jej wykonywania)?$/iu, role: "work" },
  { pattern: /^środowisko pracy\b/iu, role: "other" },
  { pattern: /^wymagania psychofizyczne i zdrowotne$/iu, role: "other" },
  { pattern: /^wymagania(?: kwalifikacyjne| zawodowe)?$/iu, role: "other" },
  { pattern: /^wykształcenie\b/iu, role: "other" },
  { pattern: /^kwalifikacje\b/iu, role: "other" },
  { pattern: /^możliwości rozwoju zawodowego\b/iu, role: "other" },
  { pattern: /^zatrudnienie osób z niepełnosprawnością/iu, role: "other" },
  { pattern: /^zawody pokrewne$/iu, role: "other" },
];

/** Sub-headings inside a part: they stay inside the part (as their own line in work description). */
const SUB_HEADINGS = [
  /^sposoby wykonywania pracy$/iu,
  /^warunki pracy$/iu,
  /^maszyny i narzędzia( pracy)?$/iu,
  /^zagrożenia$/iu,
  /^organizacja pracy$/iu,
  /^wymagania psychofizyczne$/iu,
  /^wymagania zdrowotne$/iu,
  /^ważne:?$/iu,
];

const NUMBER_PREFIX = /^2\.\d+\.?\s*/u;

export type ProfileDescription = {
  /** The lead sentence that opens section 2 (after the occupation's name line), or else the synthesis's first paragraph. */
  summary: string | null;
  synthesis: string | null;
  workDescription: string | null;
  sections: ParsedSection[];
  /** Every heading of section 2 with its own text, in the source's order. */
  subsections: ParsedSubsection[];
};

type Part = { heading: string; role: "synthesis" | "work" | "other"; lines: string[]; items: string[] };

function headingRole(line: string): Part["role"] | "sub" | null {
  if (isBulletLine(line)) return null;
  const text = cleanInline(line).replace(NUMBER_PREFIX, "").replace(/:$/u, "");
  if (text.length > 160 || /[.;,]$/u.test(text)) return null;
  for (const { pattern, role } of TOP_HEADINGS) if (pattern.test(text)) return role;
  if (SUB_HEADINGS.some((p) => p.test(text))) return "sub";
  return text !== "" && NUMBER_PREFIX.test(cleanInline(line)) ? "other" : null;
}

/**
 * `name` is the occupation's name: a page repeats it as the first line of section 2, before the
 * lead sentence ("Administrator systemów poczty elektronicznej 4 odpowiada za …").
 */
export function readProfileDescription(lines: readonly string[], from: number, to: number, name: string | null = null): ProfileDescription {
  const parts: Part[] = [];
  const subsections: (ParsedSubsection & { lines: string[] })[] = [];
  const lead: string[] = [];
  let current: Part | null = null;
  let runStart = from;

  const flushRun = (end: number) => {
    for (const block of readBlocks(lines, runStart, end)) {
      const text = cleanInline(stripGlossaryRefs(block.text));
      const item = block.type === "item" ? stripListPunctuation(text) : "";
      if (!current) {
        if (block.type === "paragraph" && text !== "" && text !== name) lead.push(withoutNameLine(text, name));
        continue;
      }
      if (block.type === "item") {
        if (item) {
          current.items.push(item);
          current.lines.push(`• ${item}`);
          subsections.at(-1)?.lines.push(`• ${item}`);
        }
      } else if (text) {
        current.lines.push(text);
        subsections.at(-1)?.lines.push(text);
      }
    }
  };

  for (let i = from; i < to; i++) {
    const role = headingRole(lines[i] ?? "");
    if (role === null) continue;
    flushRun(i);
    runStart = i + 1;
    const heading = cleanInline(stripGlossaryRefs(lines[i] ?? ""))
      .replace(NUMBER_PREFIX, "")
      .replace(/:$/u, "");
    subsections.push({ section: 2, heading, level: role === "sub" && current ? 2 : 1, text: "", lines: [] });
    if (role === "sub" && current) {
      current.lines.push(heading);
      continue;
    }
    current = { heading, role: role === "sub" ? "other" : role, lines: [], items: [] };
    parts.push(current);
  }
  flushRun(to);

  const textOf = (role: Part["role"]) => {
    const found = parts.filter((p) => p.role === role).flatMap((p) => p.lines);
    return found.length > 0 ? found.join("\n") : null;
  };
  const synthesis = textOf("synthesis");
  return {
    summary: lead[0] ?? synthesis?.split("\n")[0] ?? null,
    synthesis,
    subsections: subsections.map(({ lines: own, ...s }) => ({ ...s, text: own.join("\n") })),
    workDescription: textOf("work"),
    sections: parts
      .filter((p) => p.role === "other")
      .map((p) => ({
        heading: p.heading,
        text: p.lines.filter((l) => !l.startsWith("• ")).join("\n"),
        items: p.items,
      })),
  };
}

/** "Name Name odpowiada za …" (the name line run into the lead sentence by unwrapping) → "Name odpowiada za …". */
function withoutNameLine(text: string, name: string | null): string {
  return name && text.startsWith(`${name} ${name}`) ? text.slice(name.length + 1) : text;
}
