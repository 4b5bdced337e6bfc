import { describe, expect, it } from "vitest";
import type { LexiconTermRow } from "@/lib/lexicon/match";
import { toEntryList } from "./entries";
import { expandQuery, heldLexicon, inheritLexicon, lexiconFor, lexiconKeyOf, needsLexiconRows } from "./expansion";
import { parseQuery, type QueryTerm } from "./query";

const NURSE: LexiconTermRow[] = [{ concept: "nurse", lang: "en", position: 1, term: "nightingale", codes: "222101" }];
const LAMPLADY: LexiconTermRow[] = [{ concept: "nurse", lang: "en", position: 1, term: "lamplady", codes: "222101" }];

/** An entry list of one index version (the lexicon cache does not look inside it). */
const listOf = (version: string) => toEntryList(version, []);
const terms = (q: string): QueryTerm[] => {
  const parsed = parseQuery(q, { prefixLast: false });
  if (parsed.mode !== "text") throw new Error(`not a text query: ${q}`);
  return parsed.terms;
};
/** Rows read through a counter, as the engines read them from the database. */
const reader = (rows: LexiconTermRow[]) => {
  const read = { count: 0, rows: () => (read.count++, rows) };
  return read;
};

describe("the lexicon index across index versions", () => {
  it("is built once per list, and a new list of the same database keeps it while the lexicon's key stays (a publish)", () => {
    const first = listOf("v1");
    const read = reader(NURSE);
    const index = lexiconFor(first, "seed-a:", read.rows);
    expect(read.count).toBe(1);
    expect(heldLexicon(first)).toBe(index);
    expect(lexiconFor(first, "seed-a:", read.rows)).toBe(index);

    const second = listOf("v2");
    inheritLexicon(first, second);
    // Not held before its key is checked: a lexicon change may be why the index version moved.
    expect(heldLexicon(second)).toBeNull();
    expect(needsLexiconRows(second, "seed-a:")).toBe(false);
    expect(lexiconFor(second, "seed-a:", read.rows)).toBe(index);
    expect(read.count).toBe(1);
    expect(expandQuery(heldLexicon(second)!, terms("nightingale")).concepts.map((c) => c.concept)).toEqual(["nurse"]);
  });

  it("is built again from the rows when the key moved (a seed load or an editor's change), and chains on from there", () => {
    const first = listOf("v1");
    lexiconFor(first, "seed-a:", reader(NURSE).rows);
    const second = listOf("v2");
    inheritLexicon(first, second);
    expect(needsLexiconRows(second, "seed-a:7")).toBe(true);
    const edited = reader(LAMPLADY);
    const index = lexiconFor(second, "seed-a:7", edited.rows);
    expect(edited.count).toBe(1);
    expect(expandQuery(index, terms("lamplady")).concepts.map((c) => c.concept)).toEqual(["nurse"]);
    expect(expandQuery(index, terms("nightingale")).concepts).toEqual([]);

    // A list whose predecessor was never queried inherits what that one had inherited.
    const third = listOf("v3");
    inheritLexicon(second, third);
    const fourth = listOf("v4");
    inheritLexicon(third, fourth);
    expect(lexiconFor(fourth, "seed-a:7", reader([]).rows)).toBe(index);
  });

  it("builds for a first list (nothing to inherit) and names a missing seed or edit in the key", () => {
    const list = listOf("v1");
    inheritLexicon(undefined, list);
    expect(needsLexiconRows(list, ":")).toBe(true);
    expect(lexiconKeyOf(undefined)).toBe(":");
    expect(lexiconKeyOf({ checksum: "abc", revision: null })).toBe("abc:");
    expect(lexiconKeyOf({ checksum: "abc", revision: 12 })).toBe("abc:12");
    expect(lexiconKeyOf({ checksum: "abc", revision: "12" })).toBe(lexiconKeyOf({ checksum: "abc", revision: 12 }));
  });
});
