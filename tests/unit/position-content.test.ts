import { describe, expect, it } from "vitest";
import { dutiesShownInSections } from "@/components/positions/position-content";

describe("dutiesShownInSections", () => {
  const sections = [
    { heading: "Zakres obowiązków – podstawowe", text: "", items: ["Archiwizacja baz danych", "Koordynowanie projektów"] },
    { heading: "Zakres obowiązków – nieregularne", text: "Wykonywanie innych zadań poleconych przez przełożonych.", items: [] },
  ];

  it("is true when every duty is an item or a section's text (list punctuation ignored)", () => {
    expect(
      dutiesShownInSections(["Archiwizacja baz danych", "Koordynowanie projektów", "Wykonywanie innych zadań poleconych przez przełożonych"], sections),
    ).toBe(true);
  });

  it("is false when a duty appears in no section, so the duties get their own list", () => {
    expect(dutiesShownInSections(["Archiwizacja baz danych", "Instalowanie serwerów"], sections)).toBe(false);
  });

  it("is false without sections (Kazakh requirements) and without duties", () => {
    expect(dutiesShownInSections(["серверлерде операциялық жүйені конфигурациялау"], [])).toBe(false);
    expect(dutiesShownInSections([], sections)).toBe(false);
  });
});
