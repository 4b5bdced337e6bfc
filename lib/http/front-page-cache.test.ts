import http from "node:http";
import { describe, expect, it } from "vitest";
import { captureResponse, createFrontPageCache, frontCacheKey, pageToKeep, sendCachedPage, type CachedPage } from "./front-page-cache";

const page = (body: string, freshUntil = Number.POSITIVE_INFINITY, tags: string[] | null = ["_N_T_/layout", `_N_T_/pl/${body}`]): CachedPage => ({
  headers: [["content-type", "text/html; charset=utf-8"]],
  body: Buffer.from(body),
  freshUntil,
  tags,
});

describe("front page cache", () => {
  it("answers a stored page until it is no longer fresh", () => {
    let now = 1000;
    const cache = createFrontPageCache({ maxBytes: 10_000, now: () => now });
    expect(cache.lookup("a")).toBeNull();
    expect(cache.store("a", cache.clock, page("<p>a</p>", 2000))).toBe(true);
    expect(cache.lookup("a")?.body.toString()).toBe("<p>a</p>");
    now = 2000;
    expect(cache.lookup("a")).toBeNull();
    expect(cache.size).toBe(0);
    // Nor is a page stored that is stale already.
    expect(cache.store("b", cache.clock, page("<p>b</p>", 2000))).toBe(false);
  });

  it("forgets, on a tag's change, the pages that carry it, and only them", () => {
    const cache = createFrontPageCache({ maxBytes: 10_000 });
    cache.store("a", cache.clock, page("a"));
    cache.store("b", cache.clock, page("b"));
    cache.store("unknown", cache.clock, page("u", Infinity, null));
    cache.expireTag("_N_T_/pl/a");
    expect(cache.lookup("a")).toBeNull();
    expect(cache.lookup("b")?.body.toString()).toBe("b");
    // A page whose tags are unknown goes at any change.
    expect(cache.lookup("unknown")).toBeNull();
    // A tag every page carries (a layout's) takes them all.
    cache.expireTag("_N_T_/layout");
    expect(cache.lookup("b")).toBeNull();
    expect(cache.bytes).toBe(0);
  });

  it("never stores an answer whose tags changed after Next looked it up (issue 11's race)", () => {
    const cache = createFrontPageCache({ maxBytes: 10_000 });
    const since = cache.clock;
    // A publish expires the page while the request is with Next.
    cache.expireTag("_N_T_/pl/a");
    expect(cache.store("a", since, page("a"))).toBe(false);
    expect(cache.lookup("a")).toBeNull();
    // Another page's change meanwhile does not stop it; unknown tags are stopped by any change.
    expect(cache.store("b", since, page("b"))).toBe(true);
    expect(cache.store("u", since, page("u", Infinity, null))).toBe(false);
    // A request that looked up after the change stores.
    expect(cache.store("a", cache.clock, page("a"))).toBe(true);
    expect(cache.lookup("a")?.body.toString()).toBe("a");
  });

  it("when it stops remembering tag changes, refuses every store of a request that looked up before", () => {
    const cache = createFrontPageCache({ maxBytes: 10_000 });
    const since = cache.clock;
    for (let i = 0; i < 10_001; i++) cache.expireTag(`_N_T_/other/${i}`);
    expect(cache.store("a", since, page("a"))).toBe(false);
    expect(cache.store("a", cache.clock, page("a"))).toBe(true);
  });

  it("stays within its bytes, the least recently used page out first", () => {
    const cache = createFrontPageCache({ maxBytes: 400 });
    const body = "x".repeat(80);
    for (const key of ["a", "b", "c"]) expect(cache.store(key, cache.clock, page(body, Infinity, []))).toBe(true);
    expect(cache.lookup("a")).not.toBeNull(); // a is now the most recently used
    expect(cache.store("d", cache.clock, page(body, Infinity, []))).toBe(true);
    expect(cache.bytes).toBeLessThanOrEqual(400);
    expect(cache.lookup("b")).toBeNull();
    expect(cache.lookup("a")).not.toBeNull();
    expect(cache.lookup("d")).not.toBeNull();
    // A page larger than the whole cache is not kept, and evicts nothing.
    expect(cache.store("e", cache.clock, page("y".repeat(500), Infinity, []))).toBe(false);
    expect(cache.lookup("a")).not.toBeNull();
  });

  it("replaces a page stored again under its key without counting it twice", () => {
    const cache = createFrontPageCache({ maxBytes: 1000 });
    cache.store("a", cache.clock, page("one"));
    const bytes = cache.bytes;
    cache.store("a", cache.clock, page("two"));
    expect(cache.bytes).toBe(bytes);
    expect(cache.lookup("a")?.body.toString()).toBe("two");
  });
});

describe("frontCacheKey", () => {
  const isPage = (url: string | undefined) => !String(url).startsWith("/api/") && !String(url).includes(".");
  const req = (headers: http.IncomingHttpHeaders, url = "/occupations/351402", method = "GET") => ({ method, url, headers });

  it("keys a plain GET of a page by host, forwarded host and proto, and URL", () => {
    const a = frontCacheKey(req({ host: "a.example" }), isPage);
    expect(a).not.toBeNull();
    expect(frontCacheKey(req({ host: "a.example", "user-agent": "x", accept: "text/html", "accept-language": "en" }), isPage)).toBe(a);
    expect(frontCacheKey(req({ host: "b.example" }), isPage)).not.toBe(a);
    expect(frontCacheKey(req({ host: "a.example", "x-forwarded-proto": "https" }), isPage)).not.toBe(a);
    expect(frontCacheKey(req({ host: "a.example", "x-forwarded-host": "c.example" }), isPage)).not.toBe(a);
    expect(frontCacheKey(req({ host: "a.example" }, "/en/occupations/351402"), isPage)).not.toBe(a);
  });

  it("leaves to Next what is not a GET of a page, or carries anything that changes the answer", () => {
    expect(frontCacheKey(req({}, "/occupations/351402", "HEAD"), isPage)).toBeNull();
    expect(frontCacheKey(req({}, "/occupations/351402", "POST"), isPage)).toBeNull();
    expect(frontCacheKey(req({}, "/api/v1/occupations"), isPage)).toBeNull();
    expect(frontCacheKey(req({}, "/favicon.ico"), isPage)).toBeNull();
    expect(frontCacheKey(req({}, "/occupations/351402?_rsc=abc"), isPage)).toBeNull();
    for (const name of [
      "cookie",
      "rsc",
      "next-router-state-tree",
      "next-router-prefetch",
      "next-url",
      "next-action",
      "range",
      "authorization",
      "x-prerender-revalidate",
    ])
      expect(frontCacheKey(req({ [name]: "1" }), isPage), name).toBeNull();
  });
});

/** A real response on a local server, so the wrappers see Node's own ServerResponse. */
async function respond(handler: (res: http.ServerResponse) => void): Promise<{ headers: Headers; body: string }> {
  const server = http.createServer((_req, res) => handler(res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/`);
    return { headers: res.headers, body: await res.text() };
  } finally {
    server.close();
  }
}

describe("capturing Next's answer and sending it again", () => {
  it("captures status, headers and body as written and keeps only a cache HIT of Next's", async () => {
    let captured: Parameters<Parameters<typeof captureResponse>[2]>[0] | null = null;
    const sent = await respond((res) => {
      captureResponse(res, 1000, (c) => (captured = c));
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("x-nextjs-cache", "HIT");
      res.setHeader("Content-Security-Policy", "per response");
      res.setHeader("Link", "<http://a.example/>; rel=alternate");
      res.write("<p>PLACE");
      res.end(Buffer.from("HOLDER</p>"));
    });
    expect(sent.body).toBe("<p>PLACEHOLDER</p>");
    expect(captured!.status).toBe(200);
    expect(captured!.body!.toString()).toBe("<p>PLACEHOLDER</p>");
    const kept = pageToKeep(captured!, { freshUntil: 5000, tags: new Set(["_N_T_/layout", "_N_T_/pl/x"]) })!;
    expect(kept.freshUntil).toBe(5000);
    expect(kept.tags).toEqual(["_N_T_/layout", "_N_T_/pl/x"]);
    expect(pageToKeep(captured!, { freshUntil: 5000, tags: null })!.tags).toBeNull();
    const names = kept.headers.map(([name]) => name);
    expect(names).toContain("link");
    expect(names).not.toContain("content-security-policy");

    const again = await respond((res) => sendCachedPage(res, kept));
    expect(again.body).toBe("<p>PLACEHOLDER</p>");
    expect(again.headers.get("link")).toBe("<http://a.example/>; rel=alternate");
    expect(again.headers.get("x-atlas-front-cache")).toBe("HIT");
    expect(again.headers.get("content-length")).toBe(String(Buffer.byteLength("<p>PLACEHOLDER</p>")));
  });

  it("keeps nothing but a fresh 200 from Next's cache that sets no cookie and fits", () => {
    const hit = { status: 200, headers: { "x-nextjs-cache": "HIT" }, body: Buffer.from("x") };
    const lookups = { freshUntil: 1, tags: null };
    expect(pageToKeep(hit, lookups)).not.toBeNull();
    expect(pageToKeep({ ...hit, headers: { "x-nextjs-cache": "MISS" } }, lookups)).toBeNull();
    expect(pageToKeep({ ...hit, headers: { "x-nextjs-cache": "STALE" } }, lookups)).toBeNull();
    expect(pageToKeep({ ...hit, headers: {} }, lookups)).toBeNull();
    expect(pageToKeep({ ...hit, status: 404 }, lookups)).toBeNull();
    expect(pageToKeep({ ...hit, headers: { ...hit.headers, "set-cookie": ["a=b"] } }, lookups)).toBeNull();
    expect(pageToKeep({ ...hit, body: null }, lookups)).toBeNull();
  });

  it("reports a body over its limit as null", async () => {
    let body: Buffer | null | undefined;
    await respond((res) => {
      captureResponse(res, 4, (c) => (body = c.body));
      res.setHeader("x-nextjs-cache", "HIT");
      res.end("too long");
    });
    expect(body).toBeNull();
  });

  it("copies no body of a page rendered for the request (no cache HIT of Next's)", async () => {
    let captured: Parameters<Parameters<typeof captureResponse>[2]>[0] | null = null;
    const sent = await respond((res) => {
      captureResponse(res, 1000, (c) => (captured = c));
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end("<p>rendered</p>");
    });
    expect(sent.body).toBe("<p>rendered</p>");
    expect(captured!.status).toBe(200);
    expect(captured!.headers["content-type"]).toBe("text/html");
    expect(captured!.body).toBeNull();
  });
});
