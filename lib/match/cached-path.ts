/**
 * /match with skills is served from Next's page cache under a path of its own (ADR 0014, "A result
 * page from the cache"): a query string cannot be cached, a path can. From the second request for
 * the same query on, proxy.ts rewrites `/match?s=…&page=…` to `/<locale>/match/with/<state>`; the
 * address the person sees, shares and bookmarks stays `/match?s=…`. The state is the query itself
 * (the skills in their order, which is the order the page lists them in, and the page number), as
 * base64url so that no character of free text can break the path. No I/O: the proxy and the page use it.
 */
import { createHash } from "node:crypto";

/** The folder of the cached route under /match, and the name of its parameter. */
export const MATCH_CACHE_FOLDER = "with";

const MATCH_KEYS = new Set(["s", "page"]);
const PAGE = /^[1-9]\d{0,3}$/;

/**
 * The state of a /match query that the cached route can serve, or null: at least one skill, only
 * `s` and `page` (a page number in digits), anything else (the no-JavaScript form's `add`, unknown
 * parameters, no skills) goes to the dynamic page as before.
 */
export function matchCacheState(search: URLSearchParams): string | null {
  const skills = search.getAll("s");
  if (skills.length === 0) return null;
  for (const key of search.keys()) if (!MATCH_KEYS.has(key)) return null;
  const pages = search.getAll("page");
  if (pages.length > 1 || (pages.length === 1 && !PAGE.test(pages[0]!))) return null;
  const state = new URLSearchParams();
  for (const skill of skills) state.append("s", skill);
  if (pages[0] !== undefined && pages[0] !== "1") state.set("page", pages[0]);
  return Buffer.from(state.toString(), "utf8").toString("base64url");
}

/** The query a state stands for; an undecodable state gives an empty query (the page then asks for skills). */
export function readMatchCacheState(state: string): { s: string[]; page: string | undefined } {
  const query = /^[\w-]*$/.test(state) ? new URLSearchParams(Buffer.from(state, "base64url").toString("utf8")) : new URLSearchParams();
  return { s: query.getAll("s"), page: query.get("page") ?? undefined };
}

/**
 * Remembers the last `max` states first asked for, and answers whether a state was asked for
 * before. A set of skills is served from the cache from its second request on: most sets are asked
 * for once (a counsellor adds skills one by one), and rendering one for the cache costs more than
 * rendering it for one response and would push profile pages out of Next's in-memory cache.
 */
export function createRepeatFilter(max: number): (state: string) => boolean {
  // Digests, not the states: a state may be kilobytes (30 skills of 120 characters); a digest is 16
  // characters whatever is asked. A collision only caches a set at its first request.
  const seen = new Set<string>();
  return (state) => {
    const key = createHash("sha256").update(state).digest("base64url").slice(0, 16);
    if (seen.has(key)) return true;
    if (seen.size >= max) seen.delete(seen.values().next().value!);
    seen.add(key);
    return false;
  };
}
