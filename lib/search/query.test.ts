import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchMatch, parseQuery, quote, type ParsedQuery } from "./query";

const MIGRATION = path.resolve(import.meta.dirname, "../../prisma/migrations/20261122190000_search_fts/migration.sql");

/** The real search tables (from the migration), in memory, with a few rows to match against. */
let db: Database.Database;
beforeAll(() => {
  db = new Database(":memory:");
  db.exec(fs.readFileSync(MIGRATION, "utf8"));
  db.prepare(`INSERT INTO search_entry (id, code, kind, language, name, name_stem, tasks) VALUES (6351402, '351402', 'occupation', 'pl', ?, ?, ?)`).run(
    "Administrator systemów poczty elektronicznej",
    "administrator system poczt elektroniczn",
    "Konfigurowanie i zarządzanie kontami użytkowników",
  );
  db.exec(`INSERT INTO search_fts(search_fts) VALUES ('rebuild');`);
});
afterAll(() => db.close());

const searchMatches = (match: string) => db.prepare(`SELECT rowid FROM search_fts WHERE search_fts MATCH ?`).all(match);

/** Runs every expression the text can produce against the real FTS5 tables. */
function runAll(text: string) {
  for (const options of [{ prefixLast: true }, { prefixLast: false }, { prefixLast: true, minPrefixLength: 3 }]) {
    const parsed = parseQuery(text, options);
    if (parsed.mode !== "text") continue;
    searchMatches(buildSearchMatch(parsed.terms));
    searchMatches(buildSearchMatch(parsed.terms, { anyTerm: true }));
  }
}

const HOSTILE = [
  '"',
  '""',
  '"unbalanced',
  "*",
  "a*",
  "**",
  "NEAR(",
  "NEAR(a b, 3)",
  "-poczta",
  "administrator -poczty",
  "name:administrator",
  "{name}: x",
  "^administrator",
  "(",
  ")",
  "((poczta",
  "AND",
  "OR OR",
  "NOT poczta",
  "poczta AND",
  "+",
  ":",
  "\u0000",
  "'; DROP TABLE search_entry; --",
  "%_%",
  "\\",
  "ą\u0328\u0301",
  "\u0301\u0301",
  "🙂🙂",
  "x".repeat(5000),
  Array.from({ length: 300 }, (_, i) => `w${i}`).join(" "),
];

describe("parseQuery", () => {
  it("reads an empty or blank query as empty", () => {
    expect(parseQuery("").mode).toBe("empty");
    expect(parseQuery("   \n\t").mode).toBe("empty");
    expect(parseQuery("— … !!").mode).toBe("empty");
  });

  it("reads 1 to 6 digits as a code", () => {
    expect(parseQuery("3514")).toEqual({ mode: "code", code: "3514" });
    expect(parseQuery(" 351402 ")).toEqual({ mode: "code", code: "351402" });
    expect(parseQuery("011001")).toEqual({ mode: "code", code: "011001" });
    expect(parseQuery("1234567").mode).toBe("text");
  });

  it("reads one letter as too short", () => {
    expect(parseQuery("a").mode).toBe("too-short");
    expect(parseQuery("ż").mode).toBe("too-short");
  });

  it("folds, stems and marks the last word as a prefix", () => {
    const parsed = parseQuery("Administratorzy POCZ");
    expect(parsed.mode).toBe("text");
    const { terms } = parsed as Extract<ParsedQuery, { mode: "text" }>;
    expect(terms.map((t) => [t.word, t.folded, t.stem, t.isPrefix])).toEqual([
      ["administratorzy", "administratorzy", "administrator", false],
      ["pocz", "pocz", "pocz", true],
    ]);
  });

  it("does not expand a last word shorter than the prefix minimum", () => {
    const parsed = parseQuery("kierowca au", { minPrefixLength: 3 }) as Extract<ParsedQuery, { mode: "text" }>;
    expect(parsed.terms.at(-1)?.isPrefix).toBe(false);
  });

  it("drops function words unless nothing else is left", () => {
    const parsed = parseQuery("specjalista do spraw reklamy", { prefixLast: false }) as Extract<ParsedQuery, { mode: "text" }>;
    expect(parsed.terms.map((t) => t.word)).toEqual(["specjalista", "spraw", "reklamy"]);
    const only = parseQuery("do", { prefixLast: false }) as Extract<ParsedQuery, { mode: "text" }>;
    expect(only.terms.map((t) => t.word)).toEqual(["do"]);
  });

  it("bounds the number of words", () => {
    const parsed = parseQuery(Array.from({ length: 50 }, (_, i) => `slowo${i}`).join(" ")) as Extract<ParsedQuery, { mode: "text" }>;
    expect(parsed.terms.length).toBeLessThanOrEqual(8);
  });
});

describe("quote", () => {
  it("doubles inner quotes", () => {
    expect(quote('a"b')).toBe('"a""b"');
  });
});

describe("MATCH expressions", () => {
  it("find inflected forms through the stemmed columns", () => {
    const parsed = parseQuery("administratorzy poczty", { prefixLast: false }) as Extract<ParsedQuery, { mode: "text" }>;
    expect(searchMatches(buildSearchMatch(parsed.terms))).toHaveLength(1);
    const tasks = parseQuery("zarządzaniem kontami", { prefixLast: false }) as Extract<ParsedQuery, { mode: "text" }>;
    // The stemmed tasks column is empty in this fixture, so only the exact words could match: none do.
    expect(searchMatches(buildSearchMatch(tasks.terms))).toHaveLength(0);
  });

  it.each(HOSTILE.map((h) => [JSON.stringify(h).slice(0, 40), h]))("accept hostile input %s", (_, text) => {
    expect(() => runAll(text)).not.toThrow();
  });

  it("never produce an expression FTS5 rejects, whatever the text (property)", () => {
    const pieces = fc.constantFrom('"', "*", "(", ")", ":", "-", "+", "^", "{", "}", "NEAR", "AND", "OR", "NOT", " ", "ą", "ł", "Ж", "\u0301", "0", "a");
    const text = fc.oneof(
      fc.string({ maxLength: 60, unit: "grapheme" }),
      fc.string({ maxLength: 60, unit: "binary" }),
      fc.array(pieces, { maxLength: 30 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(text, (t) => {
        runAll(t);
      }),
      { numRuns: 2000 },
    );
  });
});
