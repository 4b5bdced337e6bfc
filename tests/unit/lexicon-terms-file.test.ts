import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/seed/kzis";

/**
 * The word part of the multilingual lexicon (seeds/lexicon/terms.csv) against the file format the
 * lexicon loader reads: header, four languages per concept, allowed origins, codes that exist in KZiS 2023, and
 * origins that are true (an "official" label must really be one, or it would be shown as official).
 */
const LANGS = ["pl", "en", "kk", "ru"] as const;
const ORIGINS = new Set(["kzis-2023", "isco-08", "okz-2014", "esco", "editorial"]);
const HEADER = ["concept", "lang", "term", "origin", "codes"];

const read = (file: string) => fs.readFileSync(path.resolve(file), "utf8");
const text = read("seeds/lexicon/terms.csv");
// Strict parse (no relaxed column count): a row with a stray comma must fail here.
const records = parse(text, { skip_empty_lines: true }) as string[][];
const [header, ...body] = records;
type Row = { concept: string; lang: string; term: string; origin: string; codes: string };
const rows: Row[] = body.map(([concept = "", lang = "", term = "", origin = "", codes = ""]) => ({ concept, lang, term, origin, codes }));

const kzis = readCsv(read("seeds/data/kzis-2023.csv"));
const kzisCodes = new Set(kzis.map((r) => r.kod ?? ""));
const kzisNames = new Set(kzis.map((r) => r.nazwa ?? ""));
const escoLabels = new Set(
  ["en", "pl"].flatMap((lang) =>
    readCsv(read(`seeds/data/esco-occupations-${lang}.csv`)).flatMap((r) => [r.preferredLabel ?? "", ...(r.altLabels ?? "").split("\n")].map((s) => s.trim())),
  ),
);

const byConcept = new Map<string, Row[]>();
for (const row of rows) byConcept.set(row.concept, [...(byConcept.get(row.concept) ?? []), row]);

/** The codes of a concept (every row of a concept carries the same, checked below). */
const codesOf = (concept: string | undefined) => (byConcept.get(concept ?? "")?.[0]?.codes ?? "").split(" ").filter(Boolean);
/** The concepts whose terms in a language include the given term. */
const conceptsOf = (lang: string, term: string) => rows.filter((r) => r.lang === lang && r.term === term).map((r) => r.concept);

describe("seeds/lexicon/terms.csv", () => {
  it("is UTF-8 without BOM and has the fixed header and five fields per row", () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(header).toEqual(HEADER);
    expect(body.filter((r) => r.length !== HEADER.length)).toEqual([]);
  });

  it("uses slug concepts, the four languages, the allowed origins and trimmed non-empty terms", () => {
    expect(rows.filter((r) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.concept))).toEqual([]);
    expect(rows.filter((r) => !(LANGS as readonly string[]).includes(r.lang))).toEqual([]);
    expect(rows.filter((r) => !ORIGINS.has(r.origin))).toEqual([]);
    expect(rows.filter((r) => r.term === "" || r.term !== r.term.trim() || /\s{2}/.test(r.term))).toEqual([]);
  });

  it("holds at least 400 concepts, each with terms in pl, en, kk and ru", () => {
    expect(byConcept.size).toBeGreaterThanOrEqual(400);
    const incomplete = [...byConcept].filter(([, terms]) => LANGS.some((lang) => !terms.some((t) => t.lang === lang))).map(([c]) => c);
    expect(incomplete).toEqual([]);
  });

  it("has no duplicate (concept, lang, term)", () => {
    const seen = new Set<string>();
    const duplicates = rows.map((r) => `${r.concept}|${r.lang}|${r.term}`).filter((key) => seen.has(key) || !seen.add(key));
    expect(duplicates).toEqual([]);
  });

  it("points only to KZiS 2023 codes, leading zeros kept, most specific first, the same on every row of a concept", () => {
    const unknown = rows.flatMap((r) => r.codes.split(" ").filter((c) => c !== "" && !kzisCodes.has(c)));
    expect(unknown).toEqual([]);
    const notMostSpecificFirst = rows.filter((r) => {
      const lengths = r.codes
        .split(" ")
        .filter(Boolean)
        .map((c) => c.length);
      return lengths.some((len, i) => i > 0 && len > lengths[i - 1]!);
    });
    expect(notMostSpecificFirst).toEqual([]);
    const mixed = [...byConcept].filter(([, terms]) => new Set(terms.map((t) => t.codes)).size > 1).map(([c]) => c);
    expect(mixed).toEqual([]);
    expect(codesOf("soldier")).toContain("0110");
  });

  it("marks a term official only when it is one: kzis-2023 = a Polish KZiS name, esco = an ESCO occupation label", () => {
    expect(rows.filter((r) => r.origin === "kzis-2023" && (r.lang !== "pl" || !kzisNames.has(r.term)))).toEqual([]);
    expect(rows.filter((r) => r.origin === "esco" && (!["pl", "en"].includes(r.lang) || !escoLabels.has(r.term)))).toEqual([]);
  });

  it("writes Kazakh in Kazakh Cyrillic with the Latin-i variant people type, and Russian without Kazakh letters", () => {
    const kazakh = rows.filter((r) => r.lang === "kk");
    expect(kazakh.filter((r) => /[әғқңөұүһі]/.test(r.term)).length).toBeGreaterThan(kazakh.length / 2);
    const withoutLatinVariant = kazakh
      .filter((r) => r.term.includes("і"))
      .filter((r) => !byConcept.get(r.concept)?.some((t) => t.lang === "kk" && t.term === r.term.replaceAll("і", "i")))
      .map((r) => `${r.concept}: ${r.term}`);
    expect(withoutLatinVariant).toEqual([]);
    expect(rows.filter((r) => r.lang === "ru" && /[әғқңөұүһі]/i.test(r.term))).toEqual([]);
  });

  it("covers the words of issue 12 with the codes search and suggestion need", () => {
    for (const [lang, term] of [
      ["en", "email administrator"],
      ["en", "e-mail administrator"],
      ["pl", "administrator poczty e-mail"],
    ] as const) {
      expect(codesOf(conceptsOf(lang, term)[0])[0], term).toBe("351402");
    }
    for (const [lang, term] of [
      ["kk", "бағдарламашы"],
      ["ru", "программист"],
      ["en", "programmer"],
      ["pl", "programista"],
    ] as const) {
      expect(conceptsOf(lang, term), term).toContain("programmer");
    }
    expect(codesOf("programmer")).toEqual(expect.arrayContaining(["251401", "2514", "2512"]));
    expect(codesOf("system-administrator")[0]).toBe("252201");
    expect(conceptsOf("kk", "ақпараттық технологиялар")).toContain("it");
    for (const [lang, term] of [
      ["pl", "e-mail"],
      ["pl", "email"],
      ["kk", "ІТ"],
      ["kk", "IT"],
      ["pl", "BHP"],
      ["ru", "ОТ"],
      ["en", "SQL"],
      ["en", "HR"],
    ] as const) {
      expect(conceptsOf(lang, term), term).not.toEqual([]);
    }
  });
});
