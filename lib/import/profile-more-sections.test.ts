/**
 * Sections 1 and 4–7 of an INFOdoradca+ page (issue 16.3): pages written here from the portal's
 * structure (numbered top-level headings, "N.M." subsections, glossary numbers), not copied from one.
 */
import { describe, expect, it } from "vitest";
import { parseProfile } from "./parse-profile";
import { LATER_SECTIONS, PROFILE_LATER_SECTIONS_HEADINGS, PROFILE_SECTION_2_PAGE } from "@/tests/support/fixtures";

const LATER = `${LATER_SECTIONS}\n`;

const HEAD = `INFOdoradca+ Informacje o zawodach

Technik przykładowy

Kod: 351402
`;

const TASKS = `3. Zadania zawodowe i wymagane kompetencje

Z1 Konfigurowanie serwerów

WIEDZA – zna i rozumie:
 • zasady działania serwerów;
UMIEJĘTNOŚCI – potrafi:
 • instalować oprogramowanie.
`;

const headingsOf = (page: string) => parseProfile(page).subsections.map((s) => `${s.section}/${s.level} ${s.heading}`);

describe("sections 1 and 4–7 of a profile page", () => {
  it("reads a page with sections 1, 2, 3 and 4–7 in the source's order, each subsection with its section", () => {
    const page = PROFILE_SECTION_2_PAGE.replace("2. Opis zawodu", "1. Informacje ogólne\n\nZawód w grupie 3514.\n\n2. Opis zawodu").replace(
      "Partnerzy\n",
      `${TASKS}\n${LATER}\nPartnerzy\n`,
    );
    const doc = parseProfile(page);
    expect(doc.part).toBe("both");
    expect(headingsOf(page)).toEqual([
      "1/0 Informacje ogólne",
      "2/1 Opis pracy",
      "2/2 Sposoby wykonywania pracy",
      "2/1 Środowisko pracy",
      "2/2 Warunki pracy",
      "2/1 Wymagania psychofizyczne i zdrowotne",
      "2/1 Wykształcenie, kwalifikacje i uprawnienia zawodowe",
      "2/1 Zawody pokrewne",
      ...PROFILE_LATER_SECTIONS_HEADINGS,
    ]);
    // Section 3 ends where section 4 begins: its task is whole, and nothing of 4–7 leaks into it or into section 2.
    expect(doc.tasks).toEqual([
      { code: "Z1", title: "Konfigurowanie serwerów", knowledge: ["zasady działania serwerów"], skills: ["instalować oprogramowanie"] },
    ]);
    expect(doc.subsections.find((s) => s.heading === "Zawody pokrewne")?.text).toBe("• Administrator systemów komputerowych");
    expect(doc.incomplete).toBeNull();
  });

  it("reads a page with only sections 4–7: its own part, text as the source has it, glossary numbers stripped, content numbers kept", () => {
    const doc = parseProfile(`${HEAD}\n${LATER}\nPartnerzy\n`);
    expect(doc.part).toBe("sections");
    expect(doc.tasks).toEqual([]);
    const text = (heading: string) => doc.subsections.find((s) => s.heading === heading)?.text;
    expect(text("Rynek pracy")).toBe("Zapotrzebowanie na administratorów rośnie w dużych miastach.");
    expect(text("Możliwości zatrudnienia")).toBe(
      "Pracodawcami są firmy informatyczne, banki i urzędy w Bolesławcu.\n• centra danych\n• operatorzy telekomunikacyjni",
    );
    expect(text("Podnoszenie kwalifikacji")).toBe("Kursy administrowania systemem Windows 10 i certyfikaty producentów.");
    expect(text("Źródła dodatkowych informacji")).toBe("• www.praca.gov.pl");
    // A whole page without its footer is not cut off: an address ends without a full stop.
    expect(parseProfile(`${HEAD}\n${LATER}`).incomplete).toBeNull();
  });

  it("leaves a heading-like line inside text as text: a lower number after a higher one, or a numbered sentence", () => {
    const page = `${HEAD}\n${LATER.replace(
      "Kursy administrowania systemem Windows 10 i certyfikaty producentów.",
      "Kursy administrowania systemem Windows 10 i certyfikaty producentów.\n\n4. Kolejny krok kariery\n\n5. Ukończenie studiów drugiego stopnia.",
    )}`;
    expect(headingsOf(page).filter((h) => h.endsWith("krok kariery") || h.includes("Ukończenie"))).toEqual([]);
    expect(parseProfile(page).subsections.find((s) => s.heading === "Podnoszenie kwalifikacji")?.text).toBe(
      "Kursy administrowania systemem Windows 10 i certyfikaty producentów.\n4. Kolejny krok kariery\n5. Ukończenie studiów drugiego stopnia.",
    );
  });

  it("a numbered list inside section 2 is text, not sections 1 or 4", () => {
    const list = "Wymagana jest odporność na stres 5.\n\n1. Samodzielność\n\n2. Dokładność\n\n3. Odporność na stres\n\n4. Komunikatywność\n";
    const page = PROFILE_SECTION_2_PAGE.replace("Wymagana jest odporność na stres 5.\n", list);
    const doc = parseProfile(page);
    expect(doc.subsections.map((s) => s.section)).not.toContain(4);
    expect(doc.subsections.find((s) => s.heading === "Wymagania psychofizyczne i zdrowotne")?.text).toBe(
      "Wymagana jest odporność na stres.\n1. Samodzielność\n2. Dokładność\n3. Odporność na stres\n4. Komunikatywność",
    );
  });

  it("a page cut off inside section 5 keeps what is whole, flags where it ends and invents nothing", () => {
    const page = `${HEAD}\n${LATER.slice(0, LATER.indexOf("Praca jest możliwa"))}Praca jest możliwa dla os`;
    const doc = parseProfile(page);
    expect(headingsOf(page)).toEqual(["4/0 Rynek pracy", "4/1 Możliwości zatrudnienia", "5/0 Zatrudnienie osób z niepełnosprawnością"]);
    expect(doc.subsections.at(-1)?.text).toBe("");
    // Section 5 has no whole line yet: the place is its heading.
    expect(doc.incomplete).toEqual({ at: "5. Zatrudnienie osób z niepełnosprawnością" });
  });

  it("a page cut off in section 3 before sections 4–7 keeps the existing rule: incomplete at the task, no later section", () => {
    const page = `${HEAD}\n${TASKS.replace("instalować oprogramowanie.", "instalować oprogr")}`;
    const doc = parseProfile(page);
    expect(doc.subsections).toEqual([]);
    expect(doc.incomplete).toEqual({ at: "Z1: “zasady działania serwerów”" });
  });
});
