import { describe, expect, it } from "vitest";
import type { ParsedSection } from "@/lib/validation/document";
import { parseJobDescription } from "./parse-job-description";
import { employerFromGenitive } from "./polish-employer";
import { readGolden, readSeed } from "@/tests/support/seeds";
import { warningMessages } from "@/tests/support/warnings";

const seed = readSeed("krobiaJobDescription");
const golden = readGolden<{ sections: ParsedSection[] }>("krobia-job-description.json");
const section = (doc: ReturnType<typeof parseJobDescription>, heading: string) => doc.sections.find((s) => s.heading === heading);

describe("parseJobDescription: the PDF traps of seed 001", () => {
  const doc = parseJobDescription(seed);
  const duties = doc.duties.join("\n");

  it("joins words hyphenated at a line end", () => {
    expect(duties).toContain("prawidłowym działaniem stacji roboczych"); // "sta-\ncji"
    expect(duties).toContain("Biuletynu Informacji Publicznej"); // "Biule-\ntynu"
    expect(duties).not.toMatch(/\p{L}- /u);
  });

  it("drops only the break hyphen of “rozwój-pod-\\nnoszenie” and keeps real dashes", () => {
    const criteria = section(doc, "Kryteria oceny pracy")?.text ?? "";
    expect(criteria).toContain("nastawienie na własny rozwój-podnoszenie kwalifikacji");
    expect(section(doc, "Warunki pracy")?.text).toContain("Środowisko pracy – praca administracyjna. ");
  });

  it("joins a word hyphenated across a page break (“„w sie-\\n\\nci”)", () => {
    expect(doc.duties).toContain("Sporządzanie dokumentów bezpieczeństwa „w sieci” w oparciu o obowiązujące regulacje prawne w tym zakresie");
    expect(doc.duties).toContain("administracja i nadzór nad bezpieczeństwem zasobów informatycznych w jednostkach Gminy Krobia");
  });

  it("joins wrapped bullets and starts a new item at each bullet, even without a blank line", () => {
    expect(doc.duties.slice(10, 15)).toEqual(golden.sections[3]?.items.slice(10, 15));
    expect(doc.duties).toContain("Prowadzenie i bieżąca aktualizacja inwentarza sprzętu komputerowego");
  });

  it("continues a paragraph after a page break", () => {
    expect(section(doc, "Kryteria oceny pracy")?.text).toContain("wykorzystywanie programów komputerowych i urządzeń technicznych");
  });

  it("collapses runs of spaces and the space before a comma or full stop", () => {
    expect(doc.duties).toContain("Sprawowanie kontroli nad prawidłowym działaniem stacji roboczych w Urzędzie Miejskim w Krobi");
    expect(duties).toContain("systemu szerokopasmowego, serwisu");
    expect(section(doc, "Warunki pracy")?.text).toMatch(/zadaniowy czas pracy\.$/u);
    for (const s of doc.sections) expect(s.text).not.toMatch(/ {2}| [,.]/u);
  });

  it("reads headings split over lines, over a blank line, and sharing a line with their value", () => {
    expect(section(doc, "Lokalizacja w strukturze organizacyjnej")).toEqual({ heading: "Lokalizacja w strukturze organizacyjnej", text: "", items: [] });
    expect(section(doc, "Współpraca z innymi podmiotami")?.text).toBe("komórki organizacyjne Urzędu, instytucje");
    expect(section(doc, "Przełożeni")?.text).toBe("Sekretarz, Naczelnik Wydziału Organizacyjnego");
    expect(section(doc, "Maszyny, narzędzia, materiały")?.text).toBe("komputer, sprzęt łączności, fax, skaner, ksero, drukarka");
  });

  it("keeps real numbers: dates, hours and act numbers", () => {
    const pay = section(doc, "Wynagrodzenie i inne świadczenia")?.text ?? "";
    expect(pay).toContain("z 18 marca 2009 r.");
    expect(pay).toContain("Zarządzenia nr 19/W/2009 Burmistrza Krobi z dnia 1 czerwca 2009 r.");
    // the hours' superscript minutes, flattened by the PDF ("800"), read back as times
    expect(section(doc, "Warunki pracy")?.text).toContain("od godz. 8:00 do 16:00;");
  });
});

describe("parseJobDescription: other renderings of the same PDF", () => {
  const expected = parseJobDescription(seed);

  it("reads bullets kept as the private-use glyph U+F0B7", () => {
    const withGlyphs = seed.replace(/^ {1,2}(?=\S)/gmu, "\uF0B7 ");
    expect(parseJobDescription(withGlyphs)).toEqual(expected);
  });

  it("drops page-number lines and a form feed at a page break", () => {
    const paged = seed
      .replace("programów komputerowych i \n\n\n\n", "programów komputerowych i \n\nStrona 1 z 2\n\f\n2\n\n")
      .replace(" Sporządzanie dokumentów bezpieczeństwa „w sie-\n\n", " Sporządzanie dokumentów bezpieczeństwa „w sie-\n- 1 -\n\f");
    expect(parseJobDescription(paged)).toEqual(expected);
  });

  it("warns about a missing section and missing duties", () => {
    const cut = seed.replace(/^4 Zakres obowiązków[\s\S]+?(?=^5 Przełożeni)/mu, "");
    const doc = parseJobDescription(cut);
    expect(warningMessages(doc)).toEqual(["section 4 is missing", "no duties (“Zakres obowiązków”) found"]);
    expect(section(doc, "Przełożeni")?.text).toBe("Sekretarz, Naczelnik Wydziału Organizacyjnego");
  });

  it("reads an unknown heading up to the value that starts with a capital", () => {
    const doc = parseJobDescription(
      "OPIS STANOWISKA PRACY\n\n1 Nazwa stanowiska Informatyk\n2 Zakres obowiązków\n Obsługa serwerów,\n3 Dyżury Według grafiku.",
    );
    expect(doc.title).toBe("Informatyk");
    expect(doc.sections.at(-1)).toEqual({ heading: "Dyżury", text: "Według grafiku.", items: [] });
    expect(doc.duties).toEqual(["Obsługa serwerów"]);
  });

  it("does not take a wrapped line starting with a number for a section", () => {
    const doc = parseJobDescription(
      "OPIS STANOWISKA PRACY\n\n1 Stanowisko Informatyk\n2 Warunki pracy Praca przez\n10 godzin dziennie.\n3 Zakres obowiązków\n Obsługa serwerów",
    );
    expect(doc.sections.map((s) => s.heading)).toEqual(["Stanowisko", "Warunki pracy", "Zakres obowiązków"]);
    expect(section(doc, "Warunki pracy")?.text).toBe("Praca przez 10 godzin dziennie.");
  });
});

describe("employerFromGenitive", () => {
  it.each([
    ["URZĘDU MIEJSKIEGO W KROBI", "Urząd Miejski w Krobi"],
    ["URZĘDU GMINY I MIASTA W CZERWIEŃSKU", "Urząd Gminy i Miasta w Czerwieńsku"],
    ["STAROSTWA POWIATOWEGO W LEŻAJSKU", "Starostwo Powiatowe w Leżajsku"],
    ["Miejskiej Biblioteki Publicznej", "Miejskiej Biblioteki Publicznej"],
    ["BIBLIOTEKI PUBLICZNEJ W KROBI", "Biblioteka Publiczna w Krobi"],
  ])("turns %j into %j", (genitive, nominative) => {
    expect(employerFromGenitive(genitive)).toBe(nominative);
  });
});

describe("parseJobDescription: every section of the form in its own field (seed 001)", () => {
  const fields = parseJobDescription(seed).jobDescription;

  it("fills each field with its numbered section", () => {
    expect(fields).not.toBeNull();
    const numbers = Object.fromEntries(
      Object.entries(fields ?? {}).flatMap(([key, value]) => (value && typeof value === "object" && "number" in value ? [[key, value.number]] : [])),
    );
    expect(numbers).toEqual({
      position: "1",
      placement: "2",
      purpose: "3",
      regularDuties: "4.1",
      irregularDuties: "4.2",
      powers: "4.3",
      requiredKnowledge: "4.4",
      superiors: "5",
      cooperation: "6",
      tools: "7",
      workingConditions: "8",
      evaluationCriteria: "9",
      effectivenessMeasures: "10",
      payBasis: "11",
    });
  });

  it("keeps the irregular duties apart from the regular ones", () => {
    expect(fields?.regularDuties?.items).toHaveLength(20);
    expect(fields?.irregularDuties).toMatchObject({
      heading: "Zakres obowiązków – nieregularne",
      text: "Wykonywanie innych zadań poleconych przez przełożonych.",
    });
  });

  it("reads the working hours with their times", () => {
    expect(fields?.workingHours).toBe(
      "Czas pracy jednozmianowy ośmiogodzinny: w poniedziałek od godz. 8:00 do 16:00; od wtorku do piątku od godz. 7:00 do 15:00 lub zadaniowy czas pracy.",
    );
  });

  it("reads the evaluation criteria as their two labelled lists, across the page break", () => {
    expect(fields?.evaluationCriteriaLists.map((l) => [l.label, l.items.length])).toEqual([
      ["Wspólne dla wszystkich pracowników", 6],
      ["Kryteria do wyboru", 7],
    ]);
    expect(fields?.evaluationCriteriaLists[1]?.items).toContain("wykorzystywanie programów komputerowych i urządzeń technicznych");
  });

  it("keeps the required knowledge of law, superiors and pay basis in their fields", () => {
    expect(fields?.requiredKnowledge?.items).toContain("ustawa o samorządzie gminnym");
    expect(fields?.superiors?.text).toBe("Sekretarz, Naczelnik Wydziału Organizacyjnego");
    expect(fields?.payBasis?.text).toMatch(/^Wynagrodzenie ustalone na podstawie rozporządzenia Rady Ministrów z 18 marca 2009 r\./u);
  });
});
