import { describe, expect, it } from "vitest";
import { parsedDocumentSchema } from "@/lib/validation/document";
import { parseDocument } from "./parse-document";
import { PROFILE_DESCRIPTION_PAGE, RUSSIAN_REQUIREMENTS } from "@/tests/support/fixtures";
import { importErrorOf } from "@/tests/support/refusal";
import { readSeed } from "@/tests/support/seeds";

describe("parseDocument", () => {
  it("detects the kind and language and returns a document the schema accepts", () => {
    for (const [text, kind, language] of [
      [readSeed("mailAdministrator"), "occupation-profile", "pl"],
      [readSeed("krobiaJobDescription"), "job-description", "pl"],
      [readSeed("kazakhRequirements"), "qualification-requirements", "kk"],
      [RUSSIAN_REQUIREMENTS, "qualification-requirements", "ru"],
      [PROFILE_DESCRIPTION_PAGE, "occupation-profile", "pl"],
    ] as const) {
      const doc = parseDocument(text);
      expect([doc.kind, doc.language]).toEqual([kind, language]);
      expect(parsedDocumentSchema.safeParse(doc).success).toBe(true);
    }
  });

  it("reads Windows line ends, a BOM and decomposed letters like the clean text", () => {
    const clean = parseDocument(readSeed("mediaSpecialist"));
    const messy = `\uFEFF${readSeed("mediaSpecialist").normalize("NFD").replace(/\n/gu, "\r\n")}`;
    expect(parseDocument(messy)).toEqual(clean);
  });

  it("refuses an empty text, naming the file", () => {
    for (const text of ["", "  \n\t\n "]) {
      const error = importErrorOf(() => parseDocument(text, { fileName: "pusty.txt" }));
      expect(error.code).toBe("empty");
      expect(error.message).toBe('Cannot import "pusty.txt": the file holds no text');
    }
  });

  it("refuses a text of an unknown kind, naming the file and the kinds it knows", () => {
    const error = importErrorOf(() => parseDocument("Przepis na sernik: twaróg, jajka, cukier.", { fileName: "sernik.txt" }));
    expect(error.code).toBe("unknown-kind");
    expect(error.fileName).toBe("sernik.txt");
    expect(error.message).toMatch(/^Cannot import "sernik.txt": the text is not an occupation profile/u);
  });

  it("reads a 4 MB document of 200 000 duties without running out of stack", () => {
    const text = `OPIS STANOWISKA PRACY\n1 Stanowisko Informatyk\n2 Zakres obowiązków\n${" Obsługa serwerów sta-\ncji,\n".repeat(200_000)}`;
    expect(parseDocument(text).duties).toHaveLength(200_000);
  });

  it("keeps the first 50 warnings of a badly damaged document and counts the rest", () => {
    const text = `Kod: 351402\n3. Zadania zawodowe i wymagane kompetencje\n${Array.from({ length: 80 }, (_, i) => `\nZ${i + 1}\n\nTytuł\n`).join("")}`;
    const { warnings } = parseDocument(text);
    expect(warnings).toHaveLength(51);
    expect(warnings.at(-1)?.message).toMatch(/^… and \d+ more warnings$/u);
  });
});
