import { z } from "zod";
import { occupationLevelSchema } from "@/lib/validation/occupation";

/** "Who needs this?" — the skill search page (?q=) and GET /api/v1/skills share this query. */
export const skillSearchQuerySchema = z.object({
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim().slice(0, 200))
    .meta({ description: "A knowledge or skill phrase, e.g. “obsługa serwerów” (any inflected form; the last word may be unfinished)" }),
  limit: z.coerce.number().int().min(1).max(100).default(30).meta({ description: "Occupations per page (1–100, default 30)" }),
  page: z.coerce.number().int().min(1).max(1000).default(1).meta({ description: "Page of occupations (1-based, default 1)" }),
});

/**
 * Where a match is: the occupation's name, a profile knowledge or skill item, an ESCO skill, its
 * official description, a crosswalk ESCO occupation's label or description, a task of its unit group.
 */
const SKILL_ITEM_KINDS = ["name", "knowledge", "skill", "esco", "description", "esco-occupation", "group-task"] as const;

const skillMatchSchema = z.object({
  kind: z.enum(SKILL_ITEM_KINDS),
  text: z.string(),
  lang: z.string(),
  /** Task code of a profile item ("Z3"), unit group of a group task ("4222"), ESCO occupation code; else null. */
  ref: z.string().nullable(),
  /** The matched words as [start, end) offsets into text. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type SkillMatch = z.infer<typeof skillMatchSchema>;

const skillOccupationSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: occupationLevelSchema,
  hasProfile: z.boolean(),
  score: z.number(),
  /** All items of this occupation that match; `matches` shows the best few. */
  matchCount: z.number().int(),
  /** The kinds of text that match, strongest first: where the match is. */
  matchedIn: z.array(z.enum(SKILL_ITEM_KINDS)),
  matches: z.array(skillMatchSchema),
});

export const skillSearchResultSchema = z.object({
  query: z.string(),
  /** Occupations that need at least one matching item (of which `occupations` holds the first `limit`). */
  totalOccupations: z.number().int(),
  /** Matching distinct texts (items, skills, description clauses, group tasks …). */
  totalItems: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  totalPages: z.number().int(),
  occupations: z.array(skillOccupationSchema),
});
export type SkillSearchResult = z.infer<typeof skillSearchResultSchema>;
