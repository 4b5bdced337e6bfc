import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Locale routing only; it is never an access check (admin pages check the session themselves).
export default createMiddleware(routing);

export const config = {
  // Everything but the API, Next internals and files with an extension. "api/" with its slash,
  // so that pages such as /api-docs still get their locale.
  matcher: "/((?!api/|api$|_next|_vercel|.*\\..*).*)",
};
