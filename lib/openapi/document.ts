import { z } from "zod";
import { ENDPOINTS, NAMED_SCHEMAS, type Endpoint, type EndpointResponse } from "./endpoints";

/**
 * The OpenAPI 3.1 document, generated from the zod schemas with zod 4's own z.toJSONSchema
 * (JSON Schema draft 2020-12, which is OpenAPI 3.1's dialect): the routes validate with the same
 * schemas, so the document cannot drift from the code. Pure; built once per process.
 * Responses use the schemas' output shape, parameters their input shape.
 */

type JsonSchema = Record<string, unknown>;
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string; license: { name: string; identifier?: string; url?: string } };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, JsonSchema>;
    headers: Record<string, unknown>;
    parameters: Record<string, unknown>;
    responses: Record<string, unknown>;
  };
};

const SCHEMA_REF_PREFIX = "#/components/schemas/";

/** Dates leave the API as ISO strings; zod has no JSON Schema for a Date (hence unrepresentable: "any" + this). */
const override: NonNullable<Parameters<typeof z.toJSONSchema>[1]>["override"] = (ctx) => {
  if (ctx.zodSchema._zod.def.type === "date") {
    ctx.jsonSchema.type = "string";
    ctx.jsonSchema.format = "date-time";
  }
};

/** OpenAPI 3.1 sets the dialect for the whole document; per-schema $schema/$id would only confuse tools. */
function strip(schema: JsonSchema): JsonSchema {
  const rest = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io: "output",
    uri: (id) => SCHEMA_REF_PREFIX + id,
    override,
    unrepresentable: "any",
  });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, strip(s as JsonSchema)]));
}

/** A body schema: a $ref when the schema is named, inline otherwise. */
function bodySchema(schema: z.ZodType | null): JsonSchema {
  if (schema === null) return {};
  const name = Object.entries(NAMED_SCHEMAS).find(([, s]) => s === schema)?.[0];
  if (name) return { $ref: SCHEMA_REF_PREFIX + name };
  return strip(z.toJSONSchema(schema, { target: "draft-2020-12", io: "output", override, unrepresentable: "any" }) as JsonSchema);
}

function parameters(where: "path" | "query", shape: z.ZodObject | undefined) {
  if (!shape) return [];
  return Object.entries(shape.shape).map(([name, field]) => {
    const schema = strip(z.toJSONSchema(field as z.ZodType, { target: "draft-2020-12", io: "input", override, unrepresentable: "any" }) as JsonSchema);
    const { description, ...rest } = schema;
    const isOptional = (field as z.ZodType).safeParse(undefined).success;
    return {
      name,
      in: where,
      required: where === "path" || !isOptional,
      ...(typeof description === "string" ? { description } : {}),
      schema: rest,
    };
  });
}

const RATE_HEADERS = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimitLimit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimitRemaining" },
};

function response(status: string, r: EndpointResponse) {
  const headers = status === "200" ? { ETag: { $ref: "#/components/headers/ETag" }, ...RATE_HEADERS } : RATE_HEADERS;
  return {
    description: r.description,
    headers,
    ...(r.content ? { content: Object.fromEntries(Object.entries(r.content).map(([type, schema]) => [type, { schema: bodySchema(schema) }])) } : {}),
  };
}

function operation(e: Endpoint) {
  return {
    operationId: e.operationId,
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    tags: [e.tag],
    parameters: [...parameters("path", e.pathParams), ...parameters("query", e.query), { $ref: "#/components/parameters/IfNoneMatch" }],
    responses: {
      ...Object.fromEntries(Object.entries(e.responses).map(([status, r]) => [status, response(status, r)])),
      "304": { $ref: "#/components/responses/NotModified" },
      "429": { $ref: "#/components/responses/TooManyRequests" },
      "500": { $ref: "#/components/responses/ServerError" },
    },
  };
}

function buildDocument(): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (const e of ENDPOINTS) paths[e.path] = { ...(paths[e.path] ?? {}), get: operation(e) };
  const error = { "application/json": { schema: { $ref: SCHEMA_REF_PREFIX + "ApiError" } } };
  return {
    openapi: "3.1.0",
    info: {
      title: "Atlas zawodów — open API",
      version: "1.0.0",
      description:
        "Read-only open data: the KZiS 2023 classification, INFOdoradca+ occupation profiles, positions, comparisons and exports. " +
        "Every GET answers with an ETag (304 on If-None-Match), Cache-Control and CORS (Access-Control-Allow-Origin: *). " +
        "Requests are limited per client (token bucket); past the limit the answer is 429 with Retry-After. " +
        "Codes are strings: leading zeros matter (011001).",
      license: { name: "Data: see attribution (KZiS, ESCO © European Union, ISCO-08 © ILO)", url: "https://esco.ec.europa.eu/" },
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "occupations", description: "The classification and its entries" },
      { name: "search", description: "Full-text search and suggestions" },
      { name: "compare", description: "Side-by-side comparison" },
      { name: "skills", description: "Who needs a piece of knowledge or a skill" },
      { name: "export", description: "JSON, CSV and JSON Lines exports" },
      { name: "meta", description: "About the API" },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      headers: {
        ETag: { description: "Hash of the body (or the data version for streamed exports)", schema: { type: "string" } },
        RateLimitLimit: { description: "Requests allowed per minute", schema: { type: "integer" } },
        RateLimitRemaining: { description: "Requests left right now", schema: { type: "integer" } },
        RetryAfter: { description: "Seconds to wait before the next request", schema: { type: "integer" } },
      },
      parameters: {
        IfNoneMatch: {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "The ETag of the copy the client has; a match answers 304 without a body",
          schema: { type: "string" },
        },
      },
      responses: {
        NotModified: { description: "The client's copy (If-None-Match) is current" },
        TooManyRequests: { description: "Rate limit exceeded", headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } }, content: error },
        ServerError: { description: "Unexpected error (logged; no details are given)", content: error },
      },
    },
  };
}

let cached: OpenApiDocument | null = null;

export function getOpenApiDocument(): OpenApiDocument {
  return (cached ??= buildDocument());
}
