/**
 * The client a request counts against. `next start` fills X-Forwarded-For with the socket's peer
 * address when the request has none, and a reverse proxy appends the address it saw. Entries to
 * the left of the ones our own proxies added are whatever the client claimed, so the client is the
 * entry `trustedHops` from the right (1 = the right-most: no proxy, or one that appends).
 * NOTE: without a proxy in front, a client that sends its own X-Forwarded-For picks its key;
 * deploy behind a proxy that sets the header when the limit must hold against hostile clients.
 */
export function clientKey(headers: Headers, trustedHops = 1): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const fromForwarded = forwarded[Math.max(0, forwarded.length - Math.max(1, trustedHops))];
  return normalizeAddress(fromForwarded ?? headers.get("x-real-ip")?.trim() ?? "unknown");
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client. */
function normalizeAddress(address: string): string {
  return address.replace(/^::ffff:/i, "").toLowerCase();
}
