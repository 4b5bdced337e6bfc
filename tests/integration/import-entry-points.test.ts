/**
 * Every format through every way in: a txt, an html page (with <sup> glossary numbers), a docx and
 * a pdf, made here from the seeds, imported by the CLI (`npm run import -- --dry-run --json`, spawned
 * as a process, reading the files as Node Buffers) and by the upload form's server actions (preview,
 * then confirm, as Next calls them with an editor's session, the bytes as Uint8Arrays). The parsed
 * document must be the same both ways: the preview's summary, and the whole document the confirmed
 * import stored.
 */
import { describe, expect, it } from "vitest";
import { openSqlite } from "@/lib/db/sqlite";
import type { UploadSummary } from "@/lib/editor/upload-import";
import type { ParsedDocument } from "@/lib/validation/document";
import { makePdf, makeProfileDocx, makeProfileHtml } from "@/tests/support/make-files";
import { readGolden, readSeed } from "@/tests/support/seeds";
import { MAIL_ADMINISTRATOR_KNOWLEDGE_COUNTS } from "@/tests/support/worst-cases";
import { mockActionContext } from "../setup/action-context";
import { bothWaysIn, parsedOnly } from "../setup/import-ways";

mockActionContext();

// A busy test machine must not turn a slow parse into a refusal; the limit has its own tests.
const TIME_LIMIT = { IMPORT_TIME_LIMIT_MS: "60000" };
Object.assign(process.env, TIME_LIMIT);

type ProfileGolden = Pick<ParsedDocument, "tasks" | "competences" | "socialCompetences">;
const mailGolden = readGolden<ProfileGolden>("351402-administrator-systemow-poczty.json");

/** The seed page with its glossary numbers as a web page has them: superscripts right after the word. */
function htmlWithSuperscripts(): string {
  const html = makeProfileHtml(readSeed("mailAdministrator"), MAIL_ADMINISTRATOR_KNOWLEDGE_COUNTS);
  const withSup = html.replace("(SMTP) 9,", "(SMTP)<sup>9</sup>,").replace("Phishing 3;", "Phishing<sup><a href='#s3'>3</a></sup>;");
  if (withSup.split("<sup>").length !== 3) throw new Error("the seed's glossary numbers moved; update the fixture");
  return withSup;
}

type CliRow = ParsedDocument & { file: string; status: string; error: unknown; milliseconds: number; suggestedCodes: unknown };

/** What the upload's summary holds of a parsed document (lib/editor/upload-import.ts). */
function summaryOf(doc: ParsedDocument): Omit<NonNullable<UploadSummary["document"]>, "suggestedCodes"> {
  return {
    kind: doc.kind,
    language: doc.language,
    code: doc.code,
    title: doc.title,
    part: doc.part,
    warnings: doc.warnings,
    incomplete: doc.incomplete,
    tasks: doc.tasks.map((t) => ({ code: t.code, title: t.title })),
    counts: {
      tasks: doc.tasks.length,
      competences: doc.competences.length,
      socialCompetences: doc.socialCompetences.length,
      keyCompetences: doc.keyCompetences.length,
      subsections: doc.subsections.length,
      duties: doc.duties.length,
      sections: doc.sections.length,
      requirements: doc.requirements.length,
    },
  };
}

describe("txt, html, docx and pdf through the CLI and the upload give the same parsed document", () => {
  const ways = bothWaysIn<CliRow>(
    "entry-points",
    async () => [
      { name: "administrator.txt", bytes: new TextEncoder().encode(readSeed("mailAdministrator")) },
      { name: "administrator.html", bytes: new TextEncoder().encode(htmlWithSuperscripts()) },
      { name: "administrator.docx", bytes: await makeProfileDocx(readSeed("mailAdministrator"), MAIL_ADMINISTRATOR_KNOWLEDGE_COUNTS) },
      { name: "krobia.pdf", bytes: await makePdf(readSeed("krobiaJobDescription"), { wrapAt: 70 }) },
    ],
    TIME_LIMIT,
  );
  const { dbFile, upload } = ways;

  const cliDoc = (name: string) => {
    const row = ways.rows().find((r) => r.file === name);
    expect(row, name).toBeDefined();
    expect(row!.status).toBe("parsed");
    return row!;
  };

  it("the CLI reads every format, the PDF included", () => {
    expect(ways.rows().map((r) => [r.file, r.status, r.kind])).toEqual([
      ["administrator.docx", "parsed", "occupation-profile"],
      ["administrator.html", "parsed", "occupation-profile"],
      ["administrator.txt", "parsed", "occupation-profile"],
      ["krobia.pdf", "parsed", "job-description"],
    ]);
  });

  it("the three renderings of the profile give the seed's tasks, competences and social competences", () => {
    for (const name of ["administrator.txt", "administrator.html", "administrator.docx"]) {
      const doc = cliDoc(name);
      expect({ tasks: doc.tasks, competences: doc.competences, socialCompetences: doc.socialCompetences }, name).toEqual({
        tasks: mailGolden.tasks,
        competences: mailGolden.competences,
        socialCompetences: mailGolden.socialCompetences,
      });
    }
  });

  it("a <sup> glossary number neither glues onto the word nor stays", () => {
    const items = cliDoc("administrator.html").tasks.flatMap((t) => [...t.knowledge, ...t.skills]);
    expect(items.some((i) => i.includes("(SMTP),"))).toBe(true);
    expect(items.join("\n")).not.toMatch(/\(SMTP\) ?9|Phishing ?3/u);
  });

  it("the PDF's job description has its sections in their fields, times read", () => {
    const doc = cliDoc("krobia.pdf");
    expect(doc.jobDescription?.workingHours).toMatch(/od godz\. 8:00 do 16:00/u);
    expect(doc.jobDescription?.evaluationCriteriaLists.map((l) => l.label)).toEqual(["Wspólne dla wszystkich pracowników", "Kryteria do wyboru"]);
  });

  it.each(["administrator.txt", "administrator.html", "administrator.docx", "krobia.pdf"])(
    "%s: the upload's preview shows what the CLI parsed",
    async (name) => {
      const preview = await upload("preview", name);
      expect(preview.status).toBe("parsed");
      expect(parsedOnly(preview.document!)).toEqual(summaryOf(cliDoc(name)));
    },
  );

  it.each(["administrator.txt", "administrator.html", "administrator.docx", "krobia.pdf"])(
    "%s: the upload's confirmed import stores the document the CLI parsed",
    async (name) => {
      const confirmed = await upload("confirm", name);
      // "unchanged" when another rendering of the same page already gave exactly this text (docx after html)
      expect(["imported", "updated", "unchanged"]).toContain(confirmed.status);
      const raw = openSqlite(dbFile, { readonly: true });
      const stored = raw.prepare("SELECT parsed FROM SourceDocument WHERE id = ?").get(confirmed.documentId) as { parsed: string };
      raw.close();
      expect(JSON.parse(stored.parsed)).toEqual(parsedOnly(cliDoc(name)));
    },
  );
});
