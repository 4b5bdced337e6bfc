/**
 * Cross-site request check for state-changing requests (pure; the callers pass the headers).
 * Next checks Origin against Host for server actions itself; route handlers get no such check, and
 * the action wrapper repeats it so a misconfigured proxy or a direct call cannot skip it.
 * A POST from a browser always carries Origin, and modern browsers add Sec-Fetch-Site: a request
 * that says it is cross-site, names another origin, or names none at all is refused.
 */
export type OriginVerdict = { ok: true } | { ok: false; reason: "cross-site" | "foreign-origin" | "missing-origin" };

type HeaderSource = { get(name: string): string | null };

/** The origin the request was sent to, as the browser saw it (proxy headers first). */
function requestOrigin(headers: HeaderSource): string | null {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${host}`;
}

export function checkSameOrigin(headers: HeaderSource, trusted: readonly string[] = []): OriginVerdict {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return { ok: false, reason: "cross-site" };
  const origin = headers.get("origin");
  if (!origin || origin === "null") return { ok: false, reason: "missing-origin" };
  const own = requestOrigin(headers);
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return { ok: false, reason: "foreign-origin" };
  }
  // Compare hosts like Next's server-action check does (the scheme may be lost behind a TLS proxy).
  const allowed = new Set([...trusted.map(hostOf), own ? hostOf(own) : null].filter((h): h is string => h !== null));
  return allowed.has(originHost) ? { ok: true } : { ok: false, reason: "foreign-origin" };
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
