import { z } from "zod";
import { ENTRY_ID_RE, splitEntryIds } from "@/lib/compare/entry-ids";
import { MAX_COMPARE, MIN_COMPARE } from "@/lib/compare/limits";
import { occupationLevelSchema } from "@/lib/validation/occupation";
import { contentLanguageSchema, keyCompetenceLevelSchema, positionKindSchema } from "@/lib/validation/profile";

/**
 * Comparison of 2–4 entries: the query the compare page and GET /api/v1/compare share, and the
 * shape of the result (lib/compare/build.ts makes it, the page renders it, the API returns it).
 *
 * Entry ids: a KZiS code ("351402", "3514", "011001") names a classification entry together with
 * its described profile when it has one; "p" + Position.id ("p12") names a job description or a
 * set of qualification requirements. Positions have no code of their own (many are not assigned
 * to one), and the prefix keeps the two id spaces apart in one comma-separated list.
 */

export { MAX_COMPARE, MIN_COMPARE, splitEntryIds };

export const compareEntryIdSchema = z
  .string()
  .regex(ENTRY_ID_RE, { error: 'An entry id is a KZiS code ("351402") or "p" and a position number ("p12")' })
  .meta({ description: 'A KZiS code (1, 2, 3, 4 or 6 digits, a string) or "p" + a position id, e.g. "p12".', examples: ["351402", "p12"] });

const entryIdListSchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform(splitEntryIds)
  .pipe(
    z
      .array(compareEntryIdSchema)
      .min(MIN_COMPARE, { error: `Compare at least ${MIN_COMPARE} entries` })
      .max(MAX_COMPARE, { error: `Compare at most ${MAX_COMPARE} entries` }),
  );

export const compareQuerySchema = z.object({
  codes: entryIdListSchema.meta({ description: "2–4 entry ids, comma-separated: ?codes=351402,243108,p12" }),
});

export const COMPARE_SECTIONS = ["tasks", "knowledge", "skills", "social", "requirements", "esco"] as const;
const compareSectionIdSchema = z.enum(COMPARE_SECTIONS);
export type CompareSectionId = z.infer<typeof compareSectionIdSchema>;

const COMPARE_ENTRY_KINDS = ["profile", "occupation", "position"] as const;
const compareEntryKindSchema = z.enum(COMPARE_ENTRY_KINDS);

/** Where an entry's tasks come from: its profile, its own group tasks, its unit group's, or a position's duties. */
const TASK_SOURCES = ["profile", "group", "unit-group", "duties"] as const;
const taskSourceSchema = z.enum(TASK_SOURCES);

const compareItemSchema = z.object({
  text: z.string(),
  /** Language of the text (content keeps its language). */
  lang: contentLanguageSchema,
  /** Where the item sits in its entry: a task code ("Z1"), a requirement label; null when nothing more to say. */
  ref: z.string().nullable(),
  /** EscoSkill.id for ESCO skills: identity decides "shared", not text. */
  escoId: z.number().int().nullable(),
});
export type CompareItem = z.infer<typeof compareItemSchema>;

const occupationRefSchema = z.object({ code: z.string(), name: z.string() });

const compareEntrySummarySchema = z.object({
  id: compareEntryIdSchema,
  kind: compareEntryKindSchema,
  title: z.string(),
  /** The KZiS code of a classification entry or profile; null for a position. */
  code: z.string().nullable(),
  level: occupationLevelSchema.nullable(),
  positionKind: positionKindSchema.nullable(),
  language: contentLanguageSchema,
  employer: z.string().nullable(),
  /** A position's assigned occupation; null otherwise. */
  occupation: occupationRefSchema.nullable(),
  taskSource: taskSourceSchema.nullable(),
  /** The unit group whose typical tasks stand in for a 6-digit occupation's (taskSource "unit-group"). */
  unitGroup: occupationRefSchema.nullable(),
});
export type CompareEntrySummary = z.infer<typeof compareEntrySummarySchema>;

const alignedCellSchema = z.object({
  /** The entry's own wording; more than one when the entry repeats the item (e.g. under two tasks). */
  items: z.array(compareItemSchema).min(1),
});
export type AlignedCell = z.infer<typeof alignedCellSchema>;

const alignedRowSchema = z.object({
  /** The normalised key the items met on ("esco:123" for ESCO skills). */
  key: z.string(),
  /** How many entries have this item; 2 or more means shared. */
  sharedBy: z.number().int().min(1),
  /** One cell per entry, in entry order; null where the entry lacks the item. */
  cells: z.array(alignedCellSchema.nullable()),
});
export type AlignedRow = z.infer<typeof alignedRowSchema>;

const pairOverlapSchema = z.object({
  /** Entry indexes. */
  a: z.number().int(),
  b: z.number().int(),
  shared: z.number().int(),
  total: z.number().int(),
  jaccard: z.number().min(0).max(1),
});
export type PairOverlap = z.infer<typeof pairOverlapSchema>;

const sectionOverlapSchema = z.object({
  /** Entries that have this section at all (the others have no data, which is not "nothing"). */
  entriesWithData: z.number().int(),
  /** Distinct items over those entries (the union). */
  total: z.number().int(),
  /** Items that two or more entries share. */
  shared: z.number().int(),
  /** Items that every entry with data has. */
  sharedByAll: z.number().int(),
  /** sharedByAll / total; null when fewer than two entries have data or there is nothing. */
  jaccard: z.number().min(0).max(1).nullable(),
  pairs: z.array(pairOverlapSchema),
});
export type SectionOverlap = z.infer<typeof sectionOverlapSchema>;

const alignedSectionSchema = z.object({
  id: compareSectionIdSchema,
  /** Distinct items per entry, in entry order; null = the entry has no data for this section. */
  counts: z.array(z.number().int().nullable()),
  rows: z.array(alignedRowSchema),
  overlap: sectionOverlapSchema,
});
export type AlignedSection = z.infer<typeof alignedSectionSchema>;

const keyCompetenceRowSchema = z.object({
  name: z.string(),
  /** One level per entry; null = unknown (or no data: see hasData), never 0. */
  levels: z.array(keyCompetenceLevelSchema),
});
export type KeyCompetenceRow = z.infer<typeof keyCompetenceRowSchema>;

const keyCompetenceComparisonSchema = z.object({
  /** Which entries have key competences at all (only described profiles do). */
  hasData: z.array(z.boolean()),
  rows: z.array(keyCompetenceRowSchema),
});
export type KeyCompetenceComparison = z.infer<typeof keyCompetenceComparisonSchema>;

export const comparisonSchema = z.object({
  entries: z.array(compareEntrySummarySchema).min(MIN_COMPARE).max(MAX_COMPARE),
  sections: z.array(alignedSectionSchema),
  keyCompetences: keyCompetenceComparisonSchema,
});
export type Comparison = z.infer<typeof comparisonSchema>;
