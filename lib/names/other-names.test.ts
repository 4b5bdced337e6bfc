import { describe, expect, it } from "vitest";
import { englishNames, sameGroupName } from "./other-names";

// Real KZiS 2023, ISCO-08 and ESCO rows (lib/seed reference data).
const inputs = {
  groups: [
    { code: "3", name: "TECHNICY I INNY ŚREDNI PERSONEL" },
    { code: "2262", name: "Lekarze dentyści specjaliści (ze specjalizacją II stopnia lub tytułem specjalisty)" },
    { code: "2512", name: "Specjaliści do spraw rozwoju systemów informatycznych" },
    { code: "3256", name: "Ratownicy medyczni" },
    { code: "3514", name: "Technicy sieci internetowych" },
    { code: "6210", name: "Robotnicy leśni i pokrewni" },
    { code: "2240", name: "Specjaliści do spraw ratownictwa medycznego" },
  ],
  isco: [
    { code: "3", labelEn: "Technicians and associate professionals", labelPl: "Technicy i inny średni personel" },
    { code: "2262", labelEn: "Pharmacists", labelPl: "Farmaceuci" },
    { code: "2512", labelEn: "Software developers", labelPl: "Programiści" },
    { code: "3256", labelEn: "Medical assistants", labelPl: "Asystenci medyczni" },
    { code: "3514", labelEn: "Web technicians", labelPl: "Technicy sieci internetowych" },
    { code: "6210", labelEn: "Forestry and related workers", labelPl: "Robotnicy leśni i pokrewni" },
  ],
  links: [
    { occupationCode: "226201", iscoGroup: "2261", labelEn: "specialist dentist" },
    { occupationCode: "251201", iscoGroup: "2512", labelEn: "cloud engineer" },
    { occupationCode: "251202", iscoGroup: "2514", labelEn: "embedded systems software developer" },
    { occupationCode: "325601", iscoGroup: "3258", labelEn: "ambulance worker" },
    { occupationCode: "351402", iscoGroup: "2522", labelEn: "ICT system administrator" },
    { occupationCode: "621001", iscoGroup: "9215", labelEn: "forestry worker" },
    { occupationCode: "621001", iscoGroup: "6210", labelEn: "forestry equipment operator" },
    { occupationCode: "621001", iscoGroup: "9215", labelEn: "forestry worker" },
    { occupationCode: "999999", iscoGroup: "9999", labelEn: null },
  ],
};

describe("englishNames", () => {
  const names = englishNames(inputs);

  it("gives a group the ISCO-08 title of its code where the crosswalk leads into that ISCO group", () => {
    expect(names.get("2512")).toEqual({ text: "Software developers", lang: "en", source: "isco08" });
  });

  it("gives a group the ISCO-08 title where the Polish ISCO title names the same group", () => {
    expect(names.get("3514")?.text).toBe("Web technicians");
    expect(names.get("3")?.text).toBe("Technicians and associate professionals");
  });

  it("gives no ISCO title where KZiS uses the code for another group (dentists are not pharmacists)", () => {
    expect(names.has("2262")).toBe(false);
    // A shared word is not enough: paramedics are not medical assistants.
    expect(names.has("3256")).toBe(false);
  });

  it("gives nothing for a code ISCO-08 does not have", () => {
    expect(names.has("2240")).toBe(false);
  });

  it("gives an occupation the English labels of its ESCO occupations, each once, in crosswalk order", () => {
    expect(names.get("351402")).toEqual({ text: "ICT system administrator", lang: "en", source: "esco" });
    expect(names.get("621001")?.text).toBe("forestry worker; forestry equipment operator");
    expect(names.has("999999")).toBe(false);
  });
});

describe("sameGroupName", () => {
  it.each([
    ["Technicy sieci internetowych", "Technicy sieci internetowych", true],
    ["Rybacy śródlądowi", "Rybacy śródlądowi i przybrzeżni", true],
    ["Ratownicy medyczni", "Asystenci medyczni", false],
    ["Optycy okularowi", "Felczerzy", false],
    ["Pozostali pracownicy", "Pracownicy gdzie indziej niesklasyfikowani", true],
  ])("%s / %s → %s", (a, b, expected) => {
    expect(sameGroupName(a, b)).toBe(expected);
  });
});
