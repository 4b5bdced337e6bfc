import { describe, expect, it } from "vitest";
import { editDistance, foldText, squash } from "./text";

describe("foldText", () => {
  it("lower-cases and removes Polish diacritics including ł", () => {
    expect(foldText("Łódź ŻÓŁĆ informatycznych")).toBe("lodz zolc informatycznych");
  });
});

describe("squash", () => {
  it("collapses white space and trims", () => {
    expect(squash("  a \n\t b  ")).toBe("a b");
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("zawodowy", "zawodowych")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});
