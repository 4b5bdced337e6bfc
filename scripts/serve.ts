/**
 * The HTTP server of `npm start` (started by scripts/start.ts after migrating and building): Next
 * in-process (a custom server, next({ dev: false })) behind node:http, so that every request
 * reaches the app stamped with its socket's peer address (lib/http/client-address.ts). `next
 * start` cannot do that: it passes a client's own X-Forwarded-For through untouched and the socket
 * address never reaches a route handler or a server action.
 * It also sets the security headers, gives every page a strict CSP with a nonce per response
 * (cached pages included), checks server-action bodies before Next decodes them, and compresses
 * (Next's own compression is off: it would compress before the nonce is put in); see
 * lib/http/serve-security.ts and docs/decisions/0015-security-headers.md. While the database does
 * not answer, pages get a 503 rendered here (lib/http/serve-availability.ts, ADR 0017). A page Next
 * answered from its cache is answered again from the front page cache until Next's tags change or
 * its freshness ends (lib/http/front-page-cache.ts, ADR 0025).
 *   PORT (default 3000), LISTEN_HOST (default all interfaces, as `next start`), KEEP_ALIVE_TIMEOUT_MS (see next-start-args.ts),
 *   FRONT_PAGE_CACHE_MB (default 32; 0 turns the front page cache off)
 * Next works on at most RENDER_CONCURRENCY requests at once (default 4, 0 = no limit); the others
 * wait their turn, up to RENDER_QUEUE_MAX (default 2,000), in lib/http/render-queue.ts (ADR 0029).
 */
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import compression from "compression";
import next from "next";
import { compileTrustedProxies, stampRequest } from "../lib/http/client-address";
import { actionRuns } from "../lib/http/action-context";
import { answerBusy, answerWhileUnavailable, isGated } from "../lib/http/serve-availability";
import { createRenderQueue, queuedHandler, QUEUE_FULL_RETRY_AFTER_SECONDS, renderQueueOptions } from "../lib/http/render-queue";
import { captureResponse, createFrontPageCache, frontCacheKey, pageToKeep, sendCachedPage } from "../lib/http/front-page-cache";
import { isDeclaredTooLarge, prepareRequest, refuseAction, refuseMalformedPath } from "../lib/http/serve-security";
import { newNonce } from "../lib/http/security-headers";
import { keepAliveTimeoutMs } from "./next-start-args";
import { expirePages, installPageExpiry } from "../lib/http/page-expiry";
import { expireTags, installRenderStamps, onTagsChanged, withPageLookups } from "../lib/http/render-stamped-cache.mjs";
import { instanceId } from "../lib/store/changes";
import { openStore } from "../lib/store";
import { databaseUrl, ROOT } from "./db";
import { startLoopDelayLog } from "./loop-delay-log";
import { startMemoryLog } from "./memory-log";
import { boundServerMemory } from "./server-memory";
import { createDirectApi } from "../lib/http/api-direct";

/** Serves until SIGINT/SIGTERM. NODE_ENV must be production before this module loads Next's server. */
export async function serve(): Promise<void> {
  // First, before Next loads its chunks: V8's heap kept near what it holds, no source maps kept (scripts/server-memory.ts, ADR 0021).
  boundServerMemory();
  const port = Number(process.env.PORT ?? 3000);
  // Not HOSTNAME: shells and containers export it with the machine's name.
  const listenHost = process.env.LISTEN_HOST || undefined;
  // Next's own idea of its host stays "localhost", as with `next start` (the locale proxy builds URLs from it).
  // Before Next builds its first cache: a render that overlapped a publish is not kept as fresh.
  installRenderStamps();
  // The app expires pages outside requests too (the cached /match results when a new skill index is ready).
  installPageExpiry(expireTags);
  const app = next({ dev: false, dir: ROOT, port, hostname: "localhost" });
  const nextHandle = inRenderQueue(app.getRequestHandler());
  // Search and suggestions: their route handlers called before Next's router (ADR 0026), and before the render queue.
  const answerDirectly = createDirectApi(path.join(ROOT, ".next"));
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => ((await answerDirectly(req, res)) ? undefined : nextHandle(req, res));
  await app.prepare();
  const stopFollowing = await followOtherInstances();
  const security = {
    // Secret to this process: Next renders it into the pages (and the in-memory page cache, which
    // dies with the process); every response replaces it by its own nonce.
    placeholder: newNonce(),
    publicUrl: process.env.BETTER_AUTH_URL,
    trust: compileTrustedProxies(process.env.TRUSTED_PROXIES),
  };
  const compress = compression();
  const handlePage = frontPageCache(handle);
  const serve = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    stampRequest(req);
    const { actionRun } = prepareRequest(req, res, security);
    if (refuseMalformedPath(req, res)) return;
    if (!actionRun) return (await answerWhileUnavailable(req, res)) ? undefined : handlePage(req, res);
    if (isDeclaredTooLarge(req)) return refuseAction(req, res, 413);
    // The action marks actionRun when it starts (lib/http/action-context.ts).
    await actionRuns.run(actionRun, () => handle(req, res));
  };
  const server = http.createServer((req, res) => {
    compress(req as never, res as never, () => {
      serve(req, res).catch((error: unknown) => {
        console.error(`Failed to handle ${req.url}`, error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  });
  server.keepAliveTimeout = keepAliveTimeoutMs();
  // Off unless the soak asks for it (scripts/loop-delay-log.ts).
  const stopLoopDelayLog = startLoopDelayLog(process.env.ATLAS_LOOP_DELAY_LOG);
  // Off unless the memory bench asks for it (scripts/memory-log.ts).
  const stopMemoryLog = startMemoryLog(process.env.ATLAS_MEMORY_LOG);
  server.listen(port, listenHost, () => console.log(`Ready on http://${listenHost ?? "localhost"}:${port}`));
  // Finish the requests in flight (idle kept-alive connections close at once), but never hang on one.
  const stop = () => {
    stopLoopDelayLog();
    stopMemoryLog();
    void stopFollowing();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

/** Next's handler behind the render queue (lib/http/render-queue.ts, ADR 0029): at most RENDER_CONCURRENCY requests in Next at once. */
function inRenderQueue(handle: Handler): Handler {
  const options = renderQueueOptions();
  if (!options) return handle;
  return queuedHandler(createRenderQueue(options), handle, (req, res) => answerBusy(req, res, QUEUE_FULL_RETRY_AFTER_SECONDS));
}

/**
 * Next's handler behind the front page cache (lib/http/front-page-cache.ts, ADR 0025): a page Next
 * answered from its own cache as fresh is answered from here until one of its tags changes (an
 * expiry in this process or announced by another instance) or its freshness ends. Called after
 * prepareRequest, so a kept page gets this response's nonce, CSP and compression as Next's would.
 */
function frontPageCache(handle: Handler): Handler {
  const maxBytes = Number(process.env.FRONT_PAGE_CACHE_MB || 32) * 1024 * 1024;
  if (!(maxBytes > 0)) return handle;
  const pages = createFrontPageCache({ maxBytes });
  onTagsChanged((tag) => pages.expireTag(tag));
  // One page may take at most a quarter of the cache.
  const maxPageBytes = Math.floor(maxBytes / 4);
  return async (req, res) => {
    const key = frontCacheKey(req, isGated);
    if (key === null) return handle(req, res);
    const page = pages.lookup(key);
    if (page) return sendCachedPage(res, page);
    // The clock is read again just before Next's first lookup (the request may wait in the render queue first).
    await withPageLookups(
      async (lookups) => {
        captureResponse(res, maxPageBytes, (captured) => {
          const kept = lookups.lookups > 0 ? pageToKeep(captured, lookups) : null;
          if (kept) pages.store(key, lookups.since, kept);
        });
        await handle(req, res);
      },
      () => pages.clock,
    );
  };
}

/**
 * Other instances on the same PostgreSQL database announce the pages a publish or an import made
 * stale (lib/store/changes.ts); they are expired here as their own revalidatePath would, so a
 * publish shows on every instance at once instead of within the pages' 60 s (issue 14, item 6).
 * On SQLite the feed is silent. If listening fails, the server still serves (pages catch up in 60 s).
 */
async function followOtherInstances(): Promise<() => Promise<void>> {
  const { store } = openStore(databaseUrl(), { poolMax: 1 });
  try {
    const stopListening = await store.changes.listen((change) => {
      if (change.origin !== instanceId()) expirePages(change.revalidations);
    });
    return async () => {
      await stopListening();
      await store.close();
    };
  } catch (error) {
    console.warn("Not following the other instances' changes (pages catch up within 60 s):", error);
    await store.close();
    return async () => {};
  }
}

// Run as a script (the bench starts it so); npm start calls serve() in its own process instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
