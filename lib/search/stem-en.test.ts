import { describe, expect, it } from "vitest";
import { stemEnglish } from "./stem-en";

describe("stemEnglish", () => {
  it("folds plurals onto the singular", () => {
    expect(stemEnglish("programmers")).toBe("programmer");
    expect(stemEnglish("nurses")).toBe("nurse");
    expect(stemEnglish("companies")).toBe("company");
    expect(stemEnglish("addresses")).toBe("address");
    expect(stemEnglish("databases")).toBe("database");
  });

  it("leaves singulars ending in s, short words and other scripts alone", () => {
    for (const word of ["business", "status", "analysis", "its", "it", "программист"]) expect(stemEnglish(word)).toBe(word);
  });
});
