import { describe, expect, it } from "vitest";
import { readRequirementGroups } from "@/components/match/requirement-groups-response";

const group = {
  ref: "Z1",
  title: "Projektowanie",
  covered: [{ kind: "skill", text: "SQL", lang: "pl" }],
  missing: [{ kind: "knowledge", text: "UML", lang: "pl" }],
};

describe("readRequirementGroups (a result's disclosure reads the API's answer without zod)", () => {
  it("takes the first occupation's groups from GET /api/v1/match (occupations) and from transitions?to= (items)", () => {
    expect(readRequirementGroups({ occupations: [{ code: "252103", groups: [group] }] })).toEqual([group]);
    expect(readRequirementGroups({ items: [{ code: "252201", groups: [{ ...group, ref: null, title: null }] }] })).toEqual([
      { ...group, ref: null, title: null },
    ]);
  });

  it("refuses an answer without that occupation or with malformed items", () => {
    expect(readRequirementGroups({ items: [] })).toBeNull();
    expect(readRequirementGroups({ code: "invalid_query" })).toBeNull();
    expect(readRequirementGroups(null)).toBeNull();
    expect(readRequirementGroups({ items: [{ groups: [{ ...group, covered: [{ kind: "other", text: "x", lang: "pl" }] }] }] })).toBeNull();
    expect(readRequirementGroups({ items: [{ groups: [{ ...group, missing: "UML" }] }] })).toBeNull();
  });
});
