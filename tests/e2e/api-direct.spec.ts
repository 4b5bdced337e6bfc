import { expect, test } from "@playwright/test";

/**
 * GET /api/v1/search and /api/v1/suggest are answered by npm start's server before Next's router,
 * by the route handlers of Next's build (lib/http/api-direct.ts, ADR 0026); HEAD still goes
 * through Next. Against the real server: the answers keep the API's headers and shapes, and both
 * ways reach the same handler (same ETag, 304 for it).
 */

const SEARCH = "/api/v1/search?q=spawacz";

test.describe("search and suggestions before Next's router", () => {
  test("a search keeps the security, CORS and caching headers and comes whole, with its length", async ({ request }) => {
    const response = await request.get(SEARCH);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=600");
    expect(headers["content-type"]).toContain("application/json");
    const body = await response.body();
    const result = JSON.parse(body.toString("utf8"));
    expect(result.mode).toBe("text");
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items[0].name.toLowerCase()).toContain("spawacz");
  });

  test("the handler's ETag is the one Next's path gives (HEAD), and If-None-Match gets a 304", async ({ request }) => {
    const direct = await request.get(SEARCH);
    const etag = direct.headers()["etag"];
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const throughNext = await request.head(SEARCH);
    expect(throughNext.status()).toBe(200);
    expect(throughNext.headers()["etag"]).toBe(etag);
    const notModified = await request.get(SEARCH, { headers: { "If-None-Match": etag! } });
    expect(notModified.status()).toBe(304);
    expect((await notModified.body()).length).toBe(0);
  });

  test("a malformed query is the API's 400 error shape, never cached; suggestions answer too", async ({ request }) => {
    const refused = await request.get("/api/v1/search?q=a&page=zero");
    expect(refused.status()).toBe(400);
    expect(refused.headers()["cache-control"]).toBe("no-store");
    expect((await refused.json()).error.code).toBe("invalid_query");
    const suggestions = await request.get("/api/v1/suggest?q=spaw");
    expect(suggestions.status()).toBe(200);
    expect(JSON.stringify(await suggestions.json()).toLowerCase()).toContain("spawacz");
  });
});
