import { describe, expect, it } from "vitest";
import type { ParsedDocument, ParsedRequirement, ParsedSection } from "@/lib/validation/document";
import { parseDocument } from "./parse-document";
import { readGolden, readSeed } from "@/tests/support/seeds";

/**
 * Golden tests: every item of the four seed documents, compared with files written and checked
 * by hand against the source text (tests/fixtures/golden). Each expected item was read against
 * the seed line it comes from; glossary numbers and list punctuation removed per normalize.ts.
 */

type ProfileGolden = Pick<ParsedDocument, "code" | "title" | "part" | "competences" | "tasks" | "socialCompetences" | "keyCompetences">;
type JobGolden = Pick<ParsedDocument, "kind" | "language" | "title" | "employer" | "summary"> & {
  sections: ParsedSection[];
  irregularDuties: string[];
};
type RequirementsGolden = Pick<ParsedDocument, "kind" | "language" | "title" | "summary" | "duties"> & {
  requirements: ParsedRequirement[];
};

describe.each([
  ["351402 Administrator systemów poczty elektronicznej", "mailAdministrator", "351402-administrator-systemow-poczty.json"],
  ["243108 Specjalista do spraw mediów interaktywnych", "mediaSpecialist", "243108-specjalista-mediow-interaktywnych.json"],
] as const)("the INFOdoradca+ profile %s", (_name, seedName, goldenFile) => {
  const golden = readGolden<ProfileGolden>(goldenFile);
  const doc = parseDocument(readSeed(seedName), { fileName: `${seedName}.txt` });

  it("is read as a Polish occupation profile, section 3, without warnings", () => {
    expect(doc.kind).toBe("occupation-profile");
    expect(doc.language).toBe("pl");
    expect(doc.part).toBe(golden.part);
    expect(doc.warnings).toEqual([]);
  });

  it("keeps the code and the occupation's name", () => {
    expect(doc.code).toBe(golden.code);
    expect(doc.title).toBe(golden.title);
    expect(doc.summary).toBeNull();
    expect(doc.synthesis).toBeNull();
    expect(doc.workDescription).toBeNull();
  });

  it("reads every professional competence with its tasks", () => {
    expect(doc.competences).toEqual(golden.competences);
  });

  it("reads every task title", () => {
    expect(doc.tasks.map((t) => [t.code, t.title])).toEqual(golden.tasks.map((t) => [t.code, t.title]));
  });

  it.each(golden.tasks.map((t) => [t.code, t] as const))("splits the knowledge and skills of %s exactly", (code, expected) => {
    const task = doc.tasks.find((t) => t.code === code);
    expect(task?.knowledge).toEqual(expected.knowledge);
    expect(task?.skills).toEqual(expected.skills);
  });

  it("reads every social competence", () => {
    expect(doc.socialCompetences).toEqual(golden.socialCompetences);
  });

  it("reads the nine key competences by name, without levels", () => {
    expect(doc.keyCompetences).toEqual(golden.keyCompetences);
  });

  it("has nothing of the other document kinds", () => {
    expect([doc.duties, doc.sections, doc.requirements]).toEqual([[], [], []]);
    expect(doc.employer).toBeNull();
  });
});

describe("the Krobia job description (seed 001, text from a PDF)", () => {
  const golden = readGolden<JobGolden>("krobia-job-description.json");
  const doc = parseDocument(readSeed("krobiaJobDescription"), { fileName: "001.txt" });

  it("is read as a Polish job description without warnings", () => {
    expect(doc.kind).toBe(golden.kind);
    expect(doc.language).toBe(golden.language);
    expect(doc.part).toBeNull();
    expect(doc.code).toBeNull();
    expect(doc.warnings).toEqual([]);
  });

  it("names the position, the employer (nominative, sentence case) and the purpose", () => {
    expect(doc.title).toBe(golden.title);
    expect(doc.employer).toBe(golden.employer);
    expect(doc.summary).toBe(golden.summary);
  });

  it("reads the numbered sections in order with their headings", () => {
    expect(doc.sections.map((s) => s.heading)).toEqual(golden.sections.map((s) => s.heading));
  });

  it.each(golden.sections.map((s) => [s.heading, s] as const))("reads the section “%s” exactly", (heading, expected) => {
    expect(doc.sections.find((s) => s.heading === heading)).toEqual(expected);
  });

  it("lists the regular duties (4.1) and then the irregular ones (4.2)", () => {
    const regular = golden.sections.find((s) => s.heading === "Zakres obowiązków – podstawowe")?.items ?? [];
    expect(regular).toHaveLength(20);
    expect(doc.duties).toEqual([...regular, ...golden.irregularDuties]);
  });
});

describe("the Kazakh qualification requirements (seed 002)", () => {
  const golden = readGolden<RequirementsGolden>("kk-it-manager-qualification-requirements.json");
  const doc = parseDocument(readSeed("kazakhRequirements"), { fileName: "002.txt" });

  it("is read as Kazakh qualification requirements without warnings", () => {
    expect(doc.kind).toBe(golden.kind);
    expect(doc.language).toBe(golden.language);
    expect(doc.warnings).toEqual([]);
  });

  it("keeps the whole first line as title and names the post in the summary", () => {
    expect(doc.title).toBe(golden.title);
    expect(doc.summary).toBe(golden.summary);
  });

  it("reads education and experience as labelled requirements", () => {
    expect(doc.requirements).toEqual(golden.requirements);
  });

  it("reads exactly the 19 duties, Kazakh letters intact", () => {
    expect(doc.duties).toHaveLength(19);
    expect(doc.duties).toEqual(golden.duties);
    expect(doc.duties.join(" ")).toMatch(/[әғқңөұүһі]/u);
  });
});
