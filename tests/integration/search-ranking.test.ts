/**
 * The top-k ranking (lib/search/ranking.ts, ADR 0023) gives FTS5's own bm25: for every query of
 * the quality table and every attempt the engine may make, the shares of the phrases, read one by
 * one and summed, equal the bm25 FTS5 gives the whole MATCH expression, entry by entry, to the bit.
 */
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchAttempts, runMatch } from "@/lib/search/engine";
import { getEntries } from "@/lib/search/entries";
import { buildSearchMatch, parseQuery, termPhrases } from "@/lib/search/query";
import { combinePostings, phrasePostings } from "@/lib/search/ranking";
import { createSearchTestDb } from "../setup/search-test-db";
import { QUALITY } from "../setup/search-quality";
import { TMP_DIR } from "../setup/test-db";

const FILE = path.join(TMP_DIR, `search-ranking-${process.pid}.db`);
let db: Database.Database;

beforeAll(() => {
  ({ db } = createSearchTestDb(FILE));
});

afterAll(() => {
  db.close();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(FILE + suffix, { force: true });
});

/** Quality-table queries, broad words, a word being typed and a query only some entries hold every word of. */
const QUERIES = [
  ...QUALITY.map((c) => ({ query: c.query, isPolish: (c.lang ?? "pl") === "pl" })),
  ...["technik", "zarządzanie", "kierowca autob", "spawacz xyzzyqwerty", "obsługa klienta i sprzedaż"].map((query) => ({ query, isPolish: true })),
];

describe("phrase shares summed = FTS5 bm25 of the whole expression", () => {
  it.each(QUERIES)("$query", ({ query, isPolish }) => {
    const parsed = parseQuery(query, { prefixLast: true, minPrefixLength: 3 });
    if (parsed.mode !== "text") return;
    const list = getEntries(db);
    let compared = 0;
    for (const attempt of matchAttempts(parsed.terms)) {
      const whole = new Map(runMatch(db, buildSearchMatch(attempt.terms, { anyTerm: attempt.anyTerm })).map((r) => [r.id, -r.rank]));
      const postings = attempt.terms.map((term) => termPhrases(term).map((phrase) => phrasePostings(list, phrase, (p) => runMatch(db, p))));
      const combined = combinePostings(list, postings, attempt.anyTerm);
      const summed = new Map(Array.from(combined.positions, (p, k) => [list.inCodeOrder[p]!.id, combined.scores[k]!]));
      expect(summed).toEqual(whole);
      compared += whole.size;
    }
    // A Polish query finds text (the others may be answered by the lexicon alone, ADR 0020), so the comparison is not of empty sets.
    if (isPolish) expect(compared).toBeGreaterThan(0);
  });
});
