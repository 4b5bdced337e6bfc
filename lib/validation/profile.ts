import { z } from "zod";
import { jobSectionFieldSchema, parsedSubsectionSchema } from "./document";
import { profileOriginsSchema } from "./provenance";

/**
 * The shapes that lib/data/profiles.ts returns: a described occupation profile and the positions
 * (job descriptions, qualification requirements). Shared with the JSON API and the editor forms,
 * so dates are coerced (a JSON round trip turns them into strings).
 */

const text = z.string().trim().min(1, { error: "Text must not be empty" });

/** What SourceDocument.kind holds (the importer's DOCUMENT_KINDS). */
const SOURCE_DOCUMENT_KINDS = ["occupation-profile", "job-description", "qualification-requirements"] as const;
export const sourceDocumentKindSchema = z.enum(SOURCE_DOCUMENT_KINDS);

/** A BCP 47 language tag of the content (pl, kk, ru, en): it goes into lang attributes. */
export const contentLanguageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: "A language tag such as pl or kk" });

/** A key-competence level on the 0–5 chart scale; null means the source did not give it (unknown, never 0). */
export const keyCompetenceLevelSchema = z.number().int().min(0).max(5).nullable();
export type KeyCompetenceLevel = z.infer<typeof keyCompetenceLevelSchema>;

export const KEY_COMPETENCE_MAX_LEVEL = 5;

const profileTaskSchema = z.object({
  code: z.string().regex(/^Z\d{1,3}$/, { error: 'A task code looks like "Z1"' }),
  title: text,
  /** "WIEDZA – zna i rozumie" items, in source order. */
  knowledge: z.array(text),
  /** "UMIEJĘTNOŚCI – potrafi" items, in source order. */
  skills: z.array(text),
});
export type ProfileTask = z.infer<typeof profileTaskSchema>;

const profileCompetenceSchema = z.object({
  code: z.string().regex(/^Kz\d{1,3}$/, { error: 'A competence code looks like "Kz1"' }),
  title: text,
  /** The tasks this competence groups, in task order. */
  taskCodes: z.array(z.string()),
});
export type ProfileCompetence = z.infer<typeof profileCompetenceSchema>;

const keyCompetenceSchema = z.object({
  name: text,
  level: keyCompetenceLevelSchema,
});
export type KeyCompetence = z.infer<typeof keyCompetenceSchema>;

const sourceDocumentRefSchema = z.object({
  fileName: z.string(),
  kind: sourceDocumentKindSchema,
  language: contentLanguageSchema,
  importedAt: z.coerce.date(),
});

const profileSourceSchema = sourceDocumentRefSchema.extend({
  /** Which part of the profile this document gave: tasks (section 3) | description (section 2). */
  part: z.string(),
});
export type ProfileSource = z.infer<typeof profileSourceSchema>;

export const profileDetailSchema = z.object({
  id: z.number().int(),
  occupationCode: z.string().regex(/^\d{6}$/),
  title: text,
  summary: z
    .string()
    .nullable()
    .meta({ description: "Section 2's lead sentence (“Opis zawodu”, after the name line), glossary numbers stripped; null when no section 2 was imported." }),
  synthesis: z.string().nullable(),
  workDescription: z.string().nullable(),
  subsections: z.array(parsedSubsectionSchema).meta({
    description:
      "Sections 1, 2 and 4–7 of the source page by its headings, in the source's order; section: the page's section number (3, the tasks, is never here). Level 0 is a section's own numbered heading (“4. Rynek pracy”, sections 1 and 4–7) with the text before its first subsection, level 1 a part (“Opis pracy”, “4.1. Możliwości zatrudnienia” …), level 2 a heading inside it (“Warunki pracy”); text has a paragraph per line, a list item as a line starting “• ”. [] without those sections.",
  }),
  incompleteAt: z.string().nullable().optional().meta({
    description:
      "Where the source of the tasks and competences ends when it was cut off mid-way (the import read what was whole, nothing invented); null: whole.",
  }),
  version: z.number().int().min(1),
  updatedAt: z.coerce.date(),
  tasks: z.array(profileTaskSchema),
  competences: z.array(profileCompetenceSchema),
  socialCompetences: z.array(text),
  keyCompetences: z.array(keyCompetenceSchema),
  sources: z.array(profileSourceSchema),
  /** Where each task, item and key-competence level comes from, parallel to tasks and keyCompetences. */
  origins: profileOriginsSchema.optional(),
});
export type ProfileDetail = z.infer<typeof profileDetailSchema>;

// ---------------------------------------------------------------------------------------------
// Positions
// ---------------------------------------------------------------------------------------------

const POSITION_KINDS = ["job-description", "qualification-requirements"] as const;
export const positionKindSchema = z.enum(POSITION_KINDS);
export type PositionKind = z.infer<typeof positionKindSchema>;

/** A position id as it comes in from the URL. */
export const positionIdSchema = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);

const positionSectionSchema = z.object({
  /** The form's own number of the section ("4.2"); null when it has none (absent in data older than it). */
  number: z.string().nullable().optional(),
  /** Which field of a job description the section is ("irregularDuties" …); null for other documents. */
  field: jobSectionFieldSchema.nullable().optional(),
  heading: text,
  /** Running text, one paragraph per line; "" when the section has only items. */
  text: z.string(),
  items: z.array(text),
});
export type PositionSection = z.infer<typeof positionSectionSchema>;

const positionRequirementSchema = z.object({ label: text, value: text });
export type PositionRequirement = z.infer<typeof positionRequirementSchema>;

const occupationRefSchema = z.object({ code: z.string(), name: z.string() });
export type OccupationRef = z.infer<typeof occupationRefSchema>;

/** A code suggested by text similarity: a suggestion with its score, never a fact. */
const codeSuggestionSchema = occupationRefSchema.extend({
  rank: z.number().int().min(1),
  score: z.number().min(0).max(1),
});
export type CodeSuggestion = z.infer<typeof codeSuggestionSchema>;

const positionSummarySchema = z.object({
  id: z.number().int(),
  kind: positionKindSchema,
  language: contentLanguageSchema,
  title: text,
  employer: z.string().nullable(),
});
export type PositionSummary = z.infer<typeof positionSummarySchema>;

export const positionDetailSchema = positionSummarySchema.extend({
  summary: z.string().nullable(),
  /** The occupation an editor assigned (or the document gave); null when none is assigned. */
  occupation: occupationRefSchema.nullable(),
  sections: z.array(positionSectionSchema),
  duties: z.array(text),
  requirements: z.array(positionRequirementSchema),
  suggestions: z.array(codeSuggestionSchema),
  source: sourceDocumentRefSchema,
  version: z.number().int().min(1),
  updatedAt: z.coerce.date(),
});
export type PositionDetail = z.infer<typeof positionDetailSchema>;

/** A position that only suggests an occupation: carries the suggestion's rank and score. */
const suggestedPositionSchema = positionSummarySchema.extend({
  rank: z.number().int().min(1),
  score: z.number().min(0).max(1),
});

export const occupationPositionsSchema = z.object({
  /** Positions assigned to the code. */
  assigned: z.array(positionSummarySchema),
  /** Positions not assigned to the code for which it is only a suggestion, best score first. */
  suggested: z.array(suggestedPositionSchema),
});
export type OccupationPositions = z.infer<typeof occupationPositionsSchema>;
