import { describe, expect, it } from "vitest";
import { toEntryList, type EntryRow } from "./entries";
import type { SuggestSourceRow } from "./suggest-index";
import { heldSuggesters, inheritSuggesters, needsSuggestRows, suggestKeyOf, suggestersOf } from "./suggesters";

const ROW: EntryRow = {
  id: 1,
  code: "222101",
  position_id: null,
  level: "occupation",
  kind: "occupation",
  language: "pl",
  has_profile: 1,
  is_vocational: 0,
  name: "Pielęgniarka",
};
const NAMES: SuggestSourceRow[] = [{ rank: 1, entryId: 1, source: "name", text: "Pielęgniarka" }];
const listOf = (version: string) => toEntryList(version, [ROW]);
/** Rows read through a counter, as the engines read them from the database. */
const reader = () => {
  const read = { count: 0, rows: () => (read.count++, NAMES) };
  return read;
};

describe("the suggesters across index versions", () => {
  it("a new list keeps its predecessor's suggesters while the suggestion version stays (a publish of a profile's text)", () => {
    const first = listOf("v1");
    const read = reader();
    const built = suggestersOf(first, "s1", read.rows);
    expect(read.count).toBe(1);
    expect(heldSuggesters(first)).toBe(built);

    const second = listOf("v2");
    inheritSuggesters(first, second);
    expect(heldSuggesters(second)).toBeNull();
    expect(needsSuggestRows(second, "s1")).toBe(false);
    expect(suggestersOf(second, "s1", read.rows)).toBe(built);
    expect(read.count).toBe(1);
  });

  it("a moved suggestion version builds them again from the rows", () => {
    const first = listOf("v1");
    const read = reader();
    const built = suggestersOf(first, "s1", read.rows);
    const second = listOf("v2");
    inheritSuggesters(first, second);
    expect(needsSuggestRows(second, "s2")).toBe(true);
    const rebuilt = suggestersOf(second, "s2", read.rows);
    expect(rebuilt).not.toBe(built);
    expect(read.count).toBe(2);
  });

  it("suggesters whose key was not read at the list's own index version are used but not passed on", () => {
    const first = listOf("v1");
    expect(suggestKeyOf(first, { indexVersion: "v2", suggestVersion: "s1" })).toBeNull();
    expect(suggestKeyOf(first, { indexVersion: "v1", suggestVersion: "s1" })).toBe("s1");
    expect(suggestKeyOf(listOf(""), undefined)).toBe("");
    const read = reader();
    const built = suggestersOf(first, null, read.rows);
    expect(heldSuggesters(first)).toBe(built);
    const second = listOf("v2");
    inheritSuggesters(first, second);
    expect(needsSuggestRows(second, null)).toBe(true);
    expect(needsSuggestRows(second, "s1")).toBe(true);
    expect(suggestersOf(second, "s1", read.rows)).not.toBe(built);
  });
});
