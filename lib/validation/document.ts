import { z } from "zod";

/**
 * The parsed form of one source document: the contract between the pure parsers
 * (lib/import/parse-*.ts), the import CLI, the admin preview form and the API.
 * Other tools read this JSON, so field names and shapes change only with care.
 */

const DOCUMENT_KINDS = ["occupation-profile", "job-description", "qualification-requirements"] as const;
const documentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKindSchema>;

const DOCUMENT_LANGUAGES = ["pl", "kk", "ru", "en"] as const;
const documentLanguageSchema = z.enum(DOCUMENT_LANGUAGES);
export type DocumentLanguage = z.infer<typeof documentLanguageSchema>;

/**
 * Which part of an INFOdoradca+ occupation page a profile document holds:
 * section 3 "Zadania zawodowe i wymagane kompetencje" (tasks), section 2 "Opis zawodu"
 * (description: synthesis + work description) or both; "sections": neither, only sections 1 or 4–7
 * (which any part may also carry, in `subsections`). Two documents with the same code and
 * different parts merge into one occupation profile.
 */
const PROFILE_PARTS = ["tasks", "description", "both", "sections"] as const;
const profilePartSchema = z.enum(PROFILE_PARTS);
export type ProfilePart = z.infer<typeof profilePartSchema>;

// In a module without zod, so that client components (the editor) can use the list without
// shipping zod, whose eval probe the pages' CSP would report (docs/decisions/0015-security-headers.md).
export { KEY_COMPETENCES } from "./key-competences";

/** A 6-digit KZiS occupation code, kept as a string so leading zeros survive ("011001"). */
export const occupationCode6Schema = z.string().regex(/^\d{6}$/, { error: "An occupation code has exactly 6 digits" });

const text = z.string().trim().min(1, { error: "Text must not be empty" });

const taskCodeSchema = z.string().regex(/^Z\d{1,3}$/, { error: 'A task code looks like "Z1"' });
const competenceCodeSchema = z.string().regex(/^Kz\d{1,3}$/, { error: 'A competence code looks like "Kz1"' });

export const parsedTaskSchema = z.object({
  code: taskCodeSchema,
  title: text,
  /** "WIEDZA – zna i rozumie" items. */
  knowledge: z.array(text),
  /** "UMIEJĘTNOŚCI – potrafi" items. */
  skills: z.array(text),
});
export type ParsedTask = z.infer<typeof parsedTaskSchema>;

export const parsedCompetenceSchema = z.object({
  code: competenceCodeSchema,
  title: text,
  taskCodes: z.array(taskCodeSchema),
});
export type ParsedCompetence = z.infer<typeof parsedCompetenceSchema>;

export const parsedKeyCompetenceSchema = z.object({
  name: text,
  /** 0–5 as on the chart; null when the source does not give it (the chart was an image). */
  level: z.number().int().min(0).max(5).nullable(),
});
export type ParsedKeyCompetence = z.infer<typeof parsedKeyCompetenceSchema>;

export const parsedSectionSchema = z.object({
  heading: text,
  /** Running text of the section, one paragraph per line; "" when the section has only items. */
  text: z.string(),
  items: z.array(text),
});
export type ParsedSection = z.infer<typeof parsedSectionSchema>;

/**
 * One named part of section 2 "Opis zawodu" (or of sections 1, 4–7) of an INFOdoradca+ page, in the source's order:
 * level 1 for a part ("Opis pracy", "Środowisko pracy", "Zawody pokrewne" …), level 2 for a
 * heading inside one ("Sposoby wykonywania pracy", "Warunki pracy" …). Text: one paragraph per
 * line, a list item as a line starting "• ".
 */
export const parsedSubsectionSchema = z.object({
  /**
   * The page's section it belongs to (1–7 as INFOdoradca+ numbers them; 3 is the tasks, never here).
   * 2 by default: documents parsed before sections 1 and 4–7 were read hold only section 2.
   */
  section: z.number().int().min(1).max(7).default(2),
  /** 0: the section's own numbered heading ("4. Rynek pracy") with the text before its first subsection (sections 1, 4–7 only). */
  level: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  heading: text,
  text: z.string(),
});
export type ParsedSubsection = z.infer<typeof parsedSubsectionSchema>;

/** One numbered section of a job description ("4.2 Nieregularne …"), its number kept. */
const jobPartSchema = z.object({
  /** "4.2" as the form numbers it. */
  number: z.string(),
  heading: text,
  text: z.string(),
  items: z.array(text),
});
export type JobPart = z.infer<typeof jobPartSchema>;

/** A labelled list inside a section: "Wspólne dla wszystkich pracowników: a, b, c". */
const labelledListSchema = z.object({ label: text, items: z.array(text) });
export type LabelledList = z.infer<typeof labelledListSchema>;

/**
 * Each section of a Polish job description ("Opis stanowiska pracy") in its own field; null when
 * the form has no such section. Duties are split into regular and irregular ones.
 */
/** The job-description fields that are sections of the form (JobPart), in the form's order; a stored section names its field by one of these. */
export const JOB_SECTION_FIELDS = [
  "position",
  "placement",
  "purpose",
  "regularDuties",
  "irregularDuties",
  "powers",
  "requiredKnowledge",
  "superiors",
  "cooperation",
  "tools",
  "workingConditions",
  "evaluationCriteria",
  "effectivenessMeasures",
  "payBasis",
] as const;
export const jobSectionFieldSchema = z.enum(JOB_SECTION_FIELDS);
export type JobSectionField = z.infer<typeof jobSectionFieldSchema>;

const jobDescriptionFieldsSchema = z.object({
  position: jobPartSchema.nullable(),
  placement: jobPartSchema.nullable(),
  purpose: jobPartSchema.nullable(),
  regularDuties: jobPartSchema.nullable(),
  irregularDuties: jobPartSchema.nullable(),
  powers: jobPartSchema.nullable(),
  requiredKnowledge: jobPartSchema.nullable(),
  superiors: jobPartSchema.nullable(),
  cooperation: jobPartSchema.nullable(),
  tools: jobPartSchema.nullable(),
  workingConditions: jobPartSchema.nullable(),
  /** The hours as written, times read ("od godz. 8:00 do 16:00"); null when the form gives none. */
  workingHours: z.string().nullable(),
  evaluationCriteria: jobPartSchema.nullable(),
  /** The criteria's labelled lists ("Wspólne dla wszystkich pracowników", "Kryteria do wyboru"). */
  evaluationCriteriaLists: z.array(labelledListSchema),
  effectivenessMeasures: jobPartSchema.nullable(),
  payBasis: jobPartSchema.nullable(),
});
export type JobDescriptionFields = z.infer<typeof jobDescriptionFieldsSchema>;

export const parsedRequirementSchema = z.object({
  label: text,
  value: text,
});
export type ParsedRequirement = z.infer<typeof parsedRequirementSchema>;

/**
 * What the parser could not read or had to guess: a code the UI translates (admin.importWarning),
 * its values, and the English sentence for the CLI, JSON output and logs (lib/import/warnings.ts).
 */
const importWarningSchema = z.object({
  code: z.string().regex(/^[a-zA-Z]+$/u),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

export const parsedDocumentSchema = z
  .object({
    kind: documentKindSchema,
    language: documentLanguageSchema,
    code: occupationCode6Schema.nullable(),
    title: text,
    /**
     * The document names no title and `title` is the parser's stand-in ("Opis stanowiska pracy"):
     * its identity is then its text (lib/store/document-plan.ts documentKeyOf), so two untitled
     * documents never share a key.
     */
    untitled: z.boolean().default(false),
    summary: z.string().nullable(),
    synthesis: z.string().nullable(),
    workDescription: z.string().nullable(),
    /** Only for occupation profiles; null for the other kinds. */
    part: profilePartSchema.nullable(),
    tasks: z.array(parsedTaskSchema),
    competences: z.array(parsedCompetenceSchema),
    socialCompetences: z.array(text),
    keyCompetences: z.array(parsedKeyCompetenceSchema),
    duties: z.array(text),
    sections: z.array(parsedSectionSchema),
    /** Sections 1, 2 and 4–7 of an INFOdoradca+ profile by their headings, in the source's order; [] for other documents. */
    subsections: z.array(parsedSubsectionSchema).default([]),
    /** Only for job descriptions: each section of the form in its field. */
    jobDescription: jobDescriptionFieldsSchema.nullable().default(null),
    requirements: z.array(parsedRequirementSchema),
    employer: z.string().nullable(),
    /**
     * The source ends mid-way (a saved page cut off inside a list or a word): what is whole was
     * read, nothing invented; `at` names the place where it ends ("Z4: “…”", the task and its last whole item: no words of ours, since pages in every language show it). null: complete.
     */
    incomplete: z.object({ at: text }).nullable().default(null),
    /** What the parser could not read or had to guess, for the import preview. */
    warnings: z.array(importWarningSchema),
  })
  .superRefine((doc, ctx) => {
    if ((doc.kind === "occupation-profile") !== (doc.part !== null)) {
      ctx.addIssue({
        code: "custom",
        path: ["part"],
        message: "part is set for occupation profiles and only for them",
      });
    }
    const taskCodes = new Set(doc.tasks.map((t) => t.code));
    if (taskCodes.size !== doc.tasks.length) {
      ctx.addIssue({ code: "custom", path: ["tasks"], message: "task codes must be unique" });
    }
    const competenceCodes = new Set(doc.competences.map((c) => c.code));
    if (competenceCodes.size !== doc.competences.length) {
      ctx.addIssue({ code: "custom", path: ["competences"], message: "competence codes must be unique" });
    }
  });
export type ParsedDocument = z.infer<typeof parsedDocumentSchema>;
