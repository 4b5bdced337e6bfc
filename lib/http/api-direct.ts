/**
 * The public read API answered by npm start's server (scripts/serve.ts) before Next's request
 * handler and its render queue, calling the same route handler Next would
 * (docs/decisions/0026-api-before-next.md, 0031-soak-tail.md).
 *
 * Why: at ×10 under 32 connections a search request cost ~2.5 ms of CPU, and a third of it was
 * Next's way to a route handler and back (route matching, its request and async-storage set-up,
 * the handler's Response piped to the socket through web streams), none of which these routes use.
 * Under the soak the other read routes (an occupation, its related entries, a comparison, skills)
 * also waited in the render queue behind page renders for seconds, for a few milliseconds of work.
 * Here a GET becomes a Request, the route's exported GET answers it (the rate limit, ETag, CORS and
 * errors of lib/api.ts included), and its Response is written to the socket in one piece.
 *
 * One implementation: the handler is read from Next's own build of the route (the module Next
 * loads, from the same require cache, so its in-memory indexes and database connections are the
 * ones Next's requests use), not from a second copy of lib/. Anything else (HEAD, OPTIONS, other
 * paths, a parameter that is not plain, a build without the route) is left to Next.
 */
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { pathOf } from "./serve-security";

/**
 * Routes answered here, as their folders under app/ ("[code]" is a parameter): read-only GETs of
 * the public API that need nothing of Next's request context (no cookies(), headers(), after() or
 * page cache; every one is a `publicGet` of lib/api.ts). A route that comes to need one must leave
 * the list. Not the catalogue (/api/v1/export: a stream of a worker's file, for as long as the
 * client reads) nor openapi.json (static).
 */
export const DIRECT_ROUTES = [
  "/api/v1/search",
  "/api/v1/suggest",
  "/api/v1/occupations",
  "/api/v1/occupations/[code]",
  "/api/v1/occupations/[code]/related",
  "/api/v1/occupations/[code]/export",
  "/api/v1/occupations/[code]/transitions",
  "/api/v1/compare",
  "/api/v1/skills",
  "/api/v1/skills/options",
  "/api/v1/match",
] as const;

/** A path matched to one of DIRECT_ROUTES, with the parameters Next would give its handler. */
export type DirectRoute = { route: string; params: Record<string, string> };

/**
 * A parameter answered here: letters, digits, "-" and "_" only, so it is the same before and after
 * percent-decoding and needs no normalising; anything else (an escape, a dot, an empty segment, a
 * trailing slash) goes to Next, which decodes, redirects or refuses it as it always has.
 */
const PLAIN_SEGMENT = /^[\w-]+$/;

const ROUTE_SEGMENTS = DIRECT_ROUTES.map((route) => ({ route, segments: route.split("/") }));

/** The direct route `pathname` (no query) names, or null when Next is to answer it. */
export function directRouteOf(pathname: string): DirectRoute | null {
  const segments = pathname.split("/");
  for (const { route, segments: pattern } of ROUTE_SEGMENTS) {
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      const segment = segments[i]!;
      if (!part.startsWith("[")) return part === segment;
      if (!PLAIN_SEGMENT.test(segment)) return false;
      params[part.slice(1, -1)] = segment;
      return true;
    });
    if (matches) return { route, params };
  }
  return null;
}

/** A route's GET; Next passes the dynamic segments as a promise of its parameters. */
type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
/**
 * What the build of an app route exports (Next's app-route template): its route module, whose
 * `userland` is the route file's own exports once `ensureUserland()` has awaited its top-level
 * await (the database module opens its connection so).
 */
type BuiltRoute = { routeModule?: { ensureUserland?: () => Promise<void>; userland?: { GET?: RouteHandler } } };

/**
 * The answerer for a Next build in `distDir` (ROOT/.next). Resolves to false when the request is
 * not a GET of one of DIRECT_ROUTES, so the caller hands it to Next.
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
    const match = directRouteOf(pathOf(url));
    if (!match) return false;
    const handler = await handlerOf(match.route);
    if (!handler) return false;
    await send(res, await handler(toRequest(req, url), { params: Promise.resolve(match.params) }));
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
