/**
 * What npm start's server (scripts/serve.ts) answers for a page while the database is away
 * (docs/decisions/0017-errors-and-availability.md): 503 with Retry-After and a page rendered here,
 * in the reader's language (the locale of the path), readable without JavaScript. Next would render
 * its error boundary instead: a 500 whose body holds only a <title> until its script runs.
 * The API answers for itself (lib/api.ts handleApi); /livez and /readyz are the load balancer's.
 */
import fs from "node:fs";
import type http from "node:http";
import { fileURLToPath } from "node:url";
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from "../errors";
import { isDatabaseReady } from "../health";
import { isFilePath, isPageRequest, localeOf, pathOf } from "./serve-security";

type Message = { title: string; text: string };
/** Why a page is not served: the database is away, or the render queue is full (lib/http/render-queue.ts). */
type Reason = "unavailable" | "busy";

/** error.unavailable and error.busy of each locale, read once (this module runs outside Next's bundler). */
const MESSAGES = new Map<string, Record<Reason, Message>>();

function messagesOf(locale: string, reason: Reason): Message {
  let messages = MESSAGES.get(locale);
  if (!messages) {
    const file = fileURLToPath(new URL(`../i18n/messages/${locale}/error.json`, import.meta.url));
    messages = (JSON.parse(fs.readFileSync(file, "utf8")) as { error: Record<Reason, Message> }).error;
    MESSAGES.set(locale, messages);
  }
  return messages[reason];
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The whole page: no script, no style (the page CSP allows neither inline). */
function unavailablePage(locale: string, reason: Reason): string {
  const { title, text } = messagesOf(locale, reason);
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main></body></html>`;
}

/**
 * Pages rendered from the database: not the API (it answers 503 itself), Next's files, files with
 * an extension, the health endpoints. Also the paths the front page cache may keep (lib/http/front-page-cache.ts).
 */
export function isGated(url: string | undefined): boolean {
  const path = pathOf(url);
  if (path === "/livez" || path === "/readyz") return false;
  return isPageRequest(url) && !isFilePath(path);
}

/** Answers a page request 503 while the database does not answer; returns whether it answered. */
export async function answerWhileUnavailable(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
  if (!isGated(req.url) || (await isDatabaseReady())) return false;
  res.statusCode = 503;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Retry-After", String(UNAVAILABLE_RETRY_AFTER_SECONDS));
  res.setHeader("Cache-Control", "no-store");
  res.end(req.method === "HEAD" ? undefined : unavailablePage(localeOf(req.url), "unavailable"));
  return true;
}

/**
 * Answers 503 with Retry-After when the render queue is full: a page in the reader's language, the
 * API's JSON error shape for an API path, an empty body for anything else.
 */
export function answerBusy(req: http.IncomingMessage, res: http.ServerResponse, retryAfterSeconds: number): void {
  res.statusCode = 503;
  res.setHeader("Retry-After", String(retryAfterSeconds));
  res.setHeader("Cache-Control", "no-store");
  const path = pathOf(req.url);
  let body: string | undefined;
  if (path.startsWith("/api/")) {
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    body = JSON.stringify({ error: { code: "unavailable", message: `The server is busy; try again in ${retryAfterSeconds} s.` } });
  } else if (isGated(req.url)) {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    body = unavailablePage(localeOf(req.url), "busy");
  }
  res.end(req.method === "HEAD" ? undefined : body);
}
