/**
 * Next's own page cache (the file-system cache with its in-memory LRU), with one change: a page is
 * stamped with the time its render started instead of the time it was stored. Installed in place,
 * on Next's FileSystemCache, by npm start's server (scripts/serve.ts) before Next starts.
 *
 * Why: a publish commits, then revalidatePath marks the page's tag expired at that moment. Next
 * compares that moment with the entry's `lastModified`, which the default cache sets when the render
 * is stored. A render that read the database before the commit but finished after the
 * revalidation (a background refresh of a page 60 s old, a visitor's request under load) was stored
 * as newer than the revalidation, so the old content was served as fresh for up to 60 s (issue 11).
 * Stamped with its start, such a render is older than the revalidation: the next visit renders
 * again and sees the commit.
 *
 * The start of a render is not visible to a cache handler, so the lookup that leads to it stands in
 * for it: Next asks the cache (get) before it renders, and renders when the answer is a miss or a
 * stale entry. The earliest such lookup since the key was last stored is kept, so the stamp is never
 * later than the render's own reads. It can be earlier (a lookup that led to no render); the cost is
 * at most one extra render.
 *
 * Why in place and not as next.config's `cacheHandler`: Next imports a configured cacheHandler
 * with a dynamic import() on every request (NextNodeServer.getIncrementalCache). Under npm start's
 * tsx loader every import() crosses to the loader's hook thread and back: the quiet bench measured
 * suggest at 952 → 652 req/s with the handler configured (the same suggest code without Next
 * unchanged), most of the difference in postMessage and the loader's async requests.
 *
 * JavaScript, not TypeScript: it patches CommonJS modules of Next's own, outside the bundler.
 * Tested in render-stamped-cache.test.ts.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";

// Next's modules are CommonJS; required as such, they are the same instances Next itself uses
// (one in-memory LRU, one tags manifest), under Node and under Vitest alike.
const load = createRequire(import.meta.url);
const FileSystemCache = load("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const { areTagsStale, tagsManifest } = load("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

/** Keys looked up and found missing or stale, with the time of the first such lookup. */
const pendingSince = new Map();
/** A lookup that leads to no render leaves its key here; bound the map (the oldest go first). */
const MAX_PENDING = 10_000;

function now() {
  return performance.timeOrigin + performance.now();
}

/** Would Next re-render this entry (in the background or blocking)? */
function needsRender(entry, at) {
  if (!entry || !entry.value) return true;
  const revalidate = entry.cacheControl?.revalidate;
  if (typeof revalidate === "number" && entry.lastModified + revalidate * 1000 < at) return true;
  const tags = entry.value.headers?.["x-next-cache-tags"];
  return typeof tags === "string" && areTagsStale(tags.split(","), entry.lastModified);
}

/**
 * For the front page cache (lib/http/front-page-cache.ts): the page-cache lookups of one request,
 * as the earliest moment any entry it was answered from stops being fresh for Next.
 */
const requestLookups = new AsyncLocalStorage();

/** When Next stops answering this entry as fresh (epoch ms); -Infinity when it would render now. */
function freshUntil(entry, at) {
  if (needsRender(entry, at)) return -Infinity;
  const revalidate = entry.cacheControl?.revalidate;
  return typeof revalidate === "number" ? entry.lastModified + revalidate * 1000 : Infinity;
}

/** The cache tags of an entry (Next decides its staleness by exactly these), or null when it has none. */
function tagsOf(entry) {
  const tags = entry?.value?.headers?.["x-next-cache-tags"];
  return typeof tags === "string" && tags !== "" ? tags.split(",") : null;
}

/**
 * Runs `run` with a record of Next's page-cache lookups made for it (in its async context):
 * `freshUntil` is the earliest end of freshness among the entries found, `lookups` how many there
 * were (0: the answer came from another request's lookup, whose freshness is unknown here),
 * `tags` the cache tags of the entries found (null when one had none: unknown), and `since` the
 * value of `clock()` just before the first lookup (so a tag change after it is known to be later
 * than what Next looked at).
 * @template T
 * @param {(record: { lookups: number, freshUntil: number, tags: Set<string> | null, since: number }) => T} run
 * @param {() => number} [clock]
 * @returns {T}
 */
export function withPageLookups(run, clock = () => 0) {
  const record = { lookups: 0, freshUntil: Infinity, tags: new Set(), since: clock(), clock };
  return requestLookups.run(record, () => run(record));
}

let installed = false;

/** Classes already stamped: Next's unbundled FileSystemCache and the page runtime's own copy. */
const stampedClasses = new WeakSet();

/** Stamps one FileSystemCache class in place (its get/set and its static in-memory LRU). */
function stampClass(PageCache) {
  if (stampedClasses.has(PageCache)) return PageCache;
  stampedClasses.add(PageCache);
  const nextGet = PageCache.prototype.get;
  const nextSet = PageCache.prototype.set;
  PageCache.prototype.get = async function get(key, ctx) {
    const at = now();
    const record = requestLookups.getStore();
    if (record && record.lookups === 0) record.since = record.clock();
    const entry = await nextGet.call(this, key, ctx);
    if (record) {
      record.lookups++;
      record.freshUntil = Math.min(record.freshUntil, freshUntil(entry, at));
      const tags = tagsOf(entry);
      if (tags === null) record.tags = null;
      else if (record.tags) for (const tag of tags) record.tags.add(tag);
    }
    if (needsRender(entry, at) && !pendingSince.has(key)) {
      if (pendingSince.size >= MAX_PENDING) pendingSince.delete(pendingSince.keys().next().value);
      pendingSince.set(key, at);
    }
    return entry;
  };
  PageCache.prototype.set = async function set(key, data, ctx) {
    const startedBy = pendingSince.get(key);
    pendingSince.delete(key);
    await nextSet.call(this, key, data, ctx);
    const stored = PageCache.memoryCache?.get(key);
    if (stored && startedBy !== undefined && startedBy < stored.lastModified) stored.lastModified = startedBy;
  };
  return PageCache;
}

/** A page cache of Next's own kind (not a configured cacheHandler): get, set and the static LRU. */
function isFileSystemCache(handler) {
  const PageCache = handler?.constructor;
  return (
    typeof PageCache === "function" &&
    typeof PageCache.prototype.get === "function" &&
    typeof PageCache.prototype.set === "function" &&
    "memoryCache" in PageCache
  );
}

/**
 * Stamps every page Next's FileSystemCache stores in this process with the first lookup that
 * needed its render (see above). Idempotent; returns Next's unbundled class (for tests).
 *
 * Pages are not cached through the unbundled class: the page runtime
 * (next/dist/compiled/next-server/app-page.runtime.prod.js) bundles its own copy of
 * IncrementalCache and FileSystemCache, not reachable by require. Its route module publishes each
 * request's IncrementalCache on `globalThis.__incrementalCache` right after creating it and before
 * any lookup (route-module.js getIncrementalCache), so the class of that cache's handler is stamped
 * as it is published. The tags manifest is an `.external` module, one instance for both copies.
 */
export function installRenderStamps() {
  if (installed) return FileSystemCache;
  installed = true;
  stampClass(FileSystemCache);
  let published = globalThis.__incrementalCache;
  if (isFileSystemCache(published?.cacheHandler)) stampClass(published.cacheHandler.constructor);
  Object.defineProperty(globalThis, "__incrementalCache", {
    configurable: true,
    get: () => published,
    set(incrementalCache) {
      if (isFileSystemCache(incrementalCache?.cacheHandler)) stampClass(incrementalCache.cacheHandler.constructor);
      published = incrementalCache;
    },
  });
  return FileSystemCache;
}

/**
 * Expires cache tags in this process as revalidatePath does (Next's FileSystemCache.revalidateTag
 * without durations: `expired` = now), for a change another instance announced (scripts/serve.ts).
 * revalidatePath itself works only inside a request or an action.
 * @param {readonly string[]} tags
 */
export function expireTags(tags) {
  const at = Date.now();
  for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), expired: at });
}

const tagListeners = new Set();
let watchingTags = false;

/**
 * Calls `listener` with the tag whenever a cache tag of Next's changes in this process:
 * revalidatePath and revalidateTag in a request or an action (both copies of Next's cache write
 * the one tags manifest), expireTags above (other instances' changes, expirePages). A tag set to
 * expire later calls it again then. Returns a function that stops calling it.
 * @param {(tag: string) => void} listener
 */
export function onTagsChanged(listener) {
  if (!watchingTags) {
    watchingTags = true;
    const set = tagsManifest.set;
    tagsManifest.set = function (tag, value) {
      const result = set.call(this, tag, value);
      const inMs = typeof value?.expired === "number" ? value.expired - Date.now() : 0;
      for (const notify of tagListeners) notify(tag);
      if (inMs > 0) setTimeout(() => tagListeners.forEach((notify) => notify(tag)), inMs).unref();
      return result;
    };
  }
  tagListeners.add(listener);
  return () => tagListeners.delete(listener);
}
