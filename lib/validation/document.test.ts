import { describe, expect, it } from "vitest";
import { KEY_COMPETENCES, parsedDocumentSchema, type ParsedDocument } from "./document";

const profile: ParsedDocument = {
  kind: "occupation-profile",
  language: "pl",
  code: "011001",
  title: "Oficer sił zbrojnych",
  summary: null,
  synthesis: null,
  workDescription: null,
  part: "tasks",
  tasks: [{ code: "Z1", title: "Dowodzenie", knowledge: ["Zasady dowodzenia"], skills: ["Dowodzić pododdziałem"] }],
  competences: [{ code: "Kz1", title: "Dowodzenie pododdziałem", taskCodes: ["Z1"] }],
  socialCompetences: ["Ponoszenia odpowiedzialności"],
  keyCompetences: [{ name: "Komunikacja ustna", level: null }],
  duties: [],
  sections: [],
  subsections: [],
  jobDescription: null,
  requirements: [],
  employer: null,
  untitled: false,
  incomplete: null,
  warnings: [],
};

describe("parsedDocumentSchema", () => {
  it("accepts a profile and keeps the code's leading zeros", () => {
    expect(parsedDocumentSchema.parse(profile).code).toBe("011001");
  });

  it("accepts a job description without a code and without a profile part", () => {
    const job = { ...profile, kind: "job-description", code: null, part: null, tasks: [], competences: [] };
    expect(parsedDocumentSchema.safeParse(job).success).toBe(true);
  });

  it("refuses a code that is not six digits", () => {
    expect(parsedDocumentSchema.safeParse({ ...profile, code: "35140" }).success).toBe(false);
    expect(parsedDocumentSchema.safeParse({ ...profile, code: 351402 }).success).toBe(false);
  });

  it("refuses a profile without its part, and a part on another kind", () => {
    expect(parsedDocumentSchema.safeParse({ ...profile, part: null }).success).toBe(false);
    expect(parsedDocumentSchema.safeParse({ ...profile, kind: "job-description" }).success).toBe(false);
  });

  it("refuses key-competence levels outside 0–5 and non-integers", () => {
    for (const level of [-1, 6, 2.5]) {
      expect(parsedDocumentSchema.safeParse({ ...profile, keyCompetences: [{ name: "Komunikacja ustna", level }] }).success).toBe(false);
    }
    expect(parsedDocumentSchema.safeParse({ ...profile, keyCompetences: [{ name: "Komunikacja ustna", level: 0 }] }).success).toBe(true);
  });

  it("refuses duplicate task codes, malformed codes and empty items", () => {
    const task = profile.tasks[0]!;
    expect(parsedDocumentSchema.safeParse({ ...profile, tasks: [task, task] }).success).toBe(false);
    expect(parsedDocumentSchema.safeParse({ ...profile, tasks: [{ ...task, code: "T1" }] }).success).toBe(false);
    expect(parsedDocumentSchema.safeParse({ ...profile, tasks: [{ ...task, knowledge: ["  "] }] }).success).toBe(false);
  });
});

describe("KEY_COMPETENCES", () => {
  it("lists the nine PIAAC-based names in the order the pages print them", () => {
    expect(KEY_COMPETENCES).toHaveLength(9);
    expect(KEY_COMPETENCES[0]).toBe("Umiejętność obsługi komputera i wykorzystania internetu");
    expect(KEY_COMPETENCES[8]).toBe("Rozwiązywanie problemów");
  });
});
