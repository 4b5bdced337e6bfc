import { beforeAll, describe, expect, it } from "vitest";
import { apiErrorSchema } from "@/lib/validation/occupation";

// The limit is read once when lib/api loads: set a small one before importing the route.
type Route = typeof import("@/app/api/v1/occupations/route");
let route: Route;
let PEER_HEADER: string;
let peerStamp: (address: string) => string;

beforeAll(async () => {
  process.env.API_RATE_LIMIT = "3";
  ({ PEER_HEADER, peerStamp } = await import("@/lib/http/client-address"));
  route = await import("@/app/api/v1/occupations/route");
});

// No proxy is trusted (TRUSTED_PROXIES unset): the client is the socket's peer, which npm start's
// server stamps on the request; X-Forwarded-For after the peer is the client's own claim.
const call = (peer: string, forwardedFor?: string) =>
  route.GET(
    new Request("http://test/api/v1/occupations?level=major", {
      headers: { [PEER_HEADER]: peerStamp(peer), ...(forwardedFor ? { "X-Forwarded-For": forwardedFor } : {}) },
    }),
  );

describe("rate limit", () => {
  it("answers 429 with Retry-After once a client has used its burst, and limits each client on its own", async () => {
    const ok = await Promise.all([call("203.0.113.1"), call("203.0.113.1"), call("203.0.113.1")]);
    expect(ok.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(ok[2]!.headers.get("ratelimit-remaining")).toBe("0");

    const limited = await call("203.0.113.1");
    expect(limited.status).toBe(429);
    // 3 per minute: a token every 20 s.
    expect(limited.headers.get("retry-after")).toBe("20");
    expect(limited.headers.get("access-control-allow-origin")).toBe("*");
    expect(limited.headers.get("cache-control")).toBe("no-store");
    expect(apiErrorSchema.parse(await limited.json()).error.code).toBe("rate_limited");

    expect((await call("198.51.100.7")).status).toBe(200);
    // The client is the socket's peer: a forged X-Forwarded-For, rotated per request, buys no new bucket.
    for (let i = 0; i < 30; i++) expect((await call("203.0.113.1", `10.9.9.${i}`)).status).toBe(429);
  });
});
