import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { RETURN_PATH_HEADER } from "@/lib/auth/return-path";
import { routing } from "@/lib/i18n/routing";
import { MATCH_CACHE_FOLDER, createRepeatFilter, matchCacheState } from "@/lib/match/cached-path";

const handleI18nRouting = createMiddleware(routing);
/** /match queries asked for before, per process (20,000 digests: about 2 MB). */
const isRepeatedMatch = createRepeatFilter(20_000);

/** `/match` and `/<locale>/match` (trailing slash or not): the locale, or null for any other path. */
function matchPageLocale(pathname: string): string | null {
  const m = /^(?:\/([a-z]{2}))?\/match\/?$/.exec(pathname);
  if (!m) return null;
  if (m[1] === undefined) return routing.defaultLocale;
  return (routing.locales as readonly string[]).includes(m[1]) ? m[1] : null;
}

// Locale routing; it is never an access check (admin pages check the session themselves).
export default function proxy(request: NextRequest) {
  // The requested path, for the admin layout's sign-in redirect (`next`). Set on every request, so a
  // client's own header of that name never reaches the app; next-intl forwards the request headers.
  request.headers.set(RETURN_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = handleI18nRouting(request);
  // A read of /match with skills asked for before is rendered from a path Next can cache
  // (lib/match/cached-path.ts). next-intl answered with a rewrite (/match → /pl/match) or a
  // pass-through (/en/match); its headers stay (the forwarded request headers among them), only the
  // target changes. Redirects stay redirects.
  const locale = request.method === "GET" || request.method === "HEAD" ? matchPageLocale(request.nextUrl.pathname) : null;
  const state = locale === null || response.headers.has("location") ? null : matchCacheState(request.nextUrl.searchParams);
  if (state === null || !isRepeatedMatch(state)) return response;
  // The headers NextResponse.rewrite / NextResponse.next set (next/dist/server/web/spec-extension/response.js).
  response.headers.delete("x-middleware-next");
  response.headers.set("x-middleware-rewrite", new URL(`/${locale}/match/${MATCH_CACHE_FOLDER}/${state}`, request.url).toString());
  return response;
}

export const config = {
  // Everything but the API, Next internals, files with an extension and the load balancer's health
  // endpoints (/livez, /readyz: no locale). "api/" with its slash, so that pages such as /api-docs
  // still get their locale.
  matcher: "/((?!api/|api$|livez$|readyz$|_next|_vercel|.*\\..*).*)",
};
