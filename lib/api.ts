import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { env } from "@/lib/env";
import { AppError, describeCause, toAppError, type AppErrorCode } from "@/lib/errors";
import { markDatabaseUnavailable } from "@/lib/health";
import { clientAddress } from "@/lib/http/client-address";
import { etagOf, matchesIfNoneMatch } from "@/lib/http/etag";
import { createRateLimiter, type RateLimitDecision } from "@/lib/http/rate-limit";

/**
 * Each AppError code as an HTTP answer: the one mapping for every API route. `apiCode` is the
 * code in the JSON body ({ error: { code, message, issues? } }), kept as the API has always named it.
 */
const HTTP_OF: Record<AppErrorCode, { status: number; apiCode: string }> = {
  "bad-request": { status: 400, apiCode: "bad_request" },
  invalid: { status: 400, apiCode: "invalid_query" },
  unauthenticated: { status: 401, apiCode: "unauthenticated" },
  forbidden: { status: 403, apiCode: "forbidden" },
  "cross-site": { status: 403, apiCode: "cross_site" },
  "not-found": { status: 404, apiCode: "not_found" },
  conflict: { status: 409, apiCode: "conflict" },
  "too-large": { status: 413, apiCode: "too_large" },
  "rate-limited": { status: 429, apiCode: "rate_limited" },
  unavailable: { status: 503, apiCode: "unavailable" },
  internal: { status: 500, apiCode: "internal" },
  // A document the importer cannot take.
  empty: { status: 422, apiCode: "import_empty" },
  binary: { status: 422, apiCode: "import_binary" },
  encoding: { status: 422, apiCode: "import_encoding" },
  "unknown-kind": { status: 422, apiCode: "import_unknown_kind" },
  "no-items": { status: 422, apiCode: "import_no_items" },
  "unsupported-format": { status: 415, apiCode: "import_unsupported_format" },
  corrupt: { status: 422, apiCode: "import_corrupt" },
  "over-limit": { status: 422, apiCode: "import_over_limit" },
  // The stored version holds more; replacing it must be asked for.
  poorer: { status: 409, apiCode: "import_poorer" },
};

export function httpStatusOf(code: AppErrorCode): number {
  return HTTP_OF[code].status;
}

/** An AppError as the API's answer: status, JSON error shape, Retry-After when a retry may succeed; never cached. */
export function appErrorResponse(error: AppError, issues?: z.core.$ZodIssue[]): Response {
  const { status, apiCode } = HTTP_OF[error.code];
  const response = NextResponse.json({ error: { code: apiCode, message: error.message, ...(issues ? { issues } : {}) } }, { status });
  if (error.retryAfterSeconds !== null) response.headers.set("Retry-After", String(error.retryAfterSeconds));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/** The API's answer for a refused request: `return apiError("not-found", "No occupation with code 1")`. */
export function apiError(code: AppErrorCode, message: string, issues?: z.core.$ZodIssue[]): Response {
  return appErrorResponse(new AppError(code, message), issues);
}

/**
 * Runs a route handler; an error becomes its AppError's answer: a database that does not answer
 * 503 with Retry-After, anything unexpected a generic 500 (logged, never a stack to the client).
 */
export async function handleApi(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "unavailable") {
      markDatabaseUnavailable();
      console.warn("API: database unavailable", describeCause(appError));
    } else if (appError.code === "internal") console.error("API error", error);
    return appErrorResponse(appError);
  }
}

export function searchParamsObject(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}

// ---------------------------------------------------------------------------------------------
// The public read API: CORS, rate limit, ETag and caching, applied by one wrapper.
// ---------------------------------------------------------------------------------------------

/** Anyone may read the open data from any origin; no credentials are involved. */
const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Content-Disposition",
  "Access-Control-Max-Age": "86400",
};

/** Fresh for a minute, then revalidated with the ETag (a 304 costs no body); edits show within a minute. */
const DEFAULT_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

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
  const message = `Too many requests: at most ${decision.limit} per minute. Retry after ${decision.retryAfterSeconds} s.`;
  return appErrorResponse(new AppError("rate-limited", message, { retryAfterSeconds: decision.retryAfterSeconds }));
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
