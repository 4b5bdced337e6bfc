import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { getOpenApiDocument } from "@/lib/openapi/document";

/**
 * Validates API responses against the generated OpenAPI document with Ajv (JSON Schema 2020-12,
 * OpenAPI 3.1's dialect), independently of zod: a response that passes here matches what the
 * published document promises to outside callers.
 */

const DOC_ID = "https://atlas.test/openapi.json";

/** JSON Pointer escaping of one path segment. */
const pointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

export function createOpenApiValidator() {
  const doc = getOpenApiDocument();
  // strict: false because the document has OpenAPI keywords (paths, responses) Ajv does not know.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ ...doc, $id: DOC_ID });

  /** The errors of `body` against the schema of path → GET → status → content type; [] when it conforms. */
  function validate(path: string, status: number, body: unknown, contentType = "application/json"): ErrorObject[] {
    const operation = doc.paths[path]?.get as { responses?: Record<string, { content?: Record<string, unknown> }> } | undefined;
    if (!operation?.responses?.[String(status)]?.content?.[contentType]) throw new Error(`No ${contentType} schema for GET ${path} ${status}`);
    const ref = `${DOC_ID}#/paths/${pointer(path)}/get/responses/${status}/content/${pointer(contentType)}/schema`;
    const check = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    return check(body) ? [] : [...(check.errors ?? [])];
  }

  /** The errors of `body` against a named component schema. */
  function validateComponent(name: string, body: unknown): ErrorObject[] {
    const check = ajv.compile({ $ref: `${DOC_ID}#/components/schemas/${name}` });
    return check(body) ? [] : [...(check.errors ?? [])];
  }

  return { doc, validate, validateComponent };
}
