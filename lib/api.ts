import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { etagOf, matchesIfNoneMatch } from "@/lib/http/etag";
import { createRateLimiter, type RateLimitDecision } from "@/lib/http/rate-limit";

/** JSON error body shared by every API route: { error: { code, message, issues? } }. */
export function jsonError(status: number, code: string, message: string, issues?: z.core.$ZodIssue[]) {
  return NextResponse.json({ error: { code, message, ...(issues ? { issues } : {}) } }, { status });
}

/** Runs a route handler; an unexpected error is logged and answered with a generic 500, never a stack. */
export async function handleApi(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    console.error("API error", error);
    return jsonError(500, "internal", "Internal server error");
  }
}

export function searchParamsObject(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}

// ---------------------------------------------------------------------------------------------
// The public read API: CORS, rate limit, ETag and caching, applied by one wrapper.
// ---------------------------------------------------------------------------------------------

/** Anyone may read the open data from any origin; no credentials are involved. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Content-Disposition",
  "Access-Control-Max-Age": "86400",
};

/** Fresh for a minute, then revalidated with the ETag (a 304 costs no body); edits show within a minute. */
export const DEFAULT_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

const globalForApi = globalThis as unknown as { atlasApiLimiter?: ReturnType<typeof createRateLimiter> };
// One limiter per process. Kept on globalThis in development only, where hot reload would otherwise
// reset it; elsewhere it belongs to this module, so each test file starts with its own buckets.
const limiter = globalForApi.atlasApiLimiter ?? createRateLimiter({ capacity: env.API_RATE_LIMIT, windowSeconds: 60 });
if (env.NODE_ENV === "development") globalForApi.atlasApiLimiter = limiter;

const UNLIMITED: RateLimitDecision = { isAllowed: true, limit: 0, remaining: 0, retryAfterSeconds: 0, resetSeconds: 0 };

/** The answer to a CORS preflight: `export const OPTIONS = corsPreflight;` beside a public GET. */
export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

type PublicGetOptions = {
  /** Cache-Control of successful answers (unless the handler sets its own); errors are never cached. */
  cacheControl?: string;
  /**
   * false for endpoints our own pages call as the user types (suggestions): a class behind one
   * school NAT would share one bucket and see the search box fail. Default true.
   */
  isRateLimited?: boolean;
};

/**
 * Wraps a public GET handler: rate limit per client (429 + Retry-After past it), the handler
 * inside handleApi, CORS headers on every answer, and for a 200 an ETag (the hash of the body,
 * or the handler's own for a streamed body) with 304 when If-None-Match matches.
 */
export function publicGet(handler: (request: Request) => Promise<Response>, options?: PublicGetOptions): (request: Request) => Promise<Response>;
export function publicGet<C>(
  handler: (request: Request, context: C) => Promise<Response>,
  options?: PublicGetOptions,
): (request: Request, context: C) => Promise<Response>;
export function publicGet<C>(handler: (request: Request, context: C) => Promise<Response>, options: PublicGetOptions = {}) {
  return async (request: Request, context: C): Promise<Response> => {
    const decision = options.isRateLimited === false ? UNLIMITED : limiter.take(clientAddress(request.headers));
    if (!decision.isAllowed) return withHeaders(tooManyRequests(decision), decision);
    const response = await handleApi(() => handler(request, context));
    if (response.status !== 200) {
      response.headers.set("Cache-Control", "no-store");
      return withHeaders(response, decision);
    }
    return withHeaders(await withEtag(request, response, options.cacheControl ?? DEFAULT_CACHE_CONTROL), decision);
  };
}

async function withEtag(request: Request, response: Response, cacheControl: string): Promise<Response> {
  const given = response.headers.get("ETag");
  // A streamed body brings its own ETag (from the data version): hashing it would mean buffering it.
  const body = given ? null : new Uint8Array(await response.arrayBuffer());
  const etag = given ?? etagOf(body!);
  const headers = new Headers(response.headers);
  headers.set("ETag", etag);
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", cacheControl);
  if (matchesIfNoneMatch(request.headers.get("If-None-Match"), etag)) {
    // An unread (streamed) body is cancelled, so nothing more is read from the database.
    if (body === null) await response.body?.cancel();
    for (const name of ["Content-Type", "Content-Length", "Content-Disposition"]) headers.delete(name);
    return new Response(null, { status: 304, headers });
  }
  return new Response(body ?? response.body, { status: 200, headers });
}

function tooManyRequests(decision: RateLimitDecision): Response {
  const response = jsonError(429, "rate_limited", `Too many requests: at most ${decision.limit} per minute. Retry after ${decision.retryAfterSeconds} s.`);
  response.headers.set("Retry-After", String(decision.retryAfterSeconds));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

function withHeaders(response: Response, decision: RateLimitDecision): Response {
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  if (decision.limit > 0) {
    response.headers.set("RateLimit-Limit", String(decision.limit));
    response.headers.set("RateLimit-Remaining", String(decision.remaining));
    response.headers.set("RateLimit-Reset", String(decision.resetSeconds));
  }
  return response;
}
