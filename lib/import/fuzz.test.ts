import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsedDocumentSchema } from "@/lib/validation/document";
import { ImportError } from "./errors";
import { fuzzParams } from "@/tests/setup/fuzz";
import { detectKind, detectLanguage } from "./detect";
import { extractText } from "./extract";
import { parseDocument } from "./parse-document";
import { parseJobDescription } from "./parse-job-description";
import { parseProfile } from "./parse-profile";
import { parseQualificationRequirements } from "./parse-qualification-requirements";
import { readSeed, SEED_FILES, type SeedName } from "@/tests/support/seeds";

/**
 * Hostile input never breaks the import path: whatever the bytes or text, extractText and
 * parseDocument either return a document the schema accepts or throw an ImportError — and from
 * parseDocument only the refusals of what a text says: "empty", "encoding" (letters lost to "?"),
 * "unknown-kind" or "no-items" (a "corrupt" there would be a parser bug that the schema caught). Each parser, run on text of any kind (whatever detection says), throws nothing
 * but an ImportError. Each of the three targets (parseDocument, the parsers, extractText) runs
 * FUZZ_RUNS cases (default 10,000; tests/setup/fuzz.ts), shared by its properties.
 */

function checkParse(text: string): void {
  try {
    const doc = parseDocument(text, { fileName: "fuzz.txt" });
    const result = parsedDocumentSchema.safeParse(doc);
    expect(result.success).toBe(true);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect(["empty", "encoding", "unknown-kind", "no-items"]).toContain((error as ImportError).code);
  }
}

async function checkExtract(bytes: Uint8Array, fileName: string): Promise<void> {
  let text: string;
  try {
    ({ text } = await extractText(bytes, fileName));
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toContain(fileName);
    return;
  }
  expect(text.trim()).not.toBe("");
  checkParse(text);
}

const seedNames = Object.keys(SEED_FILES) as SeedName[];

/** A seed text damaged line by line: deletions, duplicates, swaps, truncation, inserted junk. */
const mutatedSeed = fc
  .record({
    seed: fc.constantFrom(...seedNames),
    edits: fc.array(
      fc.oneof(
        fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
        fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
        fc.record({ op: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }),
        fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ maxLength: 40 }) }),
      ),
      { maxLength: 12 },
    ),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map(({ seed, edits, cut }) => {
    const lines = readSeed(seed).split("\n");
    for (const edit of edits) {
      const at = edit.at % Math.max(lines.length, 1);
      if (edit.op === "delete") lines.splice(at, 1);
      if (edit.op === "duplicate") lines.splice(at, 0, lines[at] ?? "");
      if (edit.op === "insert") lines.splice(at, 0, edit.text);
      if (edit.op === "swap") {
        const other = edit.with % Math.max(lines.length, 1);
        [lines[at], lines[other]] = [lines[other] ?? "", lines[at] ?? ""];
      }
    }
    const text = lines.join("\n");
    return cut === undefined ? text : text.slice(0, Math.floor(text.length * cut));
  });

/** Lines of the documents' own vocabulary, in any order: reaches deep into every parser. */
const vocabulary = fc.constantFrom(
  "Kod: 351402",
  "Z1",
  "Z2",
  "WIEDZA – zna i rozumie:",
  "UMIEJĘTNOŚCI – potrafi:",
  " • Dobierać typ;",
  " • Typy serwerów.",
  "Kompetencja zawodowa Kz1: X obejmuje zestaw zadań zawodowych Z1, Z9, do realizacji",
  "W szczególności pracownik jest gotów do:",
  "5 4 3 2 1 0 Komunikacja ustna",
  "2. Opis zawodu",
  "Synteza",
  "Opis pracy",
  "OPIS STANOWISKA PRACY",
  "4 Zakres obowiązków",
  "4.1 Podstawowe",
  " Konfiguracja sta-",
  "cji",
  "Талаптар:",
  "- Білімі: жоғары",
  "Лауазымдық міндеттері:",
  "1) серверлерде;",
  "",
  "Должностные обязанности:",
  "Квалификационные требования",
  "Partnerzy",
  // punctuation-only items and headings that clean down to nothing
  " ;",
  " .",
  " • ;",
  " • Z3 -",
  "2.1.",
  "- :",
  "1) ;",
  "Z3",
  "5 Przełożeni",
  "Kod: 000000",
);
const vocabularyText = fc.array(vocabulary, { maxLength: 60 }).map((lines) => lines.join("\n"));

describe("parseDocument on hostile text", () => {
  it("survives random strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 500 }), checkParse), fuzzParams(0.3));
  });

  it("survives random lines built from the documents' own vocabulary", () => {
    fc.assert(fc.property(vocabularyText, checkParse), fuzzParams(0.35));
  });

  it("survives every seed with deleted, duplicated, swapped and inserted lines, and cut anywhere", () => {
    fc.assert(fc.property(mutatedSeed, checkParse), fuzzParams(0.35));
  });

  it("survives every seed cut at every 97th character", () => {
    for (const seed of seedNames) {
      const text = readSeed(seed);
      for (let end = 0; end <= text.length; end += 97) checkParse(text.slice(0, end));
    }
  });
});

/** A parser (or detection) on any text: a document, warnings, or an ImportError; never anything else. */
function checkParser(parse: (text: string) => unknown, text: string): void {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
  }
}

describe("each parser on text of any kind", () => {
  const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 500 }), vocabularyText, mutatedSeed);
  const parsers: [string, (text: string) => unknown][] = [
    ["detectKind and detectLanguage", (text) => [detectKind(text), detectLanguage(text)]],
    ["parseProfile", (text) => parseProfile(text)],
    ["parseJobDescription", (text) => parseJobDescription(text)],
    ["parseQualificationRequirements", (text) => parseQualificationRequirements(text)],
  ];

  it.each(parsers)("%s survives it", (_, parse) => {
    fc.assert(
      fc.property(anyText, (text) => checkParser(parse, text)),
      fuzzParams(1 / parsers.length),
    );
  });
});

describe("extractText on hostile bytes", () => {
  const fileName = fc.constantFrom("plik.txt", "plik.html", "plik.pdf", "plik.docx", "plik", "plik.exe");

  it("survives random bytes under any name", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fileName, checkExtract), fuzzParams(0.5));
  });

  it("survives random bytes behind a PDF, ZIP/DOCX or HTML header", async () => {
    const header = fc.constantFrom(
      new TextEncoder().encode("%PDF-1.4\n"),
      new TextEncoder().encode("PK\u0003\u0004word/document.xml"),
      new TextEncoder().encode("<!DOCTYPE html><html><body>"),
      new Uint8Array([0xff, 0xfe]),
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
    await fc.assert(
      fc.asyncProperty(header, fc.uint8Array({ maxLength: 1500 }), fileName, (head, tail, name) => checkExtract(new Uint8Array([...head, ...tail]), name)),
      fuzzParams(0.3),
    );
  });

  it("survives damaged seed texts as bytes", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSeed, fileName, (text, name) => checkExtract(new TextEncoder().encode(text), name)),
      fuzzParams(0.2),
    );
  });
});
