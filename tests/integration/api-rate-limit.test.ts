import { beforeAll, describe, expect, it } from "vitest";
import { apiErrorSchema } from "@/lib/validation/occupation";

// The limit is read once when lib/api loads: set a small one before importing the route.
type Route = typeof import("@/app/api/v1/occupations/route");
let route: Route;

beforeAll(async () => {
  process.env.API_RATE_LIMIT = "3";
  route = await import("@/app/api/v1/occupations/route");
});

const call = (ip: string) => route.GET(new Request("http://test/api/v1/occupations?level=major", { headers: { "X-Forwarded-For": ip } }));

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
    // The client is the right-most X-Forwarded-For entry: a forged left part does not buy a new bucket.
    expect((await call("10.9.9.9, 203.0.113.1")).status).toBe(429);
  });
});
