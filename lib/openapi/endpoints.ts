import { z } from "zod";
import { comparisonSchema, compareQuerySchema } from "@/lib/validation/compare";
import {
  catalogueLineSchema,
  occupationExportQuerySchema,
  occupationExportSchema,
  occupationListExportQuerySchema,
  searchExportQuerySchema,
} from "@/lib/validation/export";
import { apiErrorSchema, occupationCodeSchema, occupationDetailSchema, occupationListResponseSchema } from "@/lib/validation/occupation";
import { relatedEntriesSchema } from "@/lib/validation/related";
import { searchResponseSchema, suggestQuerySchema, suggestResponseSchema } from "@/lib/validation/search";
import { skillSearchQuerySchema, skillSearchResultSchema } from "@/lib/validation/skills";
import {
  matchApiQuerySchema,
  matchResultSchema,
  skillOptionsQuerySchema,
  skillOptionsResponseSchema,
  transitionsQuerySchema,
  transitionsSchema,
} from "@/lib/validation/match";

/**
 * The public endpoints, described by the same zod schemas the routes parse with and the pages
 * use: lib/openapi/document.ts turns this list into the OpenAPI document, and the API page reads
 * that document. A new public route adds its entry here (a test checks every route is listed).
 */

export type EndpointResponse = {
  description: string;
  /** Content type → schema of the body (omitted: no body). */
  content?: Record<string, z.ZodType | null>;
};

export type Endpoint = {
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: "occupations" | "search" | "compare" | "skills" | "export" | "meta";
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  responses: Record<string, EndpointResponse>;
  /** A request to try, shown on the API page. */
  example: string;
};

/** Schemas that get a name under components.schemas (and a $ref wherever they appear). */
export const NAMED_SCHEMAS: Record<string, z.ZodType> = {
  ApiError: apiErrorSchema,
  OccupationList: occupationListResponseSchema,
  OccupationDetail: occupationDetailSchema,
  OccupationExport: occupationExportSchema,
  Comparison: comparisonSchema,
  SearchResponse: searchResponseSchema,
  SuggestResponse: suggestResponseSchema,
  RelatedEntries: relatedEntriesSchema,
  SkillSearchResult: skillSearchResultSchema,
  SkillOptions: skillOptionsResponseSchema,
  Transitions: transitionsSchema,
  MatchResult: matchResultSchema,
  CatalogueLine: catalogueLineSchema,
};

const codePath = z.object({
  code: occupationCodeSchema.meta({ description: "KZiS code: 1, 2, 3, 4 or 6 digits, a string (leading zeros kept)", examples: ["351402", "011001"] }),
});

const CSV = "text/csv";
const notFound: EndpointResponse = { description: "No such entry", content: { "application/json": apiErrorSchema } };
const badQuery: EndpointResponse = { description: "Invalid query parameters (zod issues in error.issues)", content: { "application/json": apiErrorSchema } };

export const ENDPOINTS: Endpoint[] = [
  {
    path: "/api/v1/occupations",
    operationId: "listOccupations",
    example: "/api/v1/occupations?prefix=3514&level=occupation",
    tag: "occupations",
    summary: "List KZiS entries",
    description: "Pages through the classification, optionally under a code prefix and at one level. format=csv gives the same page as CSV.",
    query: occupationListExportQuerySchema,
    responses: {
      "200": { description: "One page of entries", content: { "application/json": occupationListResponseSchema, [CSV]: null } },
      "400": badQuery,
    },
  },
  {
    path: "/api/v1/occupations/{code}",
    operationId: "getOccupation",
    example: "/api/v1/occupations/351402",
    tag: "occupations",
    summary: "One KZiS entry",
    description: "The entry with its parents, children, group tasks, other titles, ESCO and ISCO links and ESCO skills.",
    pathParams: codePath,
    responses: { "200": { description: "The entry", content: { "application/json": occupationDetailSchema } }, "404": notFound },
  },
  {
    path: "/api/v1/occupations/{code}/export",
    operationId: "exportOccupation",
    example: "/api/v1/occupations/351402/export?format=csv",
    tag: "export",
    summary: "Export one occupation with its profile",
    description:
      "Everything known about one entry: the classification data, the described profile (tasks, knowledge, skills, competences, key-competence levels; null level = unknown) and its positions. format=csv gives one row per item (long format) with a UTF-8 BOM.",
    pathParams: codePath,
    query: occupationExportQuerySchema,
    responses: {
      "200": { description: "The export", content: { "application/json": occupationExportSchema, [CSV]: null } },
      "400": badQuery,
      "404": notFound,
    },
  },
  {
    path: "/api/v1/search",
    operationId: "search",
    example: "/api/v1/search?q=administrator%20poczty",
    tag: "search",
    summary: "Full-text search over the catalogue",
    description:
      "Words in any inflected form (Polish and Kazakh stems), a code or code prefix, with filters and facets; the same query as the search page. format=csv gives the same page of results as CSV.",
    query: searchExportQuerySchema,
    responses: { "200": { description: "A page of results with facets", content: { "application/json": searchResponseSchema, [CSV]: null } }, "400": badQuery },
  },
  {
    path: "/api/v1/suggest",
    operationId: "suggest",
    example: "/api/v1/suggest?q=piel",
    tag: "search",
    summary: "Suggestions as you type",
    description: "Names and titles starting with what was typed. Not rate-limited: the site's own search box calls it on keystrokes.",
    query: suggestQuerySchema,
    responses: { "200": { description: "Suggestions", content: { "application/json": suggestResponseSchema } }, "400": badQuery },
  },
  {
    path: "/api/v1/occupations/{code}/related",
    operationId: "relatedOccupations",
    example: "/api/v1/occupations/252201/related",
    tag: "occupations",
    summary: "Related entries, with reasons",
    description:
      "Siblings in the same group, occupations sharing ESCO skills (shared of total, Jaccard index) and entries (occupations of the same level, positions) with similar tasks, knowledge and description (TF-IDF cosine).",
    pathParams: codePath,
    responses: { "200": { description: "Related entries", content: { "application/json": relatedEntriesSchema } }, "404": notFound },
  },
  {
    path: "/api/v1/skills",
    operationId: "whoNeedsThis",
    example: "/api/v1/skills?q=spawanie",
    tag: "skills",
    summary: "Who needs this? Occupations by knowledge or skill",
    description:
      "Finds the texts that contain every word of the phrase (any inflected form; the last word also as a prefix): occupation names and descriptions, profile knowledge/skill items, ESCO skills, crosswalk ESCO occupations, unit-group tasks. Ranks occupations so that those where the phrase is central come first; each says where it matches. Paged (page, limit).",
    query: skillSearchQuerySchema,
    responses: {
      "200": { description: "Occupations with their matching items", content: { "application/json": skillSearchResultSchema } },
      "400": badQuery,
    },
  },
  {
    path: "/api/v1/skills/options",
    operationId: "skillOptions",
    example: "/api/v1/skills/options?q=obs%C5%82uga%20kl",
    tag: "skills",
    summary: "Knowledge and skills to pick from, as you type",
    description:
      "Profile knowledge/skill items and ESCO skills holding every typed word (the last one as a prefix), with how many occupations require each: the typeahead of the /match page. Not rate-limited, as the suggestions.",
    query: skillOptionsQuerySchema,
    responses: { "200": { description: "Options", content: { "application/json": skillOptionsResponseSchema } }, "400": badQuery },
  },
  {
    path: "/api/v1/match",
    operationId: "matchSkills",
    example: "/api/v1/match?s=t%3ASQL&s=t%3Aobs%C5%82uga%20klienta&code=252201&code=351402",
    tag: "skills",
    summary: "My skills → occupations: what is covered and what is missing",
    description:
      "The skills of /match (s, repeated) against the catalogue: with code (repeated), those occupations in that order, covered or not (the gaps of a shortlist); without, the ranked page of /match (10 a page). Each occupation's requirements are grouped by task Z1–Zn of its profile, or listed as ESCO skills.",
    query: matchApiQuerySchema,
    responses: {
      "200": { description: "Occupations with covered and missing requirements", content: { "application/json": matchResultSchema } },
      "400": badQuery,
    },
  },
  {
    path: "/api/v1/occupations/{code}/transitions",
    operationId: "careerTransitions",
    example: "/api/v1/occupations/252103/transitions",
    tag: "occupations",
    summary: "Career transitions: the nearest occupations, what is shared and what is to learn",
    description:
      "Takes the occupation's own requirements (its profile's knowledge and skill items, or its ESCO skills) as what a person already has, and ranks the other occupations by the share of their requirements this covers (at least two shared). Each comes with its unit group and its requirements split into shared and to learn, grouped by task Z1–Zn for described profiles.",
    pathParams: codePath,
    query: transitionsQuerySchema,
    responses: {
      "200": { description: "Nearest occupations", content: { "application/json": transitionsSchema } },
      "400": badQuery,
      "404": notFound,
    },
  },
  {
    path: "/api/v1/compare",
    operationId: "compare",
    example: "/api/v1/compare?codes=252201,351203",
    tag: "compare",
    summary: "Compare 2–4 entries",
    description:
      'Aligns tasks, knowledge, skills, social competences, requirements and ESCO skills of 2–4 entries (KZiS codes or positions as "p12"), marks shared items and gives the overlap per section, and lines up key-competence levels.',
    query: compareQuerySchema,
    responses: {
      "200": { description: "The comparison", content: { "application/json": comparisonSchema } },
      "400": badQuery,
      "404": notFound,
    },
  },
  {
    path: "/api/v1/export",
    operationId: "exportCatalogue",
    example: "/api/v1/export",
    tag: "export",
    summary: "The whole catalogue as JSON Lines",
    description:
      "Streamed, one JSON object per line (the schema below is that of one line): first a meta line, then every KZiS entry by code (with its profile when it has one), then every position. The ETag is the data version.",
    responses: { "200": { description: "JSON Lines", content: { "application/x-ndjson": catalogueLineSchema } } },
  },
  {
    path: "/api/v1/openapi.json",
    operationId: "openapi",
    example: "/api/v1/openapi.json",
    tag: "meta",
    summary: "This OpenAPI 3.1 document",
    responses: { "200": { description: "The OpenAPI document", content: { "application/json": null } } },
  },
];
