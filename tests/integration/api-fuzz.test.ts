/**
 * Fuzzing of every public GET route, driven by the OpenAPI document the app generates from its
 * zod schemas: each path, query and header parameter listed there gets hostile values (so a new
 * parameter or route is fuzzed without touching this file). The route handlers run in-process
 * on a database with the real reference data and the full search index (the shared test database
 * has no index, and search on an empty index would prove little). For every call:
 *   - the status is never 5xx;
 *   - a 4xx has the JSON error body (ApiError) with a non-empty message;
 *   - a 200 with a JSON body validates against the document (Ajv, independent of zod);
 *   - nothing is logged with console.error (a 500 is logged there, and so is an FTS5 syntax error
 *     that the suggest engine swallows) and no promise rejection goes unhandled.
 * Runs: FUZZ_RUNS (default 10,000) cases for the whole API target, shared evenly by the routes.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createOpenApiValidator } from "@/tests/setup/openapi-validator";
import { fuzzParams, hostileValue } from "@/tests/setup/fuzz";
import { createSearchTestDb } from "@/tests/setup/search-test-db";
import { TMP_DIR } from "@/tests/setup/test-db";

// Every fuzz request comes from the same (unknown) client: without this the limiter would answer
// 429 after 120 calls and the rest would test only the limiter. Both settings are read (lib/env.ts,
// on the first read of any setting) when the routes are imported in beforeAll, which is why the
// routes are imported dynamically.
process.env.API_RATE_LIMIT = "0";
const FILE = path.join(TMP_DIR, `api-fuzz-${process.pid}.db`);
process.env.DATABASE_URL = `file:${FILE}`;

type Parameter = { name: string; in: "path" | "query" | "header"; required?: boolean; schema?: { enum?: string[]; examples?: string[] } };
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Route = { path: string; parameters: Parameter[]; handler: Handler };

const { doc, validate, validateComponent } = createOpenApiValidator();

/**
 * The routes to fuzz: every GET of the document with at least one parameter of its own. The
 * whole-catalogue export has none (only If-None-Match) and streams 7 MB per call, so it is left
 * to api-export.test.ts; openapi.json is a constant document.
 */
function routesFromDocument(): Omit<Route, "handler">[] {
  const resolve = (p: unknown): Parameter => {
    const ref = (p as { $ref?: string }).$ref;
    if (!ref) return p as Parameter;
    const name = ref.split("/").pop()!;
    return (doc.components as unknown as { parameters: Record<string, Parameter> }).parameters[name]!;
  };
  return Object.entries(doc.paths).flatMap(([p, item]) => {
    const get = (item as { get?: { parameters?: unknown[] } }).get;
    if (!get) return [];
    const parameters = (get.parameters ?? []).map(resolve);
    return parameters.some((x) => x.in !== "header") ? [{ path: p, parameters }] : [];
  });
}

/** "/api/v1/occupations/{code}" → app/api/v1/occupations/[code]/route.ts */
function routeFile(apiPath: string): string {
  return path.resolve(
    "app",
    ...apiPath
      .slice(1)
      .split("/")
      .map((s) => s.replace(/^\{(.+)\}$/, "[$1]")),
    "route.ts",
  );
}

const routes: Route[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const consoleError = vi.spyOn(console, "error");

beforeAll(async () => {
  createSearchTestDb(FILE).db.close();
  process.on("unhandledRejection", onUnhandled);
  for (const route of routesFromDocument()) {
    const file = routeFile(route.path);
    expect(fs.existsSync(file), `${route.path} has no ${file}`).toBe(true);
    const mod = (await import(/* @vite-ignore */ file)) as { GET: Handler };
    routes.push({ ...route, handler: mod.GET });
  }
});

afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled();
  expect(unhandled).toEqual([]);
});

afterAll(() => {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(FILE + suffix, { force: true });
  process.off("unhandledRejection", onUnhandled);
  consoleError.mockRestore();
});

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/** How a value is put into the query string: properly encoded, raw, or with broken %-escapes. */
const ENCODINGS = ["component", "raw", "junk"] as const;
type Encoding = (typeof ENCODINGS)[number];

/** encodeURIComponent throws on lone surrogates; a browser sends them as U+FFFD, so do we. */
function encodeLoose(value: string): string {
  return encodeURIComponent(value.toWellFormed());
}

function encodeValue(value: string, how: Encoding): string {
  if (how === "component") return encodeLoose(value);
  // Raw: only what would end the value (& # and space) is escaped; the URL parser does the rest.
  if (how === "raw") return value.replace(/[&#%\s]/gu, (c) => encodeLoose(c));
  // Junk: stray "%", escapes of invalid UTF-8 (overlong, lone surrogate, truncated) around it.
  return `%${encodeLoose(value)}%zz%C0%AF%ED%A0%80%E2%82`;
}

type QueryPart = { name: string; values: string[]; encoding: Encoding };

const queryPart = (name: string, value: fc.Arbitrary<string>) =>
  fc.record({
    name: fc.constant(name),
    // Usually once; sometimes repeated (?q=a&q=b), which the routes read with get() or getAll().
    values: fc.oneof({ weight: 4, arbitrary: value.map((v) => [v]) }, { weight: 1, arbitrary: fc.array(value, { minLength: 2, maxLength: 5 }) }),
    encoding: fc.constantFrom(...ENCODINGS),
  });

/** Values for one parameter: the generic hostile ones, plus its own enum members and examples. */
function valuesFor(parameter: Parameter): fc.Arbitrary<string> {
  const own = [...(parameter.schema?.enum ?? []), ...(parameter.schema?.examples ?? [])];
  return own.length ? fc.oneof({ weight: 3, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constantFrom(...own) }) : hostileValue;
}

type Case = { path: Record<string, string>; query: QueryPart[]; headers: Record<string, string> };

function caseFor(route: Route): fc.Arbitrary<Case> {
  const byKind = (kind: Parameter["in"]) => route.parameters.filter((p) => p.in === kind);
  const pathArb = fc.record(Object.fromEntries(byKind("path").map((p) => [p.name, valuesFor(p)])));
  const known = byKind("query").map((p) => fc.option(queryPart(p.name, valuesFor(p)), { nil: undefined, freq: 2 }));
  // A parameter the route does not know, hostile name and all.
  const unknown = fc.option(
    queryPart("", hostileValue).chain((part) => hostileValue.map((name) => ({ ...part, name: name.slice(0, 40) }))),
    { nil: undefined, freq: 4 },
  );
  const queryArb = fc.tuple(...known, unknown).chain((parts) =>
    fc.shuffledSubarray(
      parts.filter((p): p is QueryPart => p !== undefined),
      { minLength: 0 },
    ),
  );
  const headerArb = fc.record(Object.fromEntries(byKind("header").map((p) => [p.name, hostileValue.map(headerSafe)])), { requiredKeys: [] });
  return fc.record({ path: pathArb, query: queryArb, headers: headerArb as fc.Arbitrary<Record<string, string>> });
}

/** Header values cannot hold control characters or non-Latin-1 at all (fetch refuses them). */
function headerSafe(value: string): string {
  return value
    .replace(/[^\u0020-\u007e]/gu, "?")
    .trim()
    .slice(0, 200);
}

function toRequest(route: Route, c: Case): { request: Request; params: Record<string, string> } {
  const pathname = route.path.replace(/\{([^{}]+)\}/gu, (_, name: string) => encodeLoose(c.path[name] ?? ""));
  const search = c.query.flatMap((part) => part.values.map((v) => `${encodeValue(part.name, part.encoding)}=${encodeValue(v, part.encoding)}`)).join("&");
  const request = new Request(`http://test${pathname}${search ? `?${search}` : ""}`, { headers: c.headers });
  // Next hands the handler the decoded segment; a lone surrogate there could not come from a URL.
  const params = Object.fromEntries(Object.entries(c.path).map(([k, v]) => [k, v.toWellFormed()]));
  return { request, params };
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

async function checkResponse(route: Route, request: Request, response: Response, described: string): Promise<void> {
  expect(response.status, described).toBeLessThan(500);
  // "If-None-Match: *" (or a lucky ETag) matches any current answer: 304, no body (documented).
  if (response.status === 304) {
    expect(request.headers.has("If-None-Match"), described).toBe(true);
    expect(await response.text(), described).toBe("");
    return;
  }
  const type = response.headers.get("Content-Type") ?? "";
  if (response.status >= 400) {
    expect(type, described).toContain("application/json");
    const body = (await response.json()) as { error?: { message?: unknown } };
    expect(validateComponent("ApiError", body), described).toEqual([]);
    expect(String(body.error?.message).trim(), described).not.toBe("");
    return;
  }
  expect(response.status, described).toBe(200);
  if (type.startsWith("application/json")) expect(validate(route.path, 200, await response.json()), described).toEqual([]);
  else {
    expect(type, described).toContain("text/csv");
    await response.text();
  }
}

describe("every API parameter under hostile values", () => {
  it("finds the parameterised routes in the OpenAPI document", () => {
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining(["/api/v1/occupations", "/api/v1/occupations/{code}", "/api/v1/search", "/api/v1/suggest", "/api/v1/compare", "/api/v1/skills"]),
    );
    // The If-None-Match header of every GET is fuzzed too.
    expect(routes.every((r) => r.parameters.some((p) => p.in === "header" && p.name === "If-None-Match"))).toBe(true);
  });

  it("never answers 5xx; 4xx carry a JSON error with a message; 200s match the document", async () => {
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(caseFor(route), async (c) => {
          const { request, params } = toRequest(route, c);
          const response = await route.handler(request, { params: Promise.resolve(params) });
          await checkResponse(route, request, response, `${route.path} ${request.url.slice(0, 300)}`);
        }),
        // The routes share FUZZ_RUNS, so the API target as a whole runs FUZZ_RUNS cases.
        fuzzParams(1 / routes.length),
      );
    }
  }, 600_000);
});

// A sanity check that the checks bite: the same request builder on known-good and known-bad input.
describe("the fuzz harness", () => {
  it("sees a 200 that validates, and a 400 with an error body", async () => {
    const search = routes.find((r) => r.path === "/api/v1/search")!;
    const ok = toRequest(search, { path: {}, query: [{ name: "q", values: ["pielęgniarka"], encoding: "component" }], headers: {} });
    const good = await search.handler(ok.request, { params: Promise.resolve({}) });
    expect(good.status).toBe(200);
    const body = (await good.json()) as { total: number };
    expect(validate(search.path, 200, body)).toEqual([]);
    // The routes read the indexed database, not the shared one without an index.
    expect(body.total).toBeGreaterThan(0);
    const bad = toRequest(search, { path: {}, query: [{ name: "page", values: ["-1"], encoding: "raw" }], headers: {} });
    const refused = await search.handler(bad.request, { params: Promise.resolve({}) });
    expect(refused.status).toBe(400);
    expect(validateComponent("ApiError", await refused.json())).toEqual([]);
  });
});
