/**
 * The one function that decides where a user may be sent after sign-in, when already signed in,
 * after sign-out and on a locale switch: only a path of this site, never another site. Pure, so the
 * login page (server) and the sign-in form (browser) both run it.
 *
 * A browser drops tabs and line breaks inside a URL and reads "\" as "/", so "/<TAB>/evil" or
 * "/\evil" would become "//evil": another host. The target is therefore refused when it has any
 * control character, whitespace or backslash (also percent-encoded, decoded up to three times),
 * an encoded slash, or a scheme; what is left is parsed against a placeholder origin and kept only
 * when it stays on that origin and its normalised path does not start with "//".
 */
const PLACEHOLDER_ORIGIN = "https://atlas.invalid";
const MAX_TARGET_LENGTH = 2048;

// C0 and C1 controls, DEL, every Unicode space and line separator, backslash.
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\s\\]/u;

export function safeRedirectTarget(value: string | null | undefined, fallback = "/admin"): string {
  if (typeof value !== "string" || value === "" || value.length > MAX_TARGET_LENGTH) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || FORBIDDEN.test(value)) return fallback;
  // Encoded slashes or backslashes: a later decoding step (a proxy, the router) could make "//".
  if (/%(?:2f|5c)/i.test(value)) return fallback;
  let decoded = value;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    if (FORBIDDEN.test(next) || next.startsWith("//") || /%(?:2f|5c)/i.test(next)) return fallback;
    decoded = next;
  }
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  const target = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== PLACEHOLDER_ORIGIN || !target.startsWith("/") || target.startsWith("//")) return fallback;
  return target;
}
