import { describe, expect, it } from "vitest";
import { buildSkillIndex, highlightRanges, searchSkills, type SkillItem } from "./match";

const items: SkillItem[] = [
  { kind: "skill", text: "Konfigurować serwery poczty elektronicznej", lang: "pl", ref: "Z1", occupations: ["351402"] },
  { kind: "knowledge", text: "Zasady konfiguracji serwerów", lang: "pl", ref: "Z2", occupations: ["351402"] },
  { kind: "esco", text: "administrować serwerami", lang: "pl", ref: null, occupations: ["252201", "351203"] },
  { kind: "esco", text: "obsługiwać serwer poczty", lang: "pl", ref: null, occupations: ["252201"] },
  { kind: "esco", text: "prowadzić kampanie marketingowe", lang: "pl", ref: null, occupations: ["243108"] },
  { kind: "skill", text: "серверлерде операциялық жүйені конфигурациялау", lang: "kk", ref: null, occupations: ["252201"] },
];
const index = buildSkillIndex(items);

describe("searchSkills", () => {
  it("matches inflected forms and ranks occupations with several matches higher", () => {
    const { occupations } = searchSkills(index, "serwer");
    expect(
      occupations
        .slice(0, 2)
        .map((o) => o.code)
        .sort(),
    ).toEqual(["252201", "351402"]);
    expect(occupations[0]!.matches).toHaveLength(2);
    // One matching item only: ranked after the two with two.
    expect(occupations[2]!.code).toBe("351203");
  });

  it("needs every word of the phrase in one item, and ranks the exact phrase first", () => {
    const { items: found } = searchSkills(index, "serwer poczty");
    expect(found.map((m) => items[m.index]!.text)).toEqual(["obsługiwać serwer poczty", "Konfigurować serwery poczty elektronicznej"]);
  });

  it("ignores case, diacritics and stop words, and treats the last word as a prefix", () => {
    expect(searchSkills(index, "KAMPANIE i MARKETING").occupations.map((o) => o.code)).toEqual(["243108"]);
    expect(searchSkills(index, "obsluga serw").occupations.map((o) => o.code)).toEqual(["252201"]);
  });

  it("finds Kazakh items by an inflected form", () => {
    expect(searchSkills(index, "серверлер").occupations.map((o) => o.code)).toContain("252201");
  });

  it("gives nothing for an empty or unknown phrase, and survives hostile input", () => {
    expect(searchSkills(index, "").occupations).toEqual([]);
    expect(searchSkills(index, "   ;;; ").occupations).toEqual([]);
    expect(searchSkills(index, "nieistniejące słowo").occupations).toEqual([]);
    expect(searchSkills(index, '" OR 1=1 -- *'.repeat(50)).occupations).toEqual([]);
  });
});

describe("highlightRanges", () => {
  it("marks the matched words in the original text", () => {
    const { terms } = searchSkills(index, "serwer poczty");
    const text = "Konfigurować serwery poczty elektronicznej";
    expect(highlightRanges(text, terms).map(([s, e]) => text.slice(s, e))).toEqual(["serwery", "poczty"]);
  });
});
