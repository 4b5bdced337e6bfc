import { z } from "zod";
import { occupationLevelSchema, occupationSummarySchema } from "@/lib/validation/occupation";
import { positionKindSchema } from "@/lib/validation/profile";

/** Entries related to one entry, each list with its reason (GET /api/v1/occupations/{code}/related and the related list on a page). */

const relatedSiblingsSchema = z.object({
  /** The group the entry and its siblings belong to; null for a major group. */
  parent: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** All siblings, of which `items` shows the first few. */
  total: z.number().int(),
  items: z.array(occupationSummarySchema),
});

const sharedSkillsRelationSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: occupationLevelSchema,
  /** ESCO skills both have (by EscoSkill.id). */
  shared: z.number().int(),
  /** Distinct ESCO skills of the two together. */
  total: z.number().int(),
  jaccard: z.number().min(0).max(1),
});
export type SharedSkillsRelation = z.infer<typeof sharedSkillsRelationSchema>;

const similarTextRelationSchema = z.object({
  /** Entry id as in the comparison: a KZiS code or "p" + position id. */
  id: z.string(),
  kind: z.enum(["occupation", "position"]),
  name: z.string(),
  language: z.string(),
  level: occupationLevelSchema.nullable(),
  positionKind: positionKindSchema.nullable(),
  /** Cosine similarity of TF-IDF vectors of tasks, knowledge, skills and description (0–1). */
  score: z.number().min(0).max(1),
});
export type SimilarTextRelation = z.infer<typeof similarTextRelationSchema>;

export const relatedEntriesSchema = z.object({
  code: z.string(),
  siblings: relatedSiblingsSchema,
  sharedSkills: z.array(sharedSkillsRelationSchema),
  /** How many ESCO skills the entry itself has (0: no ESCO link, so no skill-based relations). */
  ownSkillCount: z.number().int(),
  similarText: z.array(similarTextRelationSchema),
});
export type RelatedEntries = z.infer<typeof relatedEntriesSchema>;
