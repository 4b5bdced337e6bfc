import { z } from "zod";
import { occupationDetailSchema, occupationLevelSchema, occupationListQuerySchema } from "@/lib/validation/occupation";
import { occupationPositionsSchema, positionDetailSchema, profileDetailSchema } from "@/lib/validation/profile";
import { searchQuerySchema } from "@/lib/validation/search";

/** Query and shapes of the exports: one occupation (JSON, CSV), a list (CSV), the whole catalogue (JSON Lines). */

const exportFormatSchema = z.enum(["json", "csv"]).default("json").meta({ description: "json (default) or csv" });
const csvDelimiterSchema = z
  .enum(["comma", "semicolon"])
  .default("comma")
  .meta({ description: "CSV field separator: comma (RFC 4180, default) or semicolon (Excel with a Polish locale)" });

export const occupationExportQuerySchema = z.object({ format: exportFormatSchema, delimiter: csvDelimiterSchema });

/** GET /api/v1/occupations: the list query plus the format (a CSV of the same page). */
export const occupationListExportQuerySchema = occupationListQuerySchema.extend({ format: exportFormatSchema, delimiter: csvDelimiterSchema });

export const OCCUPATION_EXPORT_FORMAT = "atlas-occupation";
export const CATALOGUE_EXPORT_FORMAT = "atlas-catalogue";
export const EXPORT_VERSION = 1;

export const occupationExportSchema = z.object({
  format: z.literal(OCCUPATION_EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  occupation: occupationDetailSchema,
  /** The described profile (INFOdoradca+), null when the occupation has none. */
  profile: profileDetailSchema.nullable(),
  positions: occupationPositionsSchema,
});
export type OccupationExport = z.infer<typeof occupationExportSchema>;

/** Columns of the one-occupation CSV: one row per item, long format, so every item has its own line. */
/** origin/origin_ref: where a profile's task, item or key-competence level comes from (lib/validation/provenance.ts). */
/** level: a key competence's level (level_status known | unknown), or a profile_subsection's (profile_section_N's, for the page's sections 1 and 4–7) heading depth (level_status heading_level). */
export const OCCUPATION_CSV_COLUMNS = [
  "code",
  "occupation_name",
  "section",
  "ref",
  "position",
  "text",
  "level",
  "level_status",
  "language",
  "origin",
  "origin_ref",
] as const;

/** Columns of the list CSV. */
export const OCCUPATION_LIST_CSV_COLUMNS = ["code", "level", "name", "parent_code"] as const;

/** GET /api/v1/search: the search query plus the format (a CSV of the same page of results). */
export const searchExportQuerySchema = searchQuerySchema.extend({ format: exportFormatSchema, delimiter: csvDelimiterSchema });
/** Columns of a result list as CSV; the snippet is its text without the match marks. */
export const SEARCH_RESULTS_CSV_COLUMNS = [
  "code",
  "position_id",
  "name",
  "level",
  "kind",
  "language",
  "has_profile",
  "is_vocational",
  "score",
  "snippet",
] as const;

const catalogueMetaLineSchema = z.object({
  type: z.literal("meta"),
  format: z.literal(CATALOGUE_EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  /** Changes whenever the content changes (also the ETag). */
  dataVersion: z.string(),
  counts: z.object({ occupations: z.number().int(), positions: z.number().int() }),
  attribution: z.array(z.string()),
});

const catalogueOccupationLineSchema = z.object({
  type: z.literal("occupation"),
  code: z.string(),
  level: occupationLevelSchema,
  name: z.string(),
  parentCode: z.string().nullable(),
  description: z.string().nullable(),
  synthesis: z.string().nullable(),
  isVocational: z.boolean(),
  groupTasks: z.array(z.string()),
  altTitles: z.array(z.object({ title: z.string(), source: z.string(), language: z.string() })),
  /** Linked ESCO occupation codes. */
  esco: z.array(z.string()),
  escoSkills: z.array(z.object({ id: z.number().int(), label: z.string() })),
  profile: profileDetailSchema.nullable(),
});
export type CatalogueOccupationLine = z.infer<typeof catalogueOccupationLineSchema>;

const cataloguePositionLineSchema = positionDetailSchema.extend({ type: z.literal("position") });

/** One line of GET /api/v1/export (JSON Lines): first the meta line, then occupations by code, then positions. */
export const catalogueLineSchema = z.discriminatedUnion("type", [catalogueMetaLineSchema, catalogueOccupationLineSchema, cataloguePositionLineSchema]);
export type CatalogueLine = z.infer<typeof catalogueLineSchema>;
