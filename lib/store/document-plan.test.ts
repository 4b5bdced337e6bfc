/**
 * The rules of lib/store/document-plan.ts that need no database: what is poorer (contentLoss), the
 * refusal and its forcing, and the keys of untitled documents.
 */
import { describe, expect, it } from "vitest";
import type { WriteInput } from "@/lib/import/prepare";
import { parseDocument } from "@/lib/import/parse-document";
import { PROFILE_SECTION_2_PAGE } from "@/tests/support/fixtures";
import { readSeed } from "@/tests/support/seeds";
import type { ParsedDocument } from "@/lib/validation/document";
import { contentLoss, describeLoss, identityOf, lossOnWrite, planDocument, refuseIfPoorer, sectionsOnWrite, sha256 } from "./document-plan";

const section2Page = parseDocument(PROFILE_SECTION_2_PAGE);

const mail = parseDocument(readSeed("mailAdministrator"));

function input(parsed: ParsedDocument, text: string): WriteInput {
  return { fileName: "a.txt", format: "txt", byteSize: text.length, text, parsed, suggestedCodes: [] };
}

describe("contentLoss: nothing richer is replaced by something poorer", () => {
  it("the same content, or more, loses nothing", () => {
    expect(contentLoss(mail, mail)).toBeNull();
    const more = { ...mail, socialCompetences: [...mail.socialCompetences, "Nowa kompetencja"] };
    expect(contentLoss(mail, more)).toBeNull();
  });

  it("counts lost tasks, the items of shortened and lost tasks, and shorter lists", () => {
    const [first, second, ...rest] = mail.tasks;
    const poorer: ParsedDocument = {
      ...mail,
      // Z1 keeps one knowledge item and no skills; Z2 is gone.
      tasks: [{ ...first!, knowledge: first!.knowledge.slice(0, 1), skills: [] }, ...rest],
      socialCompetences: [],
      keyCompetences: mail.keyCompetences.slice(0, 2),
    };
    const lostItems = first!.knowledge.length - 1 + first!.skills.length + second!.knowledge.length + second!.skills.length;
    expect(contentLoss(mail, poorer)).toEqual({
      removed: [
        { what: "tasks", count: 1 },
        { what: "items", count: lostItems },
        { what: "socialCompetences", count: mail.socialCompetences.length },
        { what: "keyCompetences", count: mail.keyCompetences.length - 2 },
      ],
      incomplete: null,
    });
  });

  it("a cut-off copy over a whole one is poorer even with the same counts; over a cut-off one it is not", () => {
    const cut = { ...mail, incomplete: { at: "Z4" } };
    expect(contentLoss(mail, cut)).toEqual({ removed: [], incomplete: { at: "Z4" } });
    expect(contentLoss(cut, { ...cut, incomplete: { at: "Z5" } })).toBeNull();
    // A version stored before the flag existed counts as whole.
    const old = Object.fromEntries(Object.entries(mail).filter(([key]) => key !== "incomplete")) as ParsedDocument;
    expect(contentLoss(old, cut)?.incomplete).toEqual({ at: "Z4" });
  });

  it("compares positions' sections, duties and requirements", () => {
    const job = parseDocument(readSeed("krobiaJobDescription"));
    expect(contentLoss(job, { ...job, duties: job.duties.slice(1), sections: [] })?.removed).toEqual([
      { what: "sections", count: job.sections.length },
      { what: "duties", count: 1 },
    ]);
  });

  it("says what would be removed in words", () => {
    expect(describeLoss({ removed: [{ what: "tasks", count: 2 }], incomplete: { at: "Z4" } })).toBe("it would remove 2 tasks; the new copy is cut off at Z4");
  });
});

describe("refuseIfPoorer / lossOnWrite: against the stored version", () => {
  const poorer = { ...mail, socialCompetences: [] };
  const plan = planDocument(input(poorer, "poorer text"));
  const stored = { checksum: sha256("whole text"), parsed: JSON.stringify(mail) };

  it("refuses a poorer version with code 'poorer' carrying the loss", () => {
    expect(() => refuseIfPoorer(stored, plan, {})).toThrow(
      expect.objectContaining({ code: "poorer", loss: expect.objectContaining({ removed: [expect.anything()] }) }),
    );
  });

  it("lets it through when forced, when nothing is stored, or when the text is the same", () => {
    expect(() => refuseIfPoorer(stored, plan, { replace: true })).not.toThrow();
    expect(() => refuseIfPoorer(undefined, plan, {})).not.toThrow();
    expect(lossOnWrite({ checksum: plan.checksum, parsed: mail }, plan.checksum, poorer)).toBeNull();
  });

  it("reads the stored version as JSON text (SQLite) or as an object (PostgreSQL) alike", () => {
    expect(lossOnWrite(stored, plan.checksum, poorer)).toEqual(lossOnWrite({ ...stored, parsed: mail }, plan.checksum, poorer));
  });

  it("a profile's part is compared with the same part only: the other part has another key", () => {
    const description = { ...mail, part: "description" as const, tasks: [], competences: [], socialCompetences: [], keyCompetences: [] };
    expect(identityOf(input(description, "d")).documentKey).not.toBe(identityOf(input(mail, "t")).documentKey);
  });
});

describe("section 2 in the plan: the summary and each subsection, and what counts as poorer", () => {
  const section2 = parseDocument(PROFILE_SECTION_2_PAGE);

  it("a section-2 document plans its summary and subsections in the source's order, numbered, and no tasks part", () => {
    const plan = planDocument(input(section2, PROFILE_SECTION_2_PAGE));
    expect(plan.profile?.tasks).toBeNull();
    expect(plan.profile?.description?.summary).toBe(section2.summary);
    expect(plan.profile?.subsections.rows.map((s) => [s.position, s.section, s.level, s.heading])).toEqual(
      section2.subsections.map((s, i) => [i + 1, 2, s.level, s.heading]),
    );
    // Section 2 is replaced whole; no other section's rows are touched.
    expect(plan.profile?.subsections.sections).toEqual([2]);
  });

  it("a section-3 document plans no description, so the subsections another document gave stay as they are", () => {
    expect(planDocument(input(mail, "t")).profile?.description).toBeNull();
    expect(planDocument(input(mail, "t")).profile?.subsections).toEqual({ sections: [], rows: [] });
  });

  it("fewer subsections is poorer; a version stored before subsections were read loses none", () => {
    const fewer = { ...section2, subsections: section2.subsections.slice(0, 2) };
    expect(contentLoss(section2, fewer)?.removed).toEqual([{ what: "subsections", count: section2.subsections.length - 2 }]);
    // A version stored before subsections were read has none: any number now is not a loss.
    const old = Object.fromEntries(Object.entries(section2).filter(([key]) => key !== "subsections")) as ParsedDocument;
    expect(contentLoss(old, fewer)).toBeNull();
  });
});

describe("sections 1 and 4–7 in the plan: each document replaces only the sections it holds", () => {
  const later =
    "4. Rynek pracy\n\nPopyt rośnie.\n\n4.1. Możliwości zatrudnienia\n\nFirmy informatyczne.\n\n5. Zatrudnienie osób z niepełnosprawnością\n\nMożliwe.\n";
  const withLater = parseDocument(readSeed("mailAdministrator").replace(/\n(?=Partnerzy|$)/u, `\n\n${later}\n`));
  const onlyLater = parseDocument(`Administrator systemów poczty elektronicznej\n\nKod: 351402\n\n${later}`);

  it("a section-3 page with sections 4 and 5 plans its tasks and those two sections, in the source's order", () => {
    const plan = planDocument(input(withLater, "t")).profile!;
    expect(withLater.part).toBe("tasks");
    expect(plan.tasks?.tasks.length).toBe(mail.tasks.length);
    expect(plan.subsections.sections).toEqual([4, 5]);
    expect(plan.subsections.rows.map((r) => [r.position, r.section, r.level, r.heading])).toEqual([
      [1, 4, 0, "Rynek pracy"],
      [2, 4, 1, "Możliwości zatrudnienia"],
      [3, 5, 0, "Zatrudnienie osób z niepełnosprawnością"],
    ]);
  });

  it("a page of only sections 4–7 is its own part: no tasks or description planned, its key apart from section 3's", () => {
    expect(onlyLater.part).toBe("sections");
    const plan = planDocument(input(onlyLater, "s"));
    expect(plan.profile?.tasks).toBeNull();
    expect(plan.profile?.description).toBeNull();
    expect(plan.documentKey).not.toBe(planDocument(input(mail, "t")).documentKey);
  });

  it("a write replaces the stored version's sections too, so a forced poorer version removes a section it no longer has", () => {
    const profile = planDocument(input({ ...onlyLater, subsections: onlyLater.subsections.filter((s) => s.section === 4) }, "s2")).profile!;
    expect(sectionsOnWrite(undefined, profile)).toEqual([4]);
    expect(sectionsOnWrite({ checksum: "x", parsed: JSON.stringify(onlyLater) }, profile)).toEqual([4, 5]);
    // A section-2 version stored before sections were numbered: its subsections are section 2's.
    const old = { ...section2Page, subsections: section2Page.subsections.map(({ heading, level, text }) => ({ heading, level, text })) };
    expect(sectionsOnWrite({ checksum: "x", parsed: old }, profile)).toEqual([2, 4]);
  });

  it("dropping a section is poorer: contentLoss counts its subsections", () => {
    const without5 = { ...onlyLater, subsections: onlyLater.subsections.filter((s) => s.section !== 5) };
    expect(contentLoss(onlyLater, without5)?.removed).toEqual([{ what: "subsections", count: 1 }]);
  });
});

describe("a job description's sections in their fields", () => {
  it("each section of the Krobia form carries the form's number and its field; the irregular duties are 4.2", () => {
    const job = parseDocument(readSeed("krobiaJobDescription"));
    const sections = planDocument(input(job, "j")).position?.sections ?? [];
    expect(sections.find((s) => s.field === "irregularDuties")).toMatchObject({ number: "4.2", heading: "Zakres obowiązków – nieregularne" });
    expect(sections.find((s) => s.field === "regularDuties")?.number).toBe("4.1");
    expect(sections.every((s) => s.field !== null && s.number !== null)).toBe(true);
    expect(new Set(sections.map((s) => s.field)).size).toBe(sections.length);
  });

  it("another document's sections have neither", () => {
    const requirements = parseDocument(readSeed("kazakhRequirements"));
    expect(planDocument(input(requirements, "r")).position?.sections.every((s) => s.number === null && s.field === null)).toBe(true);
  });
});

describe("documentKeyOf: untitled documents never share a key", () => {
  const untitled = (text: string) => parseDocument(text);
  const a = "Opis stanowiska pracy\n1. Zakres obowiązków\n- prowadzenie korespondencji\n";
  const b = "Opis stanowiska pracy\n1. Zakres obowiązków\n- obsługa klientów\n";

  it("two untitled job descriptions get two keys, each stable for its text", () => {
    const [docA, docB] = [untitled(a), untitled(b)];
    expect(docA.untitled && docB.untitled).toBe(true);
    expect(docA.title).toBe(docB.title);
    const keyA = identityOf(input(docA, a)).documentKey;
    expect(keyA).not.toBe(identityOf(input(docB, b)).documentKey);
    expect(identityOf(input(untitled(a), a)).documentKey).toBe(keyA);
  });

  it("a titled document keeps its key when its text changes (a new version of the same document)", () => {
    const job = parseDocument(readSeed("krobiaJobDescription"));
    expect(job.untitled).toBe(false);
    expect(identityOf(input(job, "one text")).documentKey).toBe(identityOf(input(job, "another text")).documentKey);
  });
});
