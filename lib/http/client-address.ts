/**
 * The one answer to "which client sent this request?", used by the API rate limit, the sign-in
 * throttle and the audit log (docs/decisions/0011-account-security.md).
 *
 * The socket's peer address is the only thing a client cannot choose. `next start` does not hand
 * it to route handlers or server actions (it only fills X-Forwarded-For when the client sent
 * none, so a client's own header survives), so `npm start` runs Next in-process behind a
 * node:http server (scripts/serve.ts) that stamps every request with the peer address in
 * PEER_HEADER, after removing any copy the client sent. The stamp carries a random token of the
 * process, so a request that reached the app some other way (plain `next start`, `next dev`)
 * cannot pass its own stamp off as ours.
 *
 * X-Forwarded-For is believed only hop by hop from the right, and only while the hop that added
 * an entry is one of TRUSTED_PROXIES (IPs, CIDR ranges, or proxy-addr's names loopback,
 * linklocal, uniquelocal; default none): the client is the first address not among them.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";
import { env } from "@/lib/env";

export const PEER_HEADER = "x-atlas-peer";

/** What every request without our stamp counts as: one shared key, so the limits fail closed. */
export const UNKNOWN_CLIENT = "unknown";

type HeaderSource = { get(name: string): string | null };
type Trust = (address: string, hop: number) => boolean;

const TOKEN_KEY = Symbol.for("atlas.peer-token");

/** The process's stamp token (made on first use; the in-process server and the app share globalThis). */
function peerToken(): string {
  const holder = globalThis as { [TOKEN_KEY]?: string };
  holder[TOKEN_KEY] ??= randomBytes(18).toString("base64url");
  return holder[TOKEN_KEY];
}

/** The value of PEER_HEADER for a socket address (scripts/serve.ts; tests calling handlers in-process). */
export function peerStamp(address: string): string {
  return `${peerToken()} ${address}`;
}

/** For the HTTP server in front of Next: replaces any stamp the client sent with the socket's peer address. */
export function stampRequest(req: IncomingMessage): void {
  req.headers[PEER_HEADER] = peerStamp(req.socket.remoteAddress ?? "");
  // The header the auth route fills for better-auth (lib/auth/better-auth.ts) is never a client's.
  delete req.headers["x-atlas-client-ip"];
  // A client-sent copy must not survive in the raw list either (Next reads req.headers, but be sure).
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i]?.toLowerCase() === PEER_HEADER) req.rawHeaders.splice(i, 2);
  }
}

/** The stamped peer address, or null when the request carries no valid stamp of this process. */
export function stampedPeer(headers: HeaderSource): string | null {
  const value = headers.get(PEER_HEADER);
  if (!value) return null;
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== peerToken()) return null;
  return value.slice(space + 1).trim() || null;
}

/**
 * Parses TRUSTED_PROXIES ("10.0.0.0/8, 192.0.2.7", "loopback"); throws on an entry that is not an
 * address, a range or a known name, so a typo stops the server instead of trusting nobody silently.
 */
export function compileTrustedProxies(list: string | undefined): Trust {
  const entries = (list ?? "")
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (entries.length === 0) return () => false;
  return proxyAddr.compile(entries);
}

/** Pure: the client behind a peer and its X-Forwarded-For, trusting only `trust`ed hops. */
export function resolveClientAddress(peer: string, forwardedFor: string | null, trust: Trust): string {
  const request = { socket: { remoteAddress: peer }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} };
  return normalizeAddress(proxyAddr(request as unknown as Parameters<typeof proxyAddr>[0], trust));
}

let trustFromEnv: Trust | null = null;

/** The trusted client address of a request (route handlers: request.headers; actions: headers()). */
export function clientAddress(headers: HeaderSource, trust: Trust = (trustFromEnv ??= compileTrustedProxies(env.TRUSTED_PROXIES))): string {
  const peer = stampedPeer(headers);
  if (!peer) {
    warnUnstamped();
    return UNKNOWN_CLIENT;
  }
  return resolveClientAddress(peer, headers.get("x-forwarded-for"), trust);
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client; IPv6 in one spelling. */
function normalizeAddress(address: string): string {
  const lower = address.trim().toLowerCase();
  return lower.startsWith("::ffff:") && lower.includes(".") ? lower.slice(7) : lower;
}

let hasWarned = false;
function warnUnstamped() {
  if (hasWarned || env.NODE_ENV !== "production") return;
  hasWarned = true;
  console.warn("Requests reach the app without a peer address (not started with `npm start`?): every client shares one rate-limit key.");
}
