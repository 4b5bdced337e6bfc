import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

import { expireTags, installRenderStamps, onTagsChanged, withPageLookups } from "./render-stamped-cache.mjs";

// No disk: every read misses, as with isrFlushToDisk: false and nothing prerendered for the key.
const missing = () => Promise.reject(Object.assign(new Error("ENOENT"), { code: "ENOENT" }));
const fs = { existsSync: () => false, readFile: missing, stat: missing, readFileSync: () => "", writeFile: missing, mkdir: missing };
// Next's own FileSystemCache, stamped in place as npm start's server does (scripts/serve.ts).
const PageCache = installRenderStamps();
const unbundled = new PageCache({ fs, flushToDisk: false, serverDistDir: "/nonexistent", maxMemoryCacheSize: 10_000_000, revalidatedTags: [] });

/**
 * The cache pages are really stored in: the page runtime's own bundled copy, made as Next makes it
 * for a request (its route module's getIncrementalCache). A stamp on the unbundled class alone
 * passed the tests above while production pages went unstamped.
 */
async function pageRuntimeCache() {
  const load = createRequire(import.meta.url);
  load("next/dist/server/node-environment-baseline.js"); // AsyncLocalStorage on globalThis, as Next's server sets it
  const { AppPageRouteModule } = load("next/dist/compiled/next-server/app-page.runtime.prod.js");
  const routeModule = { distDir: ".next", relativeProjectDir: "", isDev: false, loadCustomCacheHandlers: async () => {} };
  const manifest = { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: {} };
  const config = { experimental: { isrFlushToDisk: false }, cacheMaxMemorySize: 10_000_000 };
  const incrementalCache = await AppPageRouteModule.prototype.getIncrementalCache.call(routeModule, { headers: {} }, config, {}, manifest, false);
  return incrementalCache.cacheHandler as InstanceType<typeof PageCache>;
}
const bundled = await pageRuntimeCache();

const APP_PAGE = { kind: "APP_PAGE" };
let counter = 0;
function page(html: string) {
  const key = `/pl/occupations/test-${++counter}`;
  const tag = `_N_T_${key}`;
  const value = { kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: { "x-next-cache-tags": tag }, status: 200 };
  return { key, tag, value };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const ctx = { cacheControl: { revalidate: 60, expire: 31536000 } };

it("the page runtime's cache is its own bundled class, and it is stamped too", () => {
  expect(bundled.constructor).not.toBe(PageCache);
  expect(bundled.constructor.prototype.get).not.toBe(PageCache.prototype.get);
  expect(bundled.constructor.prototype.get.name).toBe("get");
  expect(bundled.constructor.prototype.get.toString()).toBe(PageCache.prototype.get.toString());
});

describe.each([
  ["the page runtime's bundled cache (what npm start stores pages in)", bundled],
  ["Next's unbundled FileSystemCache", unbundled],
])("render-stamped page cache (issue 11: a render overlapping a publish is not cached as fresh): %s", (_, cache) => {
  it("a render that started before a revalidation and was stored after it is not served: the next lookup misses", async () => {
    const { key, tag, value } = page("before the publish");
    expect(await cache.get(key, APP_PAGE)).toBeNull(); // the lookup that starts the render
    await tick();
    await cache.revalidateTag([tag]); // the publish commits and revalidates meanwhile
    await tick();
    await cache.set(key, value, ctx); // the render, with what it read before the commit, is stored
    expect(await cache.get(key, APP_PAGE)).toBeNull();
  });

  it("the render after the revalidation is stored and served until the next one", async () => {
    const { key, tag, value } = page("after the publish");
    await cache.revalidateTag([tag]);
    await tick();
    expect(await cache.get(key, APP_PAGE)).toBeNull();
    await cache.set(key, value, ctx);
    expect((await cache.get(key, APP_PAGE))?.value?.html).toBe("after the publish");
    await tick();
    await cache.revalidateTag([tag]);
    expect(await cache.get(key, APP_PAGE)).toBeNull();
  });

  it("the stamp is the first lookup that needed a render, not a later one during the render", async () => {
    const { key, tag, value } = page("slow render");
    await cache.get(key, APP_PAGE); // starts the render
    await tick();
    await cache.revalidateTag([tag]);
    await tick();
    await cache.get(key, APP_PAGE); // a second visitor, after the publish, joins the same render
    await cache.set(key, value, ctx);
    expect(await cache.get(key, APP_PAGE)).toBeNull();
  });

  it("a page stored without a preceding lookup keeps its storing time", async () => {
    const { key, value } = page("stored directly");
    const before = Date.now();
    await cache.set(key, value, ctx);
    const entry = await cache.get(key, APP_PAGE);
    expect(entry?.value?.html).toBe("stored directly");
    expect(entry!.lastModified).toBeGreaterThanOrEqual(before);
  });

  it("expireTags (a change another instance announced) expires a page as revalidatePath does", async () => {
    const { key, tag, value } = page("before the other instance's publish");
    await cache.get(key, APP_PAGE);
    await cache.set(key, value, ctx);
    expect((await cache.get(key, APP_PAGE))?.value?.html).toBe("before the other instance's publish");
    await tick();
    expireTags([tag]);
    expect(await cache.get(key, APP_PAGE)).toBeNull();
  });
});

describe.each([
  ["the page runtime's bundled cache", bundled],
  ["Next's unbundled FileSystemCache", unbundled],
])("what the front page cache learns from Next's cache (lib/http/front-page-cache.ts): %s", (_, cache) => {
  it("a request's lookups report when the entry it was answered from stops being fresh for Next", async () => {
    const { key, value } = page("fresh");
    await cache.get(key, APP_PAGE);
    await cache.set(key, value, ctx);
    const stored = (await cache.get(key, APP_PAGE))!;
    const record = await withPageLookups(async (lookups) => {
      await cache.get(key, APP_PAGE);
      return lookups;
    });
    expect(record.lookups).toBe(1);
    expect(record.freshUntil).toBe(stored.lastModified + 60_000);
    // Outside the run, nothing is recorded.
    await cache.get(key, APP_PAGE);
    expect(record.lookups).toBe(1);
  });

  it("a lookup that finds nothing fresh makes the request's answer never fresh", async () => {
    const { key } = page("missing");
    const record = await withPageLookups(async (lookups) => {
      await cache.get(key, APP_PAGE);
      return lookups;
    });
    expect(record.freshUntil).toBe(-Infinity);
  });

  it("a request's lookups report the tags of the entries found, and the clock before the first lookup", async () => {
    const { key, tag, value } = page("tagged");
    await cache.get(key, APP_PAGE);
    await cache.set(key, value, ctx);
    let clock = 7;
    const record = await withPageLookups(
      async (lookups) => {
        clock = 8; // a change between the start of the request and its first lookup
        await cache.get(key, APP_PAGE);
        clock = 9;
        await cache.get(key, APP_PAGE);
        return lookups;
      },
      () => clock,
    );
    expect([...record.tags!]).toEqual([tag]);
    expect(record.since).toBe(8);
  });

  it("an entry without tags makes the request's tags unknown", async () => {
    const { key, value } = page("untagged");
    await cache.get(key, APP_PAGE);
    await cache.set(key, { ...value, headers: {} }, ctx);
    const record = await withPageLookups(async (lookups) => {
      await cache.get(key, APP_PAGE);
      return lookups;
    });
    expect(record.tags).toBeNull();
  });

  it("every tag change is announced with its tag: revalidatePath's revalidateTag and expireTags", async () => {
    const changed: string[] = [];
    const stop = onTagsChanged((tag) => changed.push(tag));
    const [a, b, c, d] = ["a", "b", "c", "d"].map((n) => page(n).tag);
    try {
      await cache.revalidateTag([a!]);
      expect(changed).toEqual([a]);
      expireTags([b!, c!]);
      expect(changed).toEqual([a, b, c]);
    } finally {
      stop();
    }
    expireTags([d!]);
    expect(changed).toEqual([a, b, c]);
  });
});
