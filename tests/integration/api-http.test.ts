import { describe, expect, it } from "vitest";
import { GET as getOne, OPTIONS as optionsOne } from "@/app/api/v1/occupations/[code]/route";
import { GET as list } from "@/app/api/v1/occupations/route";
import { GET as openapiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as searchRoute } from "@/app/api/v1/search/route";
import { GET as suggestRoute } from "@/app/api/v1/suggest/route";
import { createOpenApiValidator } from "@/tests/setup/openapi-validator";

// Read-only: runs on the shared reference database (vitest.config.ts).
const one = (code: string, headers: HeadersInit = {}) =>
  getOne(new Request(`http://test/api/v1/occupations/${code}`, { headers }), { params: Promise.resolve({ code }) });
const openapi = createOpenApiValidator();

describe("ETag and caching", () => {
  it("sends an ETag (hash of the body) and Cache-Control, and answers 304 to a matching If-None-Match", async () => {
    const first = await one("3514");
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=600");
    const body = await first.text();
    expect(openapi.validate("/api/v1/occupations/{code}", 200, JSON.parse(body))).toEqual([]);

    const again = await one("3514");
    expect(again.headers.get("etag")).toBe(etag);

    const notModified = await one("3514", { "If-None-Match": `W/"stale", ${etag}` });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect(notModified.headers.get("etag")).toBe(etag);
    expect(notModified.headers.get("access-control-allow-origin")).toBe("*");

    const changed = await one("3514", { "If-None-Match": '"something-else"' });
    expect(changed.status).toBe(200);
  });

  it("gives different entries different ETags, and never caches an error", async () => {
    const [a, b] = await Promise.all([one("3514"), one("3513")]);
    expect(a.headers.get("etag")).not.toBe(b.headers.get("etag"));
    const missing = await one("999999");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    expect(missing.headers.get("cache-control")).toBe("no-store");
    expect(openapi.validate("/api/v1/occupations/{code}", 404, await missing.json())).toEqual([]);
  });
});

describe("CORS", () => {
  it("answers the preflight with 204 and the allowed methods and headers", async () => {
    const res = optionsOne();
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("GET");
    expect(res.headers.get("access-control-allow-headers")).toContain("If-None-Match");
    expect(res.headers.get("access-control-max-age")).toBe("86400");
  });

  it("allows any origin on answers and errors, and exposes ETag and Retry-After", async () => {
    const ok = await list(new Request("http://test/api/v1/occupations?level=major", { headers: { Origin: "https://example.org" } }));
    expect(ok.headers.get("access-control-allow-origin")).toBe("*");
    expect(ok.headers.get("access-control-expose-headers")).toMatch(/ETag.*Retry-After/);
    const bad = await list(new Request("http://test/api/v1/occupations?level=planet"));
    expect(bad.status).toBe(400);
    expect(bad.headers.get("access-control-allow-origin")).toBe("*");
    expect(openapi.validate("/api/v1/occupations", 400, await bad.json())).toEqual([]);
    expect(openapi.validate("/api/v1/occupations", 200, await ok.json())).toEqual([]);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("serves the generated document", async () => {
    const res = await openapiRoute(new Request("http://test/api/v1/openapi.json"));
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/compare");
  });
});

describe("search and suggest under the same wrapper", () => {
  it("answer in the documented shape with ETag and CORS; suggestions are not rate-limited", async () => {
    const search = await searchRoute(new Request("http://test/api/v1/search?q=administrator"));
    expect(search.status).toBe(200);
    expect(search.headers.get("etag")).not.toBeNull();
    expect(search.headers.get("ratelimit-limit")).not.toBeNull();
    expect(openapi.validate("/api/v1/search", 200, await search.json())).toEqual([]);

    const suggest = await suggestRoute(new Request("http://test/api/v1/suggest?q=piel"));
    expect(suggest.status).toBe(200);
    expect(suggest.headers.get("access-control-allow-origin")).toBe("*");
    expect(suggest.headers.get("cache-control")).toBe("private, max-age=60");
    expect(suggest.headers.get("ratelimit-limit")).toBeNull();
    expect(openapi.validate("/api/v1/suggest", 200, await suggest.json())).toEqual([]);
  });
});
