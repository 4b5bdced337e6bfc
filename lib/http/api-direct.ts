/**
 * The public read API's busiest routes answered by npm start's server (scripts/serve.ts) before
 * Next's request handler, calling the same route handler Next would (docs/decisions/0026-api-before-next.md).
 *
 * Why: at ×10 under 32 connections a search request cost ~2.5 ms of CPU, and a third of it was
 * Next's way to a route handler and back (route matching, its request and async-storage set-up,
 * the handler's Response piped to the socket through web streams), none of which these routes use.
 * Here a GET becomes a Request, the route's exported GET answers it (the rate limit, ETag, CORS and
 * errors of lib/api.ts included), and its Response is written to the socket in one piece.
 *
 * One implementation: the handler is read from Next's own build of the route (the module Next
 * loads, from the same require cache, so its in-memory indexes and database connections are the
 * ones Next's requests use), not from a second copy of lib/. Anything else (HEAD, OPTIONS, other
 * paths, a build without the route) is left to Next.
 */
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Routes answered here: read-only GETs that need nothing of Next's request context (no cookies(),
 * headers(), after() or page cache). The search box's two: search and suggestions.
 */
const DIRECT_ROUTES = ["/api/v1/search", "/api/v1/suggest"] as const;

type RouteHandler = (request: Request) => Promise<Response>;
/**
 * What the build of an app route exports (Next's app-route template): its route module, whose
 * `userland` is the route file's own exports once `ensureUserland()` has awaited its top-level
 * await (the database module opens its connection so).
 */
type BuiltRoute = { routeModule?: { ensureUserland?: () => Promise<void>; userland?: { GET?: RouteHandler } } };

/**
 * The answerer for a Next build in `distDir` (ROOT/.next). Resolves to false when the request is
 * not one of DIRECT_ROUTES, so the caller hands it to Next.
 */
export function createDirectApi(distDir: string): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean> {
  const requireBuilt = createRequire(path.join(distDir, "server", "app", "index.js"));
  const handlers = new Map<string, Promise<RouteHandler | null>>();
  const load = async (route: string): Promise<RouteHandler | null> => {
    try {
      const { routeModule } = requireBuilt(`.${route}/route.js`) as BuiltRoute;
      await routeModule?.ensureUserland?.();
      return routeModule?.userland?.GET ?? null;
    } catch (error) {
      console.warn(`${route} is left to Next: its build could not be loaded`, error);
      return null;
    }
  };
  const handlerOf = (route: string): Promise<RouteHandler | null> => {
    let handler = handlers.get(route);
    if (!handler) handlers.set(route, (handler = load(route)));
    return handler;
  };

  return async (req, res) => {
    if (req.method !== "GET") return false;
    const url = req.url ?? "/";
    const queryAt = url.indexOf("?");
    const pathname = queryAt < 0 ? url : url.slice(0, queryAt);
    if (!(DIRECT_ROUTES as readonly string[]).includes(pathname)) return false;
    const handler = await handlerOf(pathname);
    if (!handler) return false;
    await send(res, await handler(toRequest(req, url)));
    return true;
  };
}

/** The node request as a fetch Request, as Next gives it to a handler: from req.headers, where serve.ts stamped the client's address (lib/http/client-address.ts). */
function toRequest(req: http.IncomingMessage, url: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (value) for (const v of value) headers.append(name, v);
  }
  // These handlers read only the query from the URL; a fixed origin spares them a Host header that is no URL.
  return new Request(`http://localhost${url}`, { method: "GET", headers });
}

/** Writes the handler's answer in one piece (the API's bodies are buffered by lib/api.ts anyway): Content-Length, no chunks. */
async function send(res: http.ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name === "set-cookie") res.appendHeader(name, value);
    else res.setHeader(name, value);
  });
  if (response.body === null) {
    res.end();
    return;
  }
  res.end(Buffer.from(await response.arrayBuffer()));
}
