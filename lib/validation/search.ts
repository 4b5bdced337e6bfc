import { z } from "zod";
import { occupationLevelSchema } from "./occupation";

/**
 * Search parameters and results, shared by the API (strict: a bad parameter is a 400), the search
 * page (lenient: a bad filter in a shared link is dropped, the page still renders) and the UI.
 */

/** Longest query looked at; longer text is cut, never refused (a pasted paragraph still searches). */
const MAX_QUERY_CHARS = 200;

/** Which entries to show: "occupation" is every KZiS entry, "profile"/"classification" split it. */
const SEARCH_KIND_FILTERS = ["occupation", "profile", "classification", "job-description", "qualification-requirements"] as const;
const searchKindFilterSchema = z.enum(SEARCH_KIND_FILTERS);

/** The kind facet's buckets: disjoint, together they are every entry. */
export const SEARCH_KIND_BUCKETS = ["profile", "classification", "job-description", "qualification-requirements"] as const;
export type SearchKindBucket = (typeof SEARCH_KIND_BUCKETS)[number];

/** The kind of a result item. */
const SEARCH_ITEM_KINDS = ["occupation", "job-description", "qualification-requirements"] as const;
const searchItemKindSchema = z.enum(SEARCH_ITEM_KINDS);

const SEARCH_LANGUAGES = ["pl", "en", "kk", "ru"] as const;
const searchLanguageSchema = z.enum(SEARCH_LANGUAGES);

/** A query-string value: the first of repeated keys; "" counts as absent (an empty GET form field). */
const single = (v: unknown) => {
  const first = Array.isArray(v) ? v[0] : v;
  return first === "" ? undefined : first;
};

const querySchema = z.preprocess(
  (v) => single(v) ?? "",
  z.string().transform((s) => s.trim().slice(0, MAX_QUERY_CHARS)),
);
const flagSchema = z.preprocess(
  single,
  z
    .enum(["1", "true", "0", "false"])
    .transform((v) => v === "1" || v === "true")
    .optional(),
);

const fields = {
  prefix: z.preprocess(
    single,
    z
      .string()
      .regex(/^\d{1,6}$/, { error: "prefix must be 1 to 6 digits" })
      .optional(),
  ),
  level: z.preprocess(single, occupationLevelSchema.optional()),
  kind: z.preprocess(single, searchKindFilterSchema.optional()),
  lang: z.preprocess(single, searchLanguageSchema.optional()),
  vocational: flagSchema,
  profile: flagSchema,
  page: z.preprocess(single, z.coerce.number().int().min(1).max(500).default(1)),
  pageSize: z.preprocess(single, z.coerce.number().int().min(1).max(100).default(20)),
};

/** GET /api/v1/search: any text is a valid q; a malformed filter or page is a 400. */
export const searchQuerySchema = z.object({ q: querySchema, ...fields });
export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type SearchFilters = Omit<SearchQuery, "q" | "page" | "pageSize">;

/** The search page: the same fields, but a bad value falls back to its default instead of failing. */
export const searchPageParamsSchema = z.object({
  q: querySchema.catch(""),
  prefix: fields.prefix.catch(undefined),
  level: fields.level.catch(undefined),
  kind: fields.kind.catch(undefined),
  lang: fields.lang.catch(undefined),
  vocational: fields.vocational.catch(undefined),
  profile: fields.profile.catch(undefined),
  page: fields.page.catch(1),
  pageSize: fields.pageSize.catch(20),
});

/** GET /api/v1/suggest?q=&limit= */
export const suggestQuerySchema = z.object({
  q: querySchema,
  limit: z.preprocess(single, z.coerce.number().int().min(1).max(20).default(8)),
});

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

const snippetSchema = z.object({
  /** Where the words were found: alternative titles, tasks (and skills), the description, or a social competence. */
  field: z.enum(["titles", "tasks", "description", "social"]),
  /** The text in order; parts with isMatch are the matched words (render them as <mark>). */
  parts: z.array(z.object({ text: z.string(), isMatch: z.boolean() })),
});
export type SearchSnippet = z.infer<typeof snippetSchema>;

const searchItemSchema = z.object({
  /** KZiS code; for a position, the code it is linked to (or null). */
  code: z.string().nullable(),
  /** Set for positions (job descriptions, qualification requirements): /positions/[id]. */
  positionId: z.number().int().nullable(),
  name: z.string(),
  /** KZiS level; null for positions. */
  level: occupationLevelSchema.nullable(),
  kind: searchItemKindSchema,
  language: z.string(),
  hasProfile: z.boolean(),
  isVocational: z.boolean(),
  snippet: snippetSchema.nullable(),
  /** Relevance, higher is better; comparable only within one response. */
  score: z.number(),
});
export type SearchItem = z.infer<typeof searchItemSchema>;

const facetBucketSchema = z.object({ value: z.string(), count: z.number().int(), label: z.string().optional() });
export type FacetBucket = z.infer<typeof facetBucketSchema>;

const searchFacetsSchema = z.object({
  /** Groups one level below the selected prefix (major groups when none), with their names. */
  prefix: z.object({
    selected: z.string().nullable(),
    path: z.array(z.object({ code: z.string(), label: z.string() })),
    buckets: z.array(facetBucketSchema),
  }),
  level: z.array(facetBucketSchema),
  kind: z.array(facetBucketSchema),
  language: z.array(facetBucketSchema),
  /** Entries with a full occupation profile. */
  profile: z.number().int(),
  /** Occupations taught in vocational schools. */
  vocational: z.number().int(),
});
export type SearchFacets = z.infer<typeof searchFacetsSchema>;

const SEARCH_MODES = ["empty", "too-short", "code", "text", "browse"] as const;

export const searchResponseSchema = z.object({
  query: z.string(),
  /** How the query was read: a code prefix, words, nothing yet, or filters only (browse). */
  mode: z.enum(SEARCH_MODES),
  /** No entry had every word; these have some of them. */
  isPartial: z.boolean(),
  items: z.array(searchItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: searchFacetsSchema,
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

const suggestionSchema = z.object({
  code: z.string().nullable(),
  positionId: z.number().int().nullable(),
  /** The entry's name. */
  name: z.string(),
  /** The text that matched: the name itself or an alternative title. */
  label: z.string(),
  /** name | gus | esco | profile */
  source: z.string(),
  kind: searchItemKindSchema,
  level: occupationLevelSchema.nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const suggestResponseSchema = z.object({ query: z.string(), items: z.array(suggestionSchema) });
export type SuggestResponse = z.infer<typeof suggestResponseSchema>;
