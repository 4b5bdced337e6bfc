import { z } from "zod";
import { MAX_SKILL_TEXT } from "@/lib/match/selected-skill";
import { occupationCode6Schema } from "./document";

/**
 * My skills → occupations (/match), skill options for its typeahead (GET /api/v1/skills/options)
 * and career transitions (GET /api/v1/occupations/{code}/transitions and the occupation page).
 */

const selectedSkillSchema = z.object({
  kind: z.enum(["profile-item", "esco", "text"]),
  id: z.string().optional(),
  label: z.string(),
});

/** `?s=e:123&s=p:45&s=t:obsługa klienta` — each value one skill (lib/match/selected-skill.ts). */
export const matchQuerySchema = z.object({
  s: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});

export const skillOptionsQuerySchema = z.object({
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim().slice(0, MAX_SKILL_TEXT))
    .meta({ description: "What the person typed (any inflected form; the last word may be unfinished)" }),
  limit: z.coerce.number().int().min(1).max(20).default(8).meta({ description: "Options returned (1–20, default 8)" }),
});

const skillOptionSchema = z.object({
  kind: z.enum(["profile-item", "esco"]),
  /** TaskItem id (profile-item) or EscoSkill id (esco), as a string. */
  id: z.string(),
  label: z.string(),
  /** Occupations that require it. */
  occupations: z.number().int(),
});
export type SkillOption = z.infer<typeof skillOptionSchema>;

export const skillOptionsResponseSchema = z.object({ query: z.string(), options: z.array(skillOptionSchema) });
export type SkillOptionsResponse = z.infer<typeof skillOptionsResponseSchema>;

const requirementViewSchema = z.object({
  kind: z.enum(["knowledge", "skill", "esco"]),
  text: z.string(),
  lang: z.string(),
});
export type RequirementView = z.infer<typeof requirementViewSchema>;

/** One task Z1–Zn of a profile (ref = "Z1", title) or, for ESCO-based occupations, all its ESCO skills (ref = null). */
const requirementGroupSchema = z.object({
  ref: z.string().nullable(),
  title: z.string().nullable(),
  covered: z.array(requirementViewSchema),
  missing: z.array(requirementViewSchema),
});
export type RequirementGroup = z.infer<typeof requirementGroupSchema>;

const unitGroupSchema = z.object({ code: z.string(), name: z.string() }).nullable();

/** An occupation's place in a ranking: how much of its requirements are covered, without the lists. */
const coveredOccupationSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  /** The unit group (4 digits) the occupation lies in. */
  unitGroup: unitGroupSchema,
  /** What the requirements are: a described profile's tasks, or ESCO skills. */
  basis: z.enum(["profile", "esco"]),
  covered: z.number().int(),
  total: z.number().int(),
  ratio: z.number().min(0).max(1),
});
export type CoveredOccupationSummary = z.infer<typeof coveredOccupationSummarySchema>;

const coveredOccupationSchema = coveredOccupationSummarySchema.extend({ groups: z.array(requirementGroupSchema) });
export type CoveredOccupation = z.infer<typeof coveredOccupationSchema>;

export const matchResultSchema = z.object({
  skills: z.array(selectedSkillSchema),
  /** Skills in the URL that no longer exist in the catalogue (ids of re-imported items). */
  unknownSkills: z.number().int(),
  totalOccupations: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  totalPages: z.number().int(),
  occupations: z.array(coveredOccupationSchema),
});
export type MatchResult = z.infer<typeof matchResultSchema>;
/** /match itself: the same page with the figures only (each occupation's lists load when opened). */
export type MatchSummary = Omit<MatchResult, "occupations"> & { occupations: CoveredOccupationSummary[] };

/**
 * GET /api/v1/match: the same skills as /match (`s`, repeated), for the listed occupations only
 * (`code`, repeated, 6 digits) in the order given, covered or not: the gaps of a shortlist (the
 * client folder's sheet). Without `code`, the ranked page of /match.
 */
export const matchApiQuerySchema = z.object({
  s: z
    .array(z.string().max(200))
    .max(50)
    .default([])
    .meta({ description: "A skill, repeated: e:<ESCO skill id>, p:<profile item id> or t:<own words> (as in /match?s=…)" }),
  code: z
    .array(z.string().regex(/^\d{6}$/))
    .max(100)
    .default([])
    .meta({ description: "An occupation (6 digits), repeated: answer for these only, in this order, with what is covered and missing" }),
  page: z.coerce.number().int().min(1).max(1000).default(1).meta({ description: "Page of the ranking when no code is given" }),
});

/** The most transitions one answer lists. */
export const MAX_TRANSITIONS = 50;

export const transitionsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_TRANSITIONS).default(8).meta({ description: "Occupations returned (1–50, default 8)" }),
  to: occupationCode6Schema
    .optional()
    .meta({ description: "An occupation (6 digits): answer for it only, with what is shared and what is to learn, whatever its rank" }),
});

export const transitionsSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** What this occupation's own requirements are; null when it has neither a profile nor ESCO skills. */
  basis: z.enum(["profile", "esco"]).nullable(),
  /** Its own requirements (knowledge and skill items, or ESCO skills). */
  ownCount: z.number().int(),
  /** Occupations sharing at least two requirements (of which `items` holds the nearest). */
  total: z.number().int(),
  items: z.array(coveredOccupationSchema),
});
export type Transitions = z.infer<typeof transitionsSchema>;
/** The occupation page: the same with the figures only. */
export type TransitionsSummary = Omit<Transitions, "items"> & { items: CoveredOccupationSummary[] };
