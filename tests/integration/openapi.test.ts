import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/openapi/endpoints";
import { createOpenApiValidator } from "@/tests/setup/openapi-validator";

const { doc, validateComponent } = createOpenApiValidator();

/** Every route.ts under app/api/v1, as its OpenAPI path ("[code]" → "{code}"). */
function publicRoutes(): { path: string; source: string }[] {
  const root = path.resolve("app/api/v1");
  const found: { path: string; source: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const rel = path
          .relative(root, dir)
          .split(path.sep)
          .map((s) => s.replace(/^\[(.+)\]$/, "{$1}"));
        found.push({ path: ["/api/v1", ...rel].join("/"), source: fs.readFileSync(full, "utf8") });
      }
    }
  };
  walk(root);
  return found;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with a GET per endpoint, and every $ref resolves", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(ENDPOINTS.map((e) => e.path).sort());
    const refs = JSON.stringify(doc).match(/"\$ref":"#\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) {
      const pointer = ref.slice('"$ref":"#/'.length, -1).split("/");
      let node: unknown = doc;
      for (const part of pointer) node = (node as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
      expect(node, ref).toBeDefined();
    }
  });

  it("lists every public route (each that uses publicGet)", () => {
    const wrapped = publicRoutes().filter((r) => r.source.includes("publicGet("));
    expect(wrapped.length).toBeGreaterThanOrEqual(7);
    for (const route of wrapped) expect(doc.paths[route.path], route.path).toBeDefined();
  });

  it("keeps codes as strings and unknown key-competence levels as null in its schemas", () => {
    expect(validateComponent("OccupationDetail", { code: 11001 })).not.toEqual([]);
    const comparison = doc.components.schemas.Comparison as { properties: { keyCompetences: unknown } };
    expect(JSON.stringify(comparison.properties.keyCompetences)).toContain('"null"');
  });

  it("rejects a response that does not match (the validator is not a rubber stamp)", () => {
    expect(validateComponent("ApiError", { error: { code: "x", message: "y" } })).toEqual([]);
    expect(validateComponent("ApiError", { error: { code: "x" } })).not.toEqual([]);
    expect(validateComponent("ApiError", { error: { code: "x", message: "y" }, extra: 1 })).not.toEqual([]);
  });

  it("describes query parameters from the same schemas the routes parse with", () => {
    const compare = doc.paths["/api/v1/compare"]!.get as { parameters: { name?: string; required?: boolean }[] };
    expect(compare.parameters.find((p) => p.name === "codes")).toMatchObject({ required: true });
    const list = doc.paths["/api/v1/occupations"]!.get as { parameters: { name?: string; schema?: { enum?: string[] } }[] };
    expect(list.parameters.find((p) => p.name === "format")?.schema?.enum).toEqual(["json", "csv"]);
  });
});
