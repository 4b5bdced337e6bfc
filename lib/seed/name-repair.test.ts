import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildReferenceRows, readReferenceSet } from "./load-reference";
import { findNameEnd, repairOccupationName } from "./name-repair";

describe("repairOccupationName", () => {
  it("continues a cut name from the description up to the sentence it starts", () => {
    const r = repairOccupationName(
      "Pielęgniarka – specjalista pielęgniarstwa anestezjologicznego i intensywnej",
      "Pielęgniarka – specjalista pielęgniarstwa anestezjologicznego i intensywnej opieki Udziela specjalistycznych świadczeń.",
    );
    expect(r).toEqual({
      name: "Pielęgniarka – specjalista pielęgniarstwa anestezjologicznego i intensywnej opieki",
      sourceName: "Pielęgniarka – specjalista pielęgniarstwa anestezjologicznego i intensywnej",
      from: "description",
    });
  });

  it("does not repeat the punctuation the cut name ends with, and closes an open parenthesis", () => {
    expect(
      repairOccupationName(
        "Nauczyciel niedostosowanych społecznie (pedagog resocjalizacji,",
        "Nauczyciel niedostosowanych społecznie (pedagog resocjalizacji, socjoterapeuta) Udziela pomocy.",
      )?.name,
    ).toBe("Nauczyciel niedostosowanych społecznie (pedagog resocjalizacji, socjoterapeuta)");
    expect(
      repairOccupationName(
        "Doradca do spraw przewozu towarów niebezpiecznych",
        "Doradca do spraw przewozu towarów niebezpiecznych (Doradca RID) Zajmuje się nadzorem.",
      )?.name,
    ).toBe("Doradca do spraw przewozu towarów niebezpiecznych (Doradca RID)");
    expect(
      repairOccupationName(
        "Właściciel małego zakładu agroturystycznego / hotelarskiego /",
        "Właściciel małego zakładu agroturystycznego/hotelarskiego/gastronomicznego",
      )?.name,
    ).toBe("Właściciel małego zakładu agroturystycznego / hotelarskiego / gastronomicznego");
  });

  it("joins a word cut after its hyphen and stops at the placeholder", () => {
    expect(
      repairOccupationName(
        "Pozostali operatorzy urządzeń dźwigowo-",
        "Pozostali operatorzy urządzeń dźwigowo-transportowych i pokrewni Opis w opracowaniu Opis w opracowaniu",
      )?.name,
    ).toBe("Pozostali operatorzy urządzeń dźwigowo-transportowych i pokrewni");
  });

  it("finds the end of a name whose beginning the description words differently", () => {
    const raw = "Pozostali nauczyciele gimnazjów (z wyjątkiem nauczycieli kształcenia zawodowego) Opis w opracowaniu";
    expect(findNameEnd("Pozostali nauczyciele szkół ponadpodstawowych (z wyjątkiem nauczycieli", raw)).toBeGreaterThan(0);
    expect(repairOccupationName("Pozostali nauczyciele szkół ponadpodstawowych (z wyjątkiem nauczycieli", raw)?.name).toBe(
      "Pozostali nauczyciele szkół ponadpodstawowych (z wyjątkiem nauczycieli kształcenia zawodowego)",
    );
  });

  it("leaves whole names alone", () => {
    expect(repairOccupationName("Piekarz", "Piekarz Wypieka chleb.")).toBeNull();
    expect(repairOccupationName("Piekarz", "Wypieka chleb i bułki.")).toBeNull();
    expect(repairOccupationName("Kierownik floty", "Kierownik floty Opis w opracowaniu")).toBeNull();
    expect(repairOccupationName("Kierownik floty", "")).toBeNull();
  });

  it("takes running lowercase text for a description, not a name", () => {
    expect(
      repairOccupationName(
        "Sprzedawca",
        "Sprzedawca sprzedaje towary w sklepie, obsługuje kasę, układa towar na półkach, przyjmuje dostawy i dba o porządek w sklepie",
      ),
    ).toBeNull();
  });

  it("falls back to a crosswalk name that continues the source name", () => {
    expect(repairOccupationName("Operator urządzeń do prania", "", ["Operator urządzeń do prania tekstyliów"])).toEqual({
      name: "Operator urządzeń do prania tekstyliów",
      sourceName: "Operator urządzeń do prania",
      from: "crosswalk",
    });
    expect(repairOccupationName("Analityk baz danych (data scientist)", "", ["Analityk baz danych"])).toBeNull();
  });
});

/**
 * Every occupation whose name the loader restores from the real data (seeds/data). A code missing
 * here fails the test as surely as a code lost by a change of the rule.
 */
const REPAIRED_CODES = [
  "121204",
  "121990",
  "122103",
  "133090",
  "134990",
  "143990",
  "214301",
  "214401",
  "222202",
  "225212",
  "225216",
  "229190",
  "233090",
  "235202",
  "235914",
  "242113",
  "243390",
  "243490",
  "251990",
  "252990",
  "311990",
  "313290",
  "313990",
  "314408",
  "321101",
  "333109",
  "335404",
  "335990",
  "343390",
  "343990",
  "515204",
  "524490",
  "532990",
  "711990",
  "712990",
  "721501",
  "742106",
  "754990",
  "811204",
  "811390",
  "811490",
  "812290",
  "813290",
  "814304",
  "815202",
  "815701",
  "815990",
  "817190",
  "818190",
  "818390",
  "818990",
  "834390",
  "912990",
  "931290",
  "952001",
];

describe("the reference data's repaired names", () => {
  const rows = buildReferenceRows(readReferenceSet(path.resolve("seeds/data")).texts);
  const byCode = new Map(rows.occupations.map((o) => [o.code, o]));

  it("restores exactly the listed codes", () => {
    expect(
      rows.occupations
        .filter((o) => o.isNameRepaired)
        .map((o) => o.code)
        .sort(),
    ).toEqual([...REPAIRED_CODES].sort());
  });

  it("restores the full names of the issue's examples and strips them from the descriptions", () => {
    expect(byCode.get("222202")?.name).toBe("Pielęgniarka – specjalista pielęgniarstwa anestezjologicznego i intensywnej opieki");
    expect(byCode.get("222202")?.description).toMatch(/^Udziela specjalistycznych świadczeń/);
    expect(byCode.get("235202")?.name).toBe("Nauczyciel niedostosowanych społecznie (pedagog resocjalizacji, socjoterapeuta)");
    expect(byCode.get("235202")?.description).toMatch(/^Udziela pomocy dzieciom/);
  });

  it("keeps every source name as an alternative title of source kzis", () => {
    const kzisTitles = new Map(rows.titles.filter((t) => t.source === "kzis").map((t) => [t.occupationCode, t.title]));
    expect([...kzisTitles.keys()].sort()).toEqual([...REPAIRED_CODES].sort());
    expect(kzisTitles.get("235202")).toBe("Nauczyciel niedostosowanych społecznie (pedagog resocjalizacji,");
  });

  it("leaves no repaired description starting with the continuation of its name", () => {
    for (const code of REPAIRED_CODES) {
      const o = byCode.get(code)!;
      if (o.description) expect(o.description, code).toMatch(/^\p{Lu}/u);
    }
  });
});
