/**
 * What the HTTP server of `npm start` (scripts/serve.ts) does around Next for security
 * (docs/decisions/0015-security-headers.md):
 *
 * 1. Headers: the static security headers on everything, HSTS when the browser came over https,
 *    and on pages a strict Content-Security-Policy with a fresh nonce per response.
 * 2. The nonce without giving up cached pages: every page request reaches Next with a request
 *    CSP header naming a secret placeholder nonce of this process, so Next itself puts
 *    nonce="<placeholder>" on exactly the script tags it emits, also into the HTML it caches (ISR).
 *    On the way out the placeholder becomes the response's own nonce. A script injected into the
 *    HTML does not carry the placeholder (it never leaves the server), so the browser refuses it.
 * 3. Malformed server-action requests get a 4xx with the action error shape: a declared body over
 *    the limit 413 before Next reads it; a 500 from Next before any action of ours started
 *    (lib/http/action-context.ts: Next failed to decode the client's body) 400; Next's own
 *    plain-text 4xx refusals (unknown action id) keep their status and get the shape.
 */
import fs from "node:fs";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { ACTION_BODY_LIMIT_BYTES } from "./action-body-limit";
import type { ActionRun } from "./action-context";
import { BASE_CSP, HSTS, STATIC_SECURITY_HEADERS, isHttpsRequest, newNonce, pageCsp } from "./security-headers";
import { createTokenReplacer } from "./token-replacer";

type Trust = (address: string, hop: number) => boolean;

export type ServeSecurity = {
  /** The placeholder nonce of this process (never sent to a client). */
  placeholder: string;
  /** BETTER_AUTH_URL: an https origin means the site is served over https. */
  publicUrl: string | undefined;
  /** TRUSTED_PROXIES, compiled: whose X-Forwarded-Proto is believed. */
  trust: Trust;
};

/** Pages are everything Next renders with React: not the API, not Next's files. */
/** The path of a request URL, without its query. */
export function pathOf(url: string | undefined): string {
  return (url ?? "/").split("?")[0]!;
}

/** Whether a path names a file (favicon.ico, a chunk): no page or API path has a dot in its last segment. */
export function isFilePath(path: string): boolean {
  return path.slice(path.lastIndexOf("/") + 1).includes(".");
}

export function isPageRequest(url: string | undefined): boolean {
  const path = pathOf(url);
  return !(path.startsWith("/_next/") || path === "/api" || path.startsWith("/api/"));
}

/** Next's own test (server-action-request-meta.js): which requests its action handler decodes. */
function actionRequestKind(req: http.IncomingMessage): "fetch" | "form" | null {
  if (req.method !== "POST") return null;
  if (typeof req.headers["next-action"] === "string") return "fetch";
  const type = req.headers["content-type"];
  return type?.startsWith("multipart/form-data") ? "form" : null;
}

export type Prepared = {
  /** This page response's nonce (null for API answers and Next's files). */
  nonce: string | null;
  /** For a server-action request: the record the action marks when it starts (run Next inside actionRuns.run). */
  actionRun: ActionRun | null;
};

/** Sets the response's security headers and prepares the request and response of a page. */
export function prepareRequest(req: http.IncomingMessage, res: http.ServerResponse, options: ServeSecurity): Prepared {
  const https = isHttpsRequest({
    publicUrl: options.publicUrl,
    peer: req.socket.remoteAddress,
    forwardedProto: req.headers["x-forwarded-proto"],
    trust: options.trust,
  });
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) res.setHeader(name, value);
  if (https) res.setHeader("Strict-Transport-Security", HSTS);
  // A client's own CSP request header would choose the nonce Next renders with.
  removeRequestHeader(req, "content-security-policy");
  removeRequestHeader(req, "content-security-policy-report-only");
  if (!isPageRequest(req.url)) {
    res.setHeader("Content-Security-Policy", BASE_CSP);
    // Next's own refusals on API paths (405 for a method a route does not export, the 404 page for
    // an unknown path) become the API's JSON error shape; a route's own answers are left alone.
    if (isApiRequest(req.url))
      interceptResponse(res, { rewrite: null, csp: null, failure: (status, type) => (status >= 400 && !type.includes("json") ? apiErrorBody(status) : null) });
    return { nonce: null, actionRun: null };
  }
  req.headers["content-security-policy"] = `script-src 'nonce-${options.placeholder}'`;
  // The body differs per response (the nonce), so a 304 would revive a copy whose nonce no longer
  // matches the header it is revalidated with: pages carry no ETag and are never answered 304.
  removeRequestHeader(req, "if-none-match");
  const nonce = newNonce();
  const actionRun: ActionRun | null = actionRequestKind(req) ? { invoked: false } : null;
  const locale = localeOf(req.url);
  interceptResponse(res, {
    rewrite: { placeholder: options.placeholder, nonce },
    csp: pageCsp(nonce, { https }),
    failure: actionRun ? (status, type) => actionFailure(status, type, actionRun, locale) : null,
  });
  return { nonce, actionRun };
}

function isApiRequest(url: string | undefined): boolean {
  const path = pathOf(url);
  return path === "/api" || path.startsWith("/api/");
}

/**
 * An action request's answer in the action error shape instead of Next's, or null to keep Next's:
 * RSC answers (including an action's own result) and server errors after an action started.
 */
function actionFailure(status: number, contentType: string, run: ActionRun, locale: string): Failure | null {
  if (status >= 400 && status < 500) return contentType.includes("text/x-component") ? null : { status, body: actionFailureBody(status, locale) };
  if (status >= 500 && !run.invoked) return { status: 400, body: actionFailureBody(400, locale) };
  return null;
}

const API_ERRORS: Record<number, [string, string]> = {
  404: ["not_found", "No such API route."],
  405: ["method_not_allowed", "Method not allowed."],
  413: ["too_large", "Request body too large."],
};

/** lib/api.ts's JSON error shape ({ error: { code, message } }) for Next's own refusals. */
function apiErrorBody(status: number): Failure {
  const [code, message] = API_ERRORS[status] ?? (status >= 500 ? ["internal", "Internal server error"] : ["bad_request", "Bad request."]);
  return { status, body: JSON.stringify({ error: { code, message } }) };
}

function removeRequestHeader(req: http.IncomingMessage, name: string): void {
  delete req.headers[name];
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i]?.toLowerCase() === name) req.rawHeaders.splice(i, 2);
  }
}

type Failure = { status: number; body: string };

type Intercept = {
  /** Pages: the placeholder to replace by the nonce in the body. */
  rewrite: { placeholder: string; nonce: string } | null;
  /** Pages: the CSP replacing Next's base one. */
  csp: string | null;
  /** Decided when the head is written: an answer to send instead of Next's, or null. */
  failure: ((status: number, contentType: string) => Failure | null) | null;
};

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;

function toBuffer(chunk: Chunk, encoding?: BufferEncoding): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Wraps res.writeHead/write/end: a page's CSP replaces Next's base one and its ETag goes, the
 * body's placeholder becomes the nonce (same length, so Content-Length stays right), and a refusal
 * of Next's is replaced by our error shape (`failure`).
 */
function interceptResponse(res: http.ServerResponse, options: Intercept): void {
  const replacer = options.rewrite ? createTokenReplacer(Buffer.from(options.rewrite.placeholder), Buffer.from(options.rewrite.nonce)) : null;
  // Called with loose argument lists: they may already be compression's wrappers.
  type Loose = (this: http.ServerResponse, ...args: unknown[]) => unknown;
  const writeHead = res.writeHead as Loose;
  const write = res.write as Loose;
  const end = res.end as Loose;
  let replacement: string | null = null;

  const finalize = () => {
    if (res.headersSent) return;
    if (options.csp) {
      res.setHeader("Content-Security-Policy", options.csp);
      res.removeHeader("ETag");
    }
    const failure = options.failure?.(res.statusCode, String(res.getHeader("Content-Type") ?? "")) ?? null;
    if (failure) {
      replacement = failure.body;
      res.statusCode = failure.status;
      for (const name of res.getHeaderNames()) if (name.startsWith("x-nextjs-") && name !== "x-nextjs-action-not-found") res.removeHeader(name);
      res.removeHeader("ETag");
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.setHeader("Content-Length", Buffer.byteLength(replacement));
      res.setHeader("Cache-Control", "no-store");
    }
  };

  res.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
    this.statusCode = status;
    const message = typeof rest[0] === "string" ? rest[0] : undefined;
    const headers = typeof rest[0] === "string" ? rest[1] : rest[0];
    if (headers && !Array.isArray(headers))
      for (const [name, value] of Object.entries(headers as http.OutgoingHttpHeaders)) if (value !== undefined) this.setHeader(name, value);
    finalize();
    // finalize may have changed the status (an action request's malformed body).
    return message === undefined || replacement !== null ? writeHead.call(this, this.statusCode) : writeHead.call(this, this.statusCode, message);
  } as unknown as typeof res.writeHead;

  res.write = function (this: http.ServerResponse, chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback) {
    finalize();
    const cb = typeof encoding === "function" ? encoding : callback;
    if (replacement !== null) {
      cb?.();
      return true;
    }
    if (!replacer) return write.call(this, chunk, encoding, callback);
    const out = replacer.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    return cb ? write.call(this, out, cb) : write.call(this, out);
  } as unknown as typeof res.write;

  res.end = function (this: http.ServerResponse, chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, callback?: Callback) {
    finalize();
    const cb = [chunk, encoding, callback].find((x): x is Callback => typeof x === "function");
    if (replacement !== null) return end.call(this, replacement, cb);
    if (!replacer) return end.call(this, chunk, encoding, callback);
    const last =
      chunk !== undefined && chunk !== null && typeof chunk !== "function"
        ? replacer.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined))
        : null;
    const held = replacer.flush();
    // Almost always nothing is held back: the page's bytes go on without another copy of them.
    const body = last === null ? held : held.length === 0 ? last : Buffer.concat([last, held]);
    return cb ? end.call(this, body, cb) : end.call(this, body);
  } as unknown as typeof res.end;
}

// ---------------------------------------------------------------------------------------------
// Server-action bodies
// ---------------------------------------------------------------------------------------------

/** The admin.failure messages of each locale, read once (this module runs outside Next's bundler). */
const FAILURE_MESSAGES = new Map<string, Record<string, string>>();

function failureMessage(code: "bad-request" | "too-large", locale: string): string {
  let messages = FAILURE_MESSAGES.get(locale);
  if (!messages) {
    const file = fileURLToPath(new URL(`../i18n/messages/${locale}/admin.json`, import.meta.url));
    messages = (JSON.parse(fs.readFileSync(file, "utf8")) as { admin: { failure: Record<string, string> } }).admin.failure;
    FAILURE_MESSAGES.set(locale, messages);
  }
  return messages[code] ?? code;
}

export function localeOf(url: string | undefined): string {
  const first = (url ?? "/").split(/[/?]/)[1];
  return first === "en" || first === "kk" || first === "ru" ? first : "pl";
}

/** The action error shape (lib/actions/safe-action.ts ActionFailure) as JSON. */
function actionFailureBody(status: number, locale: string): string {
  const code = status === 413 ? "too-large" : "bad-request";
  return JSON.stringify({ status: "error", code, message: failureMessage(code, locale), fieldErrors: {}, input: {} });
}

/** An action request whose declared body is over Next's limit: refused before anything reads it. */
export function isDeclaredTooLarge(req: http.IncomingMessage): boolean {
  return Number(req.headers["content-length"] ?? 0) > ACTION_BODY_LIMIT_BYTES;
}

/**
 * A path with broken percent-encoding ("/%E0%A4%A"): Next answers it 500. Answered 400 here instead:
 * the API's JSON error, the action error shape for an action request, else plain text.
 * Returns whether it answered.
 */
export function refuseMalformedPath(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const path = pathOf(req.url);
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    const body = isApiRequest(req.url)
      ? JSON.stringify({ error: { code: "bad_request", message: "Malformed URL (broken percent-encoding)." } })
      : "Bad request: malformed URL.";
    res.statusCode = 400;
    res.setHeader("Content-Type", isApiRequest(req.url) ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.end(body);
    return true;
  }
}

/** Answers a refused action request with the action error shape. */
export function refuseAction(req: http.IncomingMessage, res: http.ServerResponse, status: number): void {
  const body = actionFailureBody(status, localeOf(req.url));
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.setHeader("Cache-Control", "no-store");
  // The body is not kept: node:http reads and drops the rest once the answer is sent (bounded by
  // the server's requestTimeout), so the client finishes sending and then reads the 413.
  res.end(body);
}
