import { describe, expect, it } from "vitest";
import { clientAddress, compileTrustedProxies, PEER_HEADER, peerStamp, resolveClientAddress, stampedPeer, UNKNOWN_CLIENT } from "./client-address";

const none = compileTrustedProxies("");
const balancer = compileTrustedProxies("10.0.0.0/8");

function headers(peer: string | null, forwardedFor?: string): Headers {
  const h = new Headers();
  if (peer !== null) h.set(PEER_HEADER, peerStamp(peer));
  if (forwardedFor !== undefined) h.set("x-forwarded-for", forwardedFor);
  return h;
}

describe("clientAddress", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(headers("203.0.113.9"), none)).toBe("203.0.113.9");
    expect(clientAddress(headers("203.0.113.9", "198.51.100.1"), none)).toBe("203.0.113.9");
    expect(clientAddress(headers("203.0.113.9", "198.51.100.1, 192.0.2.5"), none)).toBe("203.0.113.9");
  });

  it("believes X-Forwarded-For only hop by hop from trusted proxies (CIDR), and stops at the first untrusted hop", () => {
    expect(clientAddress(headers("10.0.0.2", "198.51.100.1"), balancer)).toBe("198.51.100.1");
    // The client prepends a forged entry; the balancer appends what it saw: the forged part is ignored.
    expect(clientAddress(headers("10.0.0.2", "1.2.3.4, 198.51.100.1"), balancer)).toBe("198.51.100.1");
    // Two trusted hops (balancer → internal proxy → app).
    expect(clientAddress(headers("10.0.0.3", "198.51.100.1, 10.0.0.2"), balancer)).toBe("198.51.100.1");
    // A peer outside the trusted range is the client, even with a header.
    expect(clientAddress(headers("192.0.2.99", "198.51.100.1"), balancer)).toBe("192.0.2.99");
    // Every hop trusted: the left-most entry is all there is.
    expect(clientAddress(headers("10.0.0.2", "10.1.1.1"), balancer)).toBe("10.1.1.1");
  });

  it("takes addresses, ranges and proxy-addr's names, and refuses nonsense", () => {
    expect(clientAddress(headers("127.0.0.1", "198.51.100.4"), compileTrustedProxies("loopback"))).toBe("198.51.100.4");
    expect(clientAddress(headers("192.0.2.7", "198.51.100.4"), compileTrustedProxies("192.0.2.7, 2001:db8::/32"))).toBe("198.51.100.4");
    expect(clientAddress(headers("2001:db8::1", "198.51.100.4"), compileTrustedProxies("192.0.2.7, 2001:db8::/32"))).toBe("198.51.100.4");
    expect(() => compileTrustedProxies("10.0.0.0/99")).toThrow();
    expect(() => compileTrustedProxies("balancer.example")).toThrow();
  });

  it("folds IPv4-mapped IPv6 into IPv4", () => {
    expect(clientAddress(headers("::ffff:127.0.0.1"), none)).toBe("127.0.0.1");
    expect(resolveClientAddress("::FFFF:203.0.113.4", null, none)).toBe("203.0.113.4");
  });

  it("counts every request without our stamp as one unknown client, so a forged stamp buys nothing", () => {
    expect(clientAddress(headers(null, "198.51.100.1"), balancer)).toBe(UNKNOWN_CLIENT);
    const forged = new Headers({ [PEER_HEADER]: "guessed-token 198.51.100.1" });
    expect(stampedPeer(forged)).toBeNull();
    expect(clientAddress(forged, none)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(new Headers({ [PEER_HEADER]: "198.51.100.1" }), none)).toBe(UNKNOWN_CLIENT);
  });
});
