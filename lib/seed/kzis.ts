/**
 * Pure parsers for the KZiS 2023 reference files (seeds/data, see its README for the quirks).
 * No I/O: they take CSV text and return rows ready to insert.
 */
import { parse } from "csv-parse/sync";
import { editDistance, foldText, squash } from "@/lib/text";
import type { OccupationLevel } from "@/lib/validation/occupation";

export type KzisRow = {
  code: string;
  level: OccupationLevel;
  name: string;
  parentCode: string | null;
  description: string | null;
  isVocational: boolean;
  isNameCompleted: boolean;
  /** opis_2022 as the source gives it: the name repair (lib/seed/name-repair.ts) reads the full name from it. */
  rawDescription: string;
};

const LEVEL_BY_SOURCE: Record<string, OccupationLevel> = {
  "wielka grupa": "major",
  "duza grupa": "submajor",
  "srednia grupa": "minor",
  "grupa elementarna": "unit",
  "zawod/specjalnosc": "occupation",
};

const PLACEHOLDER = "opis w opracowaniu";

export function readCsv(text: string, delimiter = ","): Record<string, string>[] {
  // NOTE: csv-parse keeps every value a string, so codes keep their leading zeros.
  return parse(text, { columns: true, delimiter, skip_empty_lines: true, bom: true, relax_column_count: true }) as Record<string, string>[];
}

export function parseKzis(csvText: string): KzisRow[] {
  return readCsv(csvText).map((r) => {
    const level = LEVEL_BY_SOURCE[r.poziom ?? ""];
    if (!level) throw new Error(`Unknown KZiS level "${r.poziom}" for code ${r.kod}`);
    const name = squash(r.nazwa ?? "");
    return {
      code: (r.kod ?? "").trim(),
      level,
      name,
      parentCode: (r.kod_nadrzedny ?? "").trim() || null,
      description: level === "occupation" ? cleanOccupationDescription(name, r.opis_2022 ?? "") : cleanText(r.opis_2022 ?? ""),
      isVocational: r.zawod_szkolny_S === "S",
      isNameCompleted: r.nazwa_poprawiona === "T",
      rawDescription: r.opis_2022 ?? "",
    };
  });
}

function cleanText(text: string): string | null {
  const t = squash(text);
  if (t === "" || foldText(t).includes(PLACEHOLDER)) return null;
  return t;
}

const letters = (s: string) => foldText(s).replace(/[^\p{L}\p{N}]/gu, "");

/**
 * An occupation description starts with the occupation's name repeated, sometimes spelled a little
 * differently ("Oficer zawodowy" for "Oficer zawodowych", "-" for "–", "/" with spaces). The cut is
 * made at the word boundary whose prefix is closest to the name, and only when it is close enough;
 * otherwise the text is kept whole rather than losing a real sentence.
 */
export function cleanOccupationDescription(name: string, raw: string): string | null {
  const text = squash(raw);
  // All 504 placeholder rows hold only a (sometimes longer, older) name plus the placeholder:
  // the placeholder means "no description", whatever stands before it.
  if (foldText(text).includes(PLACEHOLDER)) return null;
  const target = letters(name);
  const words = text.split(" ");
  let best = { distance: Number.POSITIVE_INFINITY, words: 0 };
  let prefix = "";
  const maxWords = Math.min(words.length, name.split(" ").length + 4);
  for (let k = 1; k <= maxWords; k++) {
    prefix += letters(words[k - 1] ?? "");
    const distance = editDistance(prefix, target);
    if (distance < best.distance) best = { distance, words: k };
    if (prefix.length > target.length + 6) break;
  }
  const tolerance = Math.max(2, Math.floor(target.length * 0.15));
  const rest = best.distance <= tolerance ? words.slice(best.words).join(" ") : text;
  return cleanText(rest);
}

export type GroupRow = { code: string; name: string; synthesis: string | null; tasks: string[] };

/** kzis-groups-level{2,3,4}.csv: the typical tasks are one paragraph "… obejmują: a; b; c." */
export function parseGroups(csvText: string): GroupRow[] {
  return readCsv(csvText).map((r) => ({
    code: (r.kod ?? "").trim(),
    name: squash(r.nazwa ?? ""),
    synthesis: cleanText(r.synteza ?? ""),
    tasks: splitGroupTasks(r.zadania_zawodowe ?? ""),
  }));
}

export function splitGroupTasks(paragraph: string): string[] {
  const text = squash(paragraph);
  if (!text) return [];
  const colon = text.search(/obejmują\s*:/iu);
  const body = colon >= 0 ? text.slice(text.indexOf(":", colon) + 1) : text;
  return body
    .split(/;\s*/u)
    .map((item) => squash(item).replace(/\.$/u, ""))
    .filter((item) => item.length > 0);
}

export type TitleRow = { code: string; titles: string[] };

/** gus-job-titles.csv: titles are comma-separated, but a comma inside parentheses is part of a title. */
export function parseGusTitles(csvText: string): TitleRow[] {
  return readCsv(csvText).map((r) => ({ code: (r.code ?? "").trim(), titles: splitTopLevel(r.desc ?? "", ",") }));
}

export function splitTopLevel(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === separator && depth === 0) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out.map(squash).filter(Boolean);
}
