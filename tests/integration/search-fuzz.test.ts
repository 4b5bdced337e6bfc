/**
 * Fuzzing of search queries against the real FTS5 index: a database with the real reference data,
 * the search tests' documents and the full search index (tests/setup/search-test-db.ts), queried
 * through lib/search/query.ts and the engine. Whatever
 * the text — FTS5 syntax, Polish and Kazakh words, control characters, lone surrogates, huge
 * strings — search and suggest return a response that the API schema accepts, and FTS5 never
 * rejects the MATCH expression built from it (the engine would swallow that rejection and log it
 * with console.error, so that is what is watched). FUZZ_RUNS cases (default 10,000), shared by
 * search and suggest.
 */
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { searchIndex, suggestFromIndex } from "@/lib/search/engine";
import { searchQuerySchema, searchResponseSchema, suggestResponseSchema, type SearchQuery } from "@/lib/validation/search";
import { fuzzParams, hostileValue } from "@/tests/setup/fuzz";
import { createSearchTestDb } from "@/tests/setup/search-test-db";
import { TMP_DIR } from "@/tests/setup/test-db";

// The shared test database has no search index (only the search tests build one), hence a copy.
const FILE = path.join(TMP_DIR, `search-fuzz-${process.pid}.db`);
let db: Database.Database;
const consoleError = vi.spyOn(console, "error");

beforeAll(() => {
  ({ db } = createSearchTestDb(FILE));
});

afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled();
});

afterAll(() => {
  db.close();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(FILE + suffix, { force: true });
  consoleError.mockRestore();
});

/** Pieces of FTS5 query syntax and of the catalogue's languages, glued into queries. */
const PIECES = [
  '"',
  "'",
  "*",
  "^",
  "(",
  ")",
  "{",
  "}",
  ":",
  "-",
  "+",
  ",",
  ".",
  "NEAR",
  "NEAR/2",
  "AND",
  "OR",
  "NOT",
  "and",
  "or",
  "not",
  "name",
  "titles",
  "text_stem",
  " ",
  "  ",
  "\t",
  "\n",
  "ą",
  "ł",
  "ż",
  "Ж",
  "Қ",
  "ә",
  "ү",
  "\u0301",
  "\u0328",
  "\u200b",
  "\ufeff",
  "\u0000",
  "\ud800",
  "0",
  "00",
  "351402",
  "zarz",
  "zarządzanie",
  "administrator",
  "poczty",
  "басқару",
  "серверлерде",
  "w",
  "i",
  "za",
  "do",
  "a",
];
const ftsSoup = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(""));
const query = fc.oneof({ weight: 2, arbitrary: hostileValue }, { weight: 2, arbitrary: ftsSoup });

/** The defaults of a search request, with `q` taken as it comes (the engine must cope even without the schema). */
const request = (q: string): SearchQuery => ({ ...searchQuerySchema.parse({}), q });

describe("search queries against the real FTS5 index", () => {
  it("finds something for a real query (the index is there, so the property below means something)", () => {
    expect(searchIndex(db, request("pielęgniarka")).total).toBeGreaterThan(0);
    expect(suggestFromIndex(db, "piel", 8).items.length).toBeGreaterThan(0);
  });

  it("search answers every text with a valid response and no FTS5 error", () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(searchResponseSchema.safeParse(searchIndex(db, request(q))).success).toBe(true);
        // And through the API's own parsing (which trims and limits the text first).
        const parsed = searchQuerySchema.safeParse({ q });
        if (parsed.success) expect(searchResponseSchema.safeParse(searchIndex(db, parsed.data)).success).toBe(true);
      }),
      fuzzParams(0.5),
    );
  });

  it("suggest answers every text with a valid response and no FTS5 error", () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: 20 }), (q, limit) => {
        expect(suggestResponseSchema.safeParse(suggestFromIndex(db, q, limit)).success).toBe(true);
      }),
      fuzzParams(0.5),
    );
  });
});
