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

const nextGet = FileSystemCache.prototype.get;
const nextSet = FileSystemCache.prototype.set;
let installed = false;

/**
 * Stamps every page Next's FileSystemCache stores in this process with the first lookup that
 * needed its render (see above). Idempotent; returns the patched class (for tests).
 */
export function installRenderStamps() {
  if (installed) return FileSystemCache;
  installed = true;
  FileSystemCache.prototype.get = async function get(key, ctx) {
    const at = now();
    const entry = await nextGet.call(this, key, ctx);
    if (needsRender(entry, at) && !pendingSince.has(key)) {
      if (pendingSince.size >= MAX_PENDING) pendingSince.delete(pendingSince.keys().next().value);
      pendingSince.set(key, at);
    }
    return entry;
  };
  FileSystemCache.prototype.set = async function set(key, data, ctx) {
    const startedBy = pendingSince.get(key);
    pendingSince.delete(key);
    await nextSet.call(this, key, data, ctx);
    const stored = FileSystemCache.memoryCache?.get(key);
    if (stored && startedBy !== undefined && startedBy < stored.lastModified) stored.lastModified = startedBy;
  };
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
