import { z } from "zod";

/** The five KZiS levels, from the 1-digit major group down to the 6-digit occupation. */
export const OCCUPATION_LEVELS = ["major", "submajor", "minor", "unit", "occupation"] as const;
export const occupationLevelSchema = z.enum(OCCUPATION_LEVELS);
export type OccupationLevel = z.infer<typeof occupationLevelSchema>;

/** A KZiS code: 1, 2, 3, 4 or 6 digits, kept as a string (leading zeros matter). */
export const occupationCodeSchema = z.string().regex(/^(\d{1,4}|\d{6})$/, { error: "A KZiS code has 1, 2, 3, 4 or 6 digits" });

export const occupationListQuerySchema = z.object({
  prefix: z
    .string()
    .regex(/^\d{0,6}$/, { error: "prefix must be digits only (at most 6)" })
    .optional(),
  level: occupationLevelSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type OccupationListQuery = z.infer<typeof occupationListQuerySchema>;

export const occupationSummarySchema = z.object({
  code: z.string(),
  level: occupationLevelSchema,
  name: z.string(),
  parentCode: z.string().nullable(),
});
export type OccupationSummary = z.infer<typeof occupationSummarySchema>;

export const occupationListResponseSchema = z.object({
  items: z.array(occupationSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const occupationDetailSchema = occupationSummarySchema.extend({
  description: z.string().nullable(),
  synthesis: z.string().nullable(),
  isVocational: z.boolean(),
  hasProfile: z.boolean(),
  parents: z.array(occupationSummarySchema),
  children: z.array(occupationSummarySchema),
  groupTasks: z.array(z.string()),
  altTitles: z.array(z.object({ title: z.string(), source: z.string(), language: z.string() })),
  esco: z.array(
    z.object({
      code: z.string(),
      labelPl: z.string().nullable(),
      labelEn: z.string().nullable(),
      descriptionPl: z.string().nullable(),
      descriptionEn: z.string().nullable(),
      conceptUri: z.string().nullable(),
    }),
  ),
  escoSkills: z.array(z.string()),
  isco: z.object({ code: z.string(), labelEn: z.string(), labelPl: z.string().nullable() }).nullable(),
});
export type OccupationDetail = z.infer<typeof occupationDetailSchema>;

export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(z.unknown()).optional() }),
});
