import { describe, expect, it } from "vitest";
import { cleanOccupationDescription, parseGusTitles, splitGroupTasks, splitTopLevel } from "./kzis";

describe("cleanOccupationDescription", () => {
  it("strips the repeated name and keeps the sentence", () => {
    expect(
      cleanOccupationDescription("Projektant stron internetowych (webmaster)", "Projektant stron internetowych (webmaster) Projektuje i tworzy strony www."),
    ).toBe("Projektuje i tworzy strony www.");
  });

  it("strips a name spelled a little differently (dash, slashes, double spaces)", () => {
    expect(cleanOccupationDescription("Inżynier geofizyk – geofizyka górnicza", "Inżynier geofizyk - geofizyka górnicza Bada budowę geologiczną Ziemi.")).toBe(
      "Bada budowę geologiczną Ziemi.",
    );
    expect(cleanOccupationDescription("Dyrektor filharmonii / opery", "Dyrektor filharmonii/opery Kieruje pracą filharmonii.")).toBe(
      "Kieruje pracą filharmonii.",
    );
  });

  it("returns null for a name alone or the placeholder", () => {
    expect(cleanOccupationDescription("Administrator systemów poczty elektronicznej", "Administrator systemów poczty elektronicznej")).toBeNull();
    expect(cleanOccupationDescription("Kierownik floty", "Kierownik floty Opis w opracowaniu Opis w opracowaniu")).toBeNull();
    expect(cleanOccupationDescription("Kierownik floty", "")).toBeNull();
  });

  it("keeps the whole text when it does not start with the name", () => {
    expect(cleanOccupationDescription("Piekarz", "Wypieka chleb i bułki.")).toBe("Wypieka chleb i bułki.");
  });
});

describe("splitGroupTasks", () => {
  it("splits the paragraph after the colon on semicolons and drops the final full stop", () => {
    expect(
      splitGroupTasks("Zadania wykonywane przez techników zazwyczaj obejmują: instalowanie sprzętu; modyfikowanie stron; wykonywanie innych zadań."),
    ).toEqual(["instalowanie sprzętu", "modyfikowanie stron", "wykonywanie innych zadań"]);
  });
  it("returns nothing for an empty paragraph", () => {
    expect(splitGroupTasks("  ")).toEqual([]);
  });
});

describe("GUS job titles", () => {
  it("splits on commas but not inside parentheses, and keeps leading zeros", () => {
    const [row] = parseGusTitles('code,desc\n021001,"Bosman (Podoficer, Marynarka), Chorąży,  Kapral"\n');
    expect(row).toEqual({ code: "021001", titles: ["Bosman (Podoficer, Marynarka)", "Chorąży", "Kapral"] });
  });
  it("splitTopLevel ignores empty parts", () => {
    expect(splitTopLevel("a,,b,", ",")).toEqual(["a", "b"]);
  });
});

describe("placeholder descriptions", () => {
  it("treats a truncated name followed by the placeholder as no description", () => {
    expect(
      cleanOccupationDescription("Pozostali kierownicy do spraw technologii informatycznych", "i telekomunikacyjnych Opis w opracowaniu Opis w opracowaniu"),
    ).toBeNull();
  });
});
