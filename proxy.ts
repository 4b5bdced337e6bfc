import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { RETURN_PATH_HEADER } from "@/lib/auth/return-path";
import { routing } from "@/lib/i18n/routing";

const handleI18nRouting = createMiddleware(routing);

// Locale routing; it is never an access check (admin pages check the session themselves).
export default function proxy(request: NextRequest) {
  // The requested path, for the admin layout's sign-in redirect (`next`). Set on every request, so a
  // client's own header of that name never reaches the app; next-intl forwards the request headers.
  request.headers.set(RETURN_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return handleI18nRouting(request);
}

export const config = {
  // Everything but the API, Next internals, files with an extension and the load balancer's health
  // endpoints (/livez, /readyz: no locale). "api/" with its slash, so that pages such as /api-docs
  // still get their locale.
  matcher: "/((?!api/|api$|livez$|readyz$|_next|_vercel|.*\\..*).*)",
};
