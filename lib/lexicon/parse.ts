/**
 * Pure parser of the lexicon CSV files (seeds/lexicon/README.md): text in, validated rows out, no
 * I/O. A file with any bad row is refused whole, every problem named by line, so a seed never loads
 * half of an editor's file.
 */
import { parse } from "csv-parse/sync";
import { lexiconRowSchema, type LexiconRow } from "@/lib/validation/lexicon";

export const LEXICON_HEADER = ["concept", "lang", "term", "origin", "codes"] as const;

/** A lexicon row with its place: `position` 1 is the preferred label of its (concept, lang). */
export type LexiconEntry = LexiconRow & { position: number };

export class LexiconFormatError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.slice(0, 10).join("; ")}${problems.length > 10 ? ` (and ${problems.length - 10} more)` : ""}`);
    this.name = "LexiconFormatError";
  }
}

export function parseLexiconCsv(text: string, file = "lexicon"): LexiconEntry[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    throw new LexiconFormatError(file, [error instanceof Error ? error.message : String(error)]);
  }
  const [header, ...body] = records;
  if (!header || header.join(",") !== LEXICON_HEADER.join(",")) throw new LexiconFormatError(file, [`the header must be ${LEXICON_HEADER.join(",")}`]);
  const problems: string[] = [];
  const entries: LexiconEntry[] = [];
  const positions = new Map<string, number>();
  const seen = new Set<string>();
  body.forEach((cells, i) => {
    // Line numbers as an editor sees them: the header is line 1 (a quoted field with a newline shifts them; rare in this file).
    const line = i + 2;
    if (cells.length !== LEXICON_HEADER.length) {
      problems.push(`line ${line}: ${cells.length} fields, expected ${LEXICON_HEADER.length}`);
      return;
    }
    const parsed = lexiconRowSchema.safeParse(Object.fromEntries(LEXICON_HEADER.map((k, j) => [k, cells[j]])));
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `line ${line}: ${issue.path.join(".") || "row"}: ${issue.message}`));
      return;
    }
    const row = parsed.data;
    const pair = `${row.concept}\0${row.lang}`;
    const key = `${pair}\0${row.term}`;
    if (seen.has(key)) {
      problems.push(`line ${line}: "${row.term}" is already a ${row.lang} term of ${row.concept}`);
      return;
    }
    seen.add(key);
    const position = (positions.get(pair) ?? 0) + 1;
    positions.set(pair, position);
    entries.push({ ...row, position });
  });
  if (problems.length > 0) throw new LexiconFormatError(file, problems);
  return entries;
}

/** The files of one seed, concatenated: a (concept, lang) lives in one file only, so a file cannot silently extend another's. */
export function mergeLexiconFiles(files: { file: string; entries: LexiconEntry[] }[]): LexiconEntry[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, entries } of files)
    for (const e of entries) {
      const pair = `${e.concept} ${e.lang}`;
      const first = owner.get(pair);
      if (first === undefined) owner.set(pair, file);
      else if (first !== file) problems.push(`${pair} is in ${first} and ${file}`);
    }
  if (problems.length > 0) throw new LexiconFormatError(files.map((f) => f.file).join(", "), [...new Set(problems)]);
  return files.flatMap((f) => f.entries);
}
