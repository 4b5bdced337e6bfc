/**
 * The security headers of every response (docs/decisions/0015-security-headers.md). Pure: the HTTP
 * server of `npm start` (scripts/serve.ts) applies them, next.config.ts applies the static ones
 * (so `next dev` and a plain `next start` get them too), and tests read them from here.
 */
import { randomBytes } from "node:crypto";

/** Sent on every response, whatever serves it. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // For browsers without CSP frame-ancestors; the CSP below says the same.
  "X-Frame-Options": "DENY",
  // The app uses none of these; only features every current Chromium, Firefox and Safari know
  // (an unknown one costs a console error on every page).
  "Permissions-Policy":
    "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()",
};

/**
 * The policy of everything that is not a page rendered through scripts/serve.ts: API answers,
 * static files, and every response of `next dev` or a plain `next start` (which cannot give cached
 * pages a per-response nonce, so they get no script-src at all). It forbids framing, plugins and
 * <base>, which need no nonce.
 */
export const BASE_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'";

/** One year. No includeSubDomains or preload: those commit other hosts of the domain, the operator's call. */
export const HSTS = "max-age=31536000";

/** A fresh nonce: 18 random bytes, 24 base64url characters (the length of CSP_PLACEHOLDER too). */
export function newNonce(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * The strict policy of a rendered page: scripts only with this response's nonce (and what those
 * load, 'strict-dynamic'); no 'unsafe-inline' or 'unsafe-eval' for scripts or styles. 'self' in
 * script-src is ignored by browsers that know 'strict-dynamic' and is the fallback of those that
 * do not. `https` adds upgrade-insecure-requests.
 */
export function pageCsp(nonce: string, options: { https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic' 'self'`,
    // Tailwind's CSS files only: no inline style attributes are rendered (see the ADR).
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

type Trust = (address: string, hop: number) => boolean;

/**
 * Whether the browser reached us over https: the public origin (BETTER_AUTH_URL) is https, or the
 * request came from a trusted proxy (TRUSTED_PROXIES) that says X-Forwarded-Proto: https. A
 * client's own X-Forwarded-Proto is not believed (it could only switch HSTS on for itself, but the
 * rule is the same as for X-Forwarded-For).
 */
export function isHttpsRequest(input: {
  publicUrl: string | undefined;
  peer: string | undefined;
  forwardedProto: string | string[] | undefined;
  trust: Trust;
}): boolean {
  if (input.publicUrl?.trim().toLowerCase().startsWith("https://")) return true;
  const proto = Array.isArray(input.forwardedProto) ? input.forwardedProto[0] : input.forwardedProto;
  if (!proto || !input.peer) return false;
  // The nearest proxy's entry is the last one (a proxy that appends keeps what the client sent in front).
  const nearest = proto.split(",").at(-1)!.trim().toLowerCase();
  return nearest === "https" && input.trust(input.peer, 0);
}
