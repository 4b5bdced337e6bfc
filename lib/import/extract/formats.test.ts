import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { ParsedDocument, ParsedSection } from "@/lib/validation/document";
import { parseDocument } from "../parse-document";
import { makePdf, makePlainDocx, makeProfileDocx, makeProfileHtml } from "@/tests/support/make-files";
import { readGolden, readSeed } from "@/tests/support/seeds";
import { extractText } from "./index";

/**
 * Every format, made by the test from the seed text, must parse to the same result as the
 * plain text: the golden files are the reference for all of them.
 */

type ProfileGolden = Pick<ParsedDocument, "code" | "title" | "competences" | "tasks" | "socialCompetences" | "keyCompetences">;
const mail = readGolden<ProfileGolden>("351402-administrator-systemow-poczty.json");
const media = readGolden<ProfileGolden>("243108-specjalista-mediow-interaktywnych.json");
const MAIL_K = [4, 3, 2, 6, 4];
const MEDIA_K = [12, 15, 5, 7, 3, 5, 7];
const job = readGolden<{ title: string; employer: string; summary: string; sections: ParsedSection[] }>("krobia-job-description.json");
const kazakhGolden = readGolden<Pick<ParsedDocument, "title" | "duties" | "requirements">>("kk-it-manager-qualification-requirements.json");
const kazakh = { title: kazakhGolden.title, requirements: kazakhGolden.requirements, duties: kazakhGolden.duties };

async function parseFile(bytes: Uint8Array, fileName: string) {
  const { format, text } = await extractText(bytes, fileName);
  return { format, doc: parseDocument(text, { fileName }) };
}

function expectProfile(doc: ParsedDocument, golden: ProfileGolden) {
  expect(doc.kind).toBe("occupation-profile");
  expect({
    code: doc.code,
    title: doc.title,
    competences: doc.competences,
    tasks: doc.tasks,
    socialCompetences: doc.socialCompetences,
    keyCompetences: doc.keyCompetences,
  }).toEqual({
    code: golden.code,
    title: golden.title,
    competences: golden.competences,
    tasks: golden.tasks,
    socialCompetences: golden.socialCompetences,
    keyCompetences: golden.keyCompetences,
  });
  expect(doc.warnings).toEqual([]);
}

describe("txt", () => {
  it("reads the seeds as UTF-8, Windows-1250 and UTF-16 with a BOM alike", async () => {
    const text = readSeed("mailAdministrator").replace(/−/gu, "-"); // "−" has no Windows-1250 byte
    const utf8 = new TextEncoder().encode(text);
    const cp1250 = new Uint8Array(iconv.encode(text, "windows-1250"));
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, "utf-16le")]);
    for (const bytes of [utf8, cp1250, utf16]) {
      const { format, doc } = await parseFile(bytes, "profil.txt");
      expect(format).toBe("txt");
      expectProfile(doc, mail);
    }
  });

  it("reads the Kazakh seed from UTF-16 BE with a BOM", async () => {
    const bytes = new Uint8Array([0xfe, 0xff, ...iconv.encode(readSeed("kazakhRequirements"), "utf-16be")]);
    const { doc } = await parseFile(bytes, "талаптар.txt");
    expect(doc.duties).toEqual(kazakh.duties);
  });
});

describe("html", () => {
  it.each([
    ["351402", readSeed("mailAdministrator"), MAIL_K, mail],
    ["243108", readSeed("mediaSpecialist"), MEDIA_K, media],
  ] as const)("reads the INFOdoradca+-like page of %s (separate lists per heading, page furniture dropped)", async (_code, text, counts, golden) => {
    const bytes = new TextEncoder().encode(makeProfileHtml(text, counts));
    const { format, doc } = await parseFile(bytes, "zawod.html");
    expect(format).toBe("html");
    expectProfile(doc, golden);
  });

  it("sniffs HTML by its content whatever the file is called", async () => {
    const bytes = new TextEncoder().encode(makeProfileHtml(readSeed("mailAdministrator"), MAIL_K));
    expect((await extractText(bytes, "download")).format).toBe("html");
    expect((await extractText(bytes, "profil.txt")).format).toBe("html");
  });

  it("reads Kazakh duties from an ordered list", async () => {
    const html = `<html><body><h1>${kazakh.title}</h1><p>Талаптар:</p><ul><li>Білімі: жоғары техникалық</li><li>Жұмыс тәжірибесі: Ақпараттық технологиялар саласында кемінде 2 жыл</li></ul><p>Лауазымдық міндеттері:</p><ol>${kazakh.duties.map((d) => `<li>${d};</li>`).join("")}</ol></body></html>`;
    const { doc } = await parseFile(new TextEncoder().encode(html), "kk.html");
    expect(doc.requirements).toEqual(kazakh.requirements);
    expect(doc.duties).toEqual(kazakh.duties);
  });
});

describe("docx", () => {
  it("reads a Word profile with headings and bulleted lists (through mammoth's HTML)", async () => {
    const { format, doc } = await parseFile(await makeProfileDocx(readSeed("mailAdministrator"), MAIL_K), "profil.docx");
    expect(format).toBe("docx");
    expectProfile(doc, mail);
  });

  it("reads the Kazakh requirements from Word paragraphs, letters intact", async () => {
    const { format, doc } = await parseFile(await makePlainDocx(readSeed("kazakhRequirements")), "талаптар.docx");
    expect(format).toBe("docx");
    expect({ title: doc.title, requirements: doc.requirements, duties: doc.duties }).toEqual(kazakh);
  });
});

describe("pdf", () => {
  it("reads the job description as its PDF had it (bullet glyphs, hyphenation, page break)", async () => {
    const bytes = await makePdf(readSeed("krobiaJobDescription"), { bulletGlyph: "\uF0B7", linesPerPage: 55 });
    const { format, doc } = await parseFile(bytes, "opis.pdf");
    expect(format).toBe("pdf");
    expect({ title: doc.title, employer: doc.employer, summary: doc.summary, sections: doc.sections }).toEqual({
      title: job.title,
      employer: job.employer,
      summary: job.summary,
      sections: job.sections,
    });
    expect(doc.warnings).toEqual([]);
  });

  it("reads a profile whose lines are wrapped, wherever the page breaks fall", async () => {
    for (const linesPerPage of [52, 37, 23]) {
      const bytes = await makePdf(readSeed("mediaSpecialist"), { wrapAt: 95, linesPerPage });
      expectProfile((await parseFile(bytes, "zawod.pdf")).doc, media);
    }
  });

  it("reads Kazakh text and joins wrapped duties", async () => {
    const { doc } = await parseFile(await makePdf(readSeed("kazakhRequirements"), { wrapAt: 80 }), "kk.pdf");
    expect({ title: doc.title, requirements: doc.requirements, duties: doc.duties }).toEqual(kazakh);
  });
});
