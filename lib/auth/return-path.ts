import { safeRedirectTarget } from "./safe-next-path";

/**
 * The admin page a signed-out visitor asked for, so that sign-in leads back there (issue 11 item 5).
 * The proxy (proxy.ts) puts the requested path in this header on every request, overwriting
 * whatever a client sent; the admin layout, which has no other way to know its page's path, reads
 * it. It is only ever a `next` hint, and it still goes through safeRedirectTarget.
 */
export const RETURN_PATH_HEADER = "x-atlas-return-path";

const LOCALE_PREFIX = /^\/(en|kk)(?=\/|\?|$)/;

/** A same-site admin path without its locale prefix (the sign-in redirect adds the locale), else "/admin". Pure. */
export function adminReturnPath(value: string | null | undefined): string {
  const target = safeRedirectTarget(value, "/admin").replace(LOCALE_PREFIX, "");
  return /^\/admin(?:\/|\?|$)/.test(target) ? target : "/admin";
}
