import { describe, expect, it } from "vitest";
import {
  needsSeedRows,
  officialMarkProblems,
  planLexiconChange,
  snapshotOf,
  termChanges,
  type LexiconChangeRequest,
  type PairState,
  type StoredLexiconRow,
} from "./edit";
import type { LexiconEntry } from "./parse";

const row = (position: number, term: string, origin: string, source: "seed" | "editor", codes = "222101 2221"): StoredLexiconRow => ({
  position,
  term,
  origin,
  codes,
  source,
});
const SEED_ROWS = [row(1, "мейірбике", "editorial", "seed"), row(2, "медбике", "editorial", "seed")];
const SEED_FILE: LexiconEntry[] = SEED_ROWS.map((r) => ({
  concept: "nurse",
  lang: "kk",
  term: r.term,
  origin: "editorial",
  codes: ["222101", "2221"],
  position: r.position,
}));
const state = (rows: StoredLexiconRow[], version = 0): PairState => ({
  rows,
  version,
  by: version ? "Ewa" : null,
  at: version ? new Date("2026-12-07T10:00:00Z") : null,
  conceptRows: rows.length,
});
const request = (over: Partial<LexiconChangeRequest>): LexiconChangeRequest => ({
  kind: "save",
  concept: "nurse",
  lang: "kk",
  baseVersion: 0,
  terms: [
    { term: "мейірбике", origin: "editorial" },
    { term: "медбике", origin: "editorial" },
    { term: "ауруханашы", origin: "editorial" },
  ],
  codes: ["222101", "2221"],
  actorId: "u1",
  ip: null,
  ...over,
});

describe("snapshotOf", () => {
  it("shows the editor's rows of a pair where there are any, in position order, else the seed's", () => {
    expect(snapshotOf(SEED_ROWS)).toEqual({
      source: "seed",
      codes: ["222101", "2221"],
      terms: [
        { term: "мейірбике", origin: "editorial" },
        { term: "медбике", origin: "editorial" },
      ],
    });
    expect(snapshotOf([...SEED_ROWS, row(2, "б", "editorial", "editor", ""), row(1, "а", "editorial", "editor", "")])).toEqual({
      source: "editor",
      codes: [],
      terms: [
        { term: "а", origin: "editorial" },
        { term: "б", origin: "editorial" },
      ],
    });
    expect(snapshotOf([])).toEqual({ source: "none", codes: [], terms: [] });
  });
});

describe("termChanges", () => {
  it("names the terms added and removed; a term whose origin changed is both", () => {
    const before = snapshotOf([row(1, "a", "esco", "seed"), row(2, "b", "editorial", "seed")]);
    const after = snapshotOf([row(1, "a", "editorial", "editor"), row(2, "c", "editorial", "editor")]);
    expect(termChanges(before, after)).toEqual({ added: ["a", "c"], removed: ["a", "b"] });
  });
});

describe("officialMarkProblems", () => {
  it("accepts an official origin only on the source's own term with that origin", () => {
    const known = [{ term: "Pielęgniarka", origin: "kzis-2023" as const }];
    expect(
      officialMarkProblems(
        [
          { term: "Pielęgniarka", origin: "kzis-2023" },
          { term: "pielęgniarz", origin: "editorial" },
        ],
        known,
      ),
    ).toEqual([]);
    expect(
      officialMarkProblems(
        [
          { term: "Pielęgniarka", origin: "esco" },
          { term: "pielęgniarz", origin: "kzis-2023" },
        ],
        known,
      ),
    ).toEqual(["terms.0.origin", "terms.1.origin"]);
  });
});

describe("planLexiconChange", () => {
  it("replaces a seed pair by the editor's rows, as revision 1 with the terms before and after", () => {
    const plan = planLexiconChange(state(SEED_ROWS), request({}), SEED_FILE);
    if (!plan.ok || !plan.write) throw new Error("expected a write");
    expect(plan.write.rows.map((r) => [r.position, r.term, r.source, r.codes])).toEqual([
      [1, "мейірбике", "editor", "222101 2221"],
      [2, "медбике", "editor", "222101 2221"],
      [3, "ауруханашы", "editor", "222101 2221"],
    ]);
    expect(plan.write.revision).toMatchObject({ action: "save", before: { source: "seed" }, after: { source: "editor" } });
    expect(plan.write.audit).toEqual({ action: "lexicon-save", entity: "lexicon:nurse:kk", details: { version: 1, added: ["ауруханашы"], removed: [] } });
  });

  it("refuses a change based on an older revision, telling who made the newer one", () => {
    const edited = [row(1, "мейірбике", "editorial", "editor")];
    expect(planLexiconChange(state(edited, 3), request({ baseVersion: 2 }), SEED_FILE)).toEqual({
      ok: false,
      reason: "conflict",
      version: 3,
      by: "Ewa",
      at: new Date("2026-12-07T10:00:00Z"),
      current: snapshotOf(edited),
    });
  });

  it("writes nothing when the terms and codes are what is shown", () => {
    expect(planLexiconChange(state(SEED_ROWS), request({ terms: SEED_FILE.map((e) => ({ term: e.term, origin: e.origin })) }), SEED_FILE)).toEqual({
      ok: true,
      version: 0,
      write: null,
    });
  });

  it("reverts an editor's pair to the seed file's rows, and has nothing to revert on a seed pair", () => {
    const plan = planLexiconChange(state([row(1, "x", "editorial", "editor")], 1), request({ kind: "revert", baseVersion: 1 }), SEED_FILE);
    if (!plan.ok || !plan.write) throw new Error("expected a write");
    expect(plan.write.rows.map((r) => [r.term, r.source])).toEqual([
      ["мейірбике", "seed"],
      ["медбике", "seed"],
    ]);
    expect(plan.write.audit.details).toEqual({ version: 2, added: ["мейірбике", "медбике"], removed: ["x"] });
    expect(planLexiconChange(state(SEED_ROWS), request({ kind: "revert" }), SEED_FILE)).toEqual({ ok: false, reason: "not-found" });
  });

  it("creates a new concept only under an unused name, and never with an official mark", () => {
    const create = request({ kind: "create", concept: "lamplighter", terms: [{ term: "шамшырақшы", origin: "editorial" }] });
    expect(planLexiconChange({ ...state([]), conceptRows: 4 }, create, [])).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { concept: ["lexiconConceptTaken"] },
    });
    expect(planLexiconChange(state([]), create, [])).toMatchObject({
      ok: true,
      version: 1,
      write: { revision: { action: "create", before: { source: "none" } } },
    });
    expect(planLexiconChange(state([]), { ...create, terms: [{ term: "шамшырақшы", origin: "esco" }] }, [])).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { "terms.0.origin": ["lexiconOfficialOrigin"] },
    });
  });
});

describe("needsSeedRows", () => {
  it("reads the seed file for a revert and for a save with an official mark only", () => {
    expect(needsSeedRows(request({}))).toBe(false);
    expect(needsSeedRows(request({ terms: [{ term: "Pielęgniarka", origin: "kzis-2023" }] }))).toBe(true);
    expect(needsSeedRows(request({ kind: "revert", terms: undefined }))).toBe(true);
  });
});
