import { describe, expect, it } from "vitest";
import { compileTrustedProxies } from "./client-address";
import { BASE_CSP, STATIC_SECURITY_HEADERS, isHttpsRequest, newNonce, pageCsp } from "./security-headers";

const loopback = compileTrustedProxies("loopback");
const nobody = compileTrustedProxies(undefined);

describe("isHttpsRequest (HSTS and upgrade-insecure-requests)", () => {
  it("is true when the public origin (BETTER_AUTH_URL) is https, whoever asks", () => {
    expect(isHttpsRequest({ publicUrl: "https://atlas.example.org", peer: "203.0.113.9", forwardedProto: undefined, trust: nobody })).toBe(true);
    expect(isHttpsRequest({ publicUrl: " HTTPS://atlas.example.org", peer: undefined, forwardedProto: "http", trust: nobody })).toBe(true);
  });

  it("believes X-Forwarded-Proto: https only from a trusted proxy", () => {
    const base = { publicUrl: "http://localhost:3000", forwardedProto: "https" };
    expect(isHttpsRequest({ ...base, peer: "127.0.0.1", trust: loopback })).toBe(true);
    expect(isHttpsRequest({ ...base, peer: "::1", trust: loopback })).toBe(true);
    // The same header from a client that is not a trusted proxy changes nothing.
    expect(isHttpsRequest({ ...base, peer: "203.0.113.9", trust: loopback })).toBe(false);
    expect(isHttpsRequest({ ...base, peer: "127.0.0.1", trust: nobody })).toBe(false);
    const tenNet = compileTrustedProxies("10.0.0.0/8");
    expect(isHttpsRequest({ ...base, peer: "10.1.2.3", trust: tenNet })).toBe(true);
    expect(isHttpsRequest({ ...base, peer: "11.1.2.3", trust: tenNet })).toBe(false);
  });

  it("reads the nearest proxy's entry (the last) of a list, and nothing else", () => {
    const ask = (forwardedProto: string | string[] | undefined) => isHttpsRequest({ publicUrl: undefined, peer: "127.0.0.1", forwardedProto, trust: loopback });
    expect(ask("http, https")).toBe(true);
    // A client's "https" in front of the proxy's "http" is not believed.
    expect(ask("https, http")).toBe(false);
    expect(ask(" HTTPS ")).toBe(true);
    expect(ask(["https"])).toBe(true);
    expect(ask("http")).toBe(false);
    expect(ask("")).toBe(false);
    expect(ask(undefined)).toBe(false);
    expect(ask("httpsx")).toBe(false);
  });

  it("is false over plain http with no proxy", () => {
    expect(isHttpsRequest({ publicUrl: "http://localhost:3000", peer: "127.0.0.1", forwardedProto: undefined, trust: loopback })).toBe(false);
    expect(isHttpsRequest({ publicUrl: undefined, peer: undefined, forwardedProto: undefined, trust: nobody })).toBe(false);
  });
});

describe("the policies", () => {
  it("a page's CSP: the nonce and 'strict-dynamic' for scripts, nothing inline, no framing", () => {
    const csp = pageCsp("abc", { https: false });
    expect(csp).toContain("script-src 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(pageCsp("abc", { https: true })).toMatch(/; upgrade-insecure-requests$/);
  });

  it("the base policy and the static headers", () => {
    expect(BASE_CSP).toContain("frame-ancestors 'none'");
    expect(STATIC_SECURITY_HEADERS).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
  });

  it("nonces are 24 base64url characters, fresh each time", () => {
    const seen = new Set(Array.from({ length: 1000 }, () => newNonce()));
    expect(seen.size).toBe(1000);
    for (const nonce of seen) expect(nonce).toMatch(/^[\w-]{24}$/);
  });
});
