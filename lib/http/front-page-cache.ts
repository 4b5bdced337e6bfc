/**
 * The front page cache of npm start's server (scripts/serve.ts; docs/decisions/0025-front-page-cache.md):
 * the exact bytes Next served from its own page cache (x-nextjs-cache: HIT), nonce placeholder
 * still in, kept in front of Next so that a repeated read of a cached page skips the locale proxy,
 * Next's router and the app-page handler. Profiled at ×10, those three were 55 % of the CPU of
 * serving a cached profile page. The nonce swap, the security headers and compression stay
 * per response, as for every page (lib/http/serve-security.ts).
 *
 * Correctness before speed:
 * - only a GET of a page path by a request nothing else in which changes the page: no cookie (a
 *   session, draft mode), no router/RSC header, no Range; the key holds what the page's own bytes
 *   or headers depend on besides the URL (the host and forwarded host/proto: Next and the locale
 *   proxy build the hreflang Link header from them);
 * - only what Next itself answered from its cache as fresh, until the moment Next would stop
 *   calling it fresh (its render stamp + revalidate, reported by lib/http/render-stamped-cache.mjs);
 * - every expiry of one of Next's tags removes the pages that carry it (Next decides an entry's
 *   staleness by exactly the tags it stored with it: x-next-cache-tags), and an answer whose tags
 *   changed after Next looked it up is never stored (a change clock): the race of issue 11 closed
 *   the same way as in Next's cache. A page whose tags are unknown goes at any change;
 * - bounded in bytes (least recently used first out).
 * Pure: no Next, no I/O; the server wires it (tested in front-page-cache.test.ts).
 */
import type http from "node:http";

export type CachedPage = {
  /** Next's headers of the answer, less the ones set per response (see PER_RESPONSE_HEADERS). */
  headers: [string, number | string | string[]][];
  /** The body as Next sent it, with the nonce placeholder. */
  body: Buffer;
  /** Epoch ms after which Next would no longer answer this page from its cache as fresh. */
  freshUntil: number;
  /** Next's cache tags of the entries the answer came from; null when unknown (then any change removes it). */
  tags: readonly string[] | null;
};

export type FrontPageCache = {
  /** Raised by every tag change: a request reads it before Next looks its page up, and passes it to store. */
  readonly clock: number;
  /** A fresh page for this key, or null. */
  lookup(key: string): CachedPage | null;
  /**
   * Stores `page` unless one of its tags changed after `since` (a clock value; any change, when
   * its tags are unknown) or it does not fit; returns whether it stored.
   */
  store(key: string, since: number, page: CachedPage): boolean;
  /** One of Next's tags changed (a publish, an import, another instance's change): forget the pages that carry it. */
  expireTag(tag: string): void;
  readonly bytes: number;
  readonly size: number;
};

type Options = { maxBytes: number; now?: () => number };

/** Bytes a page holds here: its body, its headers, its tags and its key (the Map's own overhead aside). */
function sizeOf(key: string, page: CachedPage): number {
  let bytes = page.body.length + key.length * 2;
  for (const [name, value] of page.headers) bytes += name.length + String(value).length;
  for (const tag of page.tags ?? []) bytes += tag.length * 2;
  return bytes;
}

/**
 * Tags whose last change the cache remembers. The clock value of each is needed only while a
 * request that looked its page up earlier may still store; past this many distinct tags the record
 * starts again from a floor, below which every store is refused (one missed store, never a stale page).
 */
const MAX_TAGS_REMEMBERED = 10_000;

export function createFrontPageCache({ maxBytes, now = Date.now }: Options): FrontPageCache {
  const pages = new Map<string, { page: CachedPage; bytes: number }>();
  /** The clock value of each tag's last change. */
  const changedAt = new Map<string, number>();
  let clock = 0;
  /** Stores of requests that looked up before this are refused (the record of changedAt was reset). */
  let floor = 0;
  let bytes = 0;
  const remove = (key: string) => {
    const held = pages.get(key);
    if (!held) return;
    pages.delete(key);
    bytes -= held.bytes;
  };
  const changedSince = (since: number, tags: readonly string[] | null) =>
    since < floor || (tags === null ? clock > since : tags.some((tag) => (changedAt.get(tag) ?? -1) > since));
  return {
    get clock() {
      return clock;
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return pages.size;
    },
    lookup(key) {
      const held = pages.get(key);
      if (!held) return null;
      if (held.page.freshUntil <= now()) {
        remove(key);
        return null;
      }
      // Most recently used last: the Map's order is the eviction order.
      pages.delete(key);
      pages.set(key, held);
      return held.page;
    },
    store(key, since, page) {
      if (changedSince(since, page.tags) || page.freshUntil <= now()) return false;
      const size = sizeOf(key, page);
      if (size > maxBytes) return false;
      remove(key);
      while (bytes + size > maxBytes) remove(pages.keys().next().value!);
      pages.set(key, { page, bytes: size });
      bytes += size;
      return true;
    },
    expireTag(tag) {
      clock++;
      if (changedAt.size >= MAX_TAGS_REMEMBERED && !changedAt.has(tag)) {
        changedAt.clear();
        floor = clock;
      }
      changedAt.set(tag, clock);
      for (const [key, held] of pages) if (held.page.tags === null || held.page.tags.includes(tag)) remove(key);
    },
  };
}

/**
 * Request headers that change what Next answers for a page, or that make the answer partial:
 * the client router's (RSC payloads, prefetches, interception), Next's internal ones, revalidation
 * and action requests, ranges. Any of them, or any cookie, sends the request to Next uncached.
 */
const NEXT_VARIES_ON = /^(?:rsc$|next-|x-nextjs-|x-middleware-|x-prerender-|x-invoke-|x-matched-path$|x-now-|range$|if-range$|authorization$|cookie$)/;

/**
 * The front cache's key of a request it may answer or store, or null: GETs of a page path (no
 * file extension, not the API, not Next's files) with none of the headers above. The host and the
 * forwarded host/proto/port are part of the key: the hreflang Link header is built from them.
 */
export function frontCacheKey(req: Pick<http.IncomingMessage, "method" | "url" | "headers">, isPagePath: (url: string | undefined) => boolean): string | null {
  if (req.method !== "GET" || !isPagePath(req.url)) return null;
  const url = req.url ?? "/";
  // The client router's cache-busting parameter goes with its RSC header; never a document.
  if (url.includes("_rsc=")) return null;
  for (const name of Object.keys(req.headers)) if (NEXT_VARIES_ON.test(name)) return null;
  const h = req.headers;
  return [h.host, h["x-forwarded-host"], h["x-forwarded-proto"], h["x-forwarded-port"], url].map((v) => String(v ?? "")).join("\n");
}

/**
 * Headers the server sets per response (security headers, the page CSP with its nonce) or that
 * Node and compression compute per response; none of them is kept with a page.
 */
const PER_RESPONSE_HEADERS = new Set([
  "content-security-policy",
  "strict-transport-security",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
  "etag",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "date",
  "connection",
  "keep-alive",
]);

type Chunk = string | Uint8Array;
type Loose = (this: http.ServerResponse, ...args: unknown[]) => unknown;

/** What Next answered: status, headers when it started answering, and the body bytes (null over `maxBytes` or when it was not a 200 HIT). */
export type Captured = { status: number; headers: http.OutgoingHttpHeaders; body: Buffer | null };

/**
 * Records what Next writes to `res` (the placeholder still in: installed above the nonce swap) and
 * calls `done` when it ends. The body is kept only for a 200 answered from Next's cache, and at
 * most `maxBytes` of it; otherwise it is reported as null. The response itself is passed on untouched.
 */
export function captureResponse(res: http.ServerResponse, maxBytes: number, done: (captured: Captured) => void): void {
  const writeHead = res.writeHead as Loose;
  const write = res.write as Loose;
  const end = res.end as Loose;
  let head: { status: number; headers: http.OutgoingHttpHeaders } | null = null;
  let parts: Buffer[] | null = [];
  let length = 0;
  const snapshot = (status: number, extra?: unknown) => {
    if (head) return;
    const headers = { ...res.getHeaders() };
    if (extra && typeof extra === "object" && !Array.isArray(extra)) for (const [name, value] of Object.entries(extra)) headers[name.toLowerCase()] = value;
    head = { status, headers };
    // Only a cache hit of Next's can be kept: a page rendered for this request is not copied.
    if (status !== 200 || headers["x-nextjs-cache"] !== "HIT") parts = null;
  };
  const keep = (chunk: unknown, encoding: unknown) => {
    if (parts === null || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const bytes =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from((chunk as Uint8Array).buffer, (chunk as Uint8Array).byteOffset, (chunk as Uint8Array).byteLength);
    length += bytes.length;
    if (length > maxBytes) parts = null;
    else parts.push(bytes);
  };
  res.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
    snapshot(status, typeof rest[0] === "string" ? rest[1] : rest[0]);
    return writeHead.call(this, status, ...rest);
  } as unknown as typeof res.writeHead;
  res.write = function (this: http.ServerResponse, chunk: Chunk, ...rest: unknown[]) {
    snapshot(this.statusCode);
    keep(chunk, rest[0]);
    return write.call(this, chunk, ...rest);
  } as unknown as typeof res.write;
  res.end = function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    snapshot(this.statusCode);
    keep(chunk, rest[0]);
    const result = end.call(this, chunk, ...rest);
    const { status, headers } = head!;
    done({ status, headers, body: parts && Buffer.concat(parts) });
    return result;
  } as unknown as typeof res.end;
}

/**
 * The page to keep from a captured answer, or null: only a 200 Next answered from its own cache
 * as fresh (x-nextjs-cache: HIT), setting no cookie, with a body.
 */
export function pageToKeep(captured: Captured, lookups: { freshUntil: number; tags: ReadonlySet<string> | null }): CachedPage | null {
  const { status, headers, body } = captured;
  if (status !== 200 || headers["x-nextjs-cache"] !== "HIT" || headers["set-cookie"] !== undefined || body === null) return null;
  const kept = Object.entries(headers).filter(
    (entry): entry is [string, number | string | string[]] => entry[1] !== undefined && !PER_RESPONSE_HEADERS.has(entry[0]),
  );
  return { headers: kept, body, freshUntil: lookups.freshUntil, tags: lookups.tags && [...lookups.tags] };
}

/** Answers with a kept page: its headers, then its body through the response's own wrappers (nonce swap, compression). */
export function sendCachedPage(res: http.ServerResponse, page: CachedPage): void {
  for (const [name, value] of page.headers) res.setHeader(name, value);
  // Says which cache answered (Next's x-nextjs-cache stays as Next sent it).
  res.setHeader("x-atlas-front-cache", "HIT");
  // The nonce has the placeholder's length; compression drops it when it compresses.
  res.setHeader("Content-Length", page.body.length);
  res.statusCode = 200;
  res.end(page.body);
}
