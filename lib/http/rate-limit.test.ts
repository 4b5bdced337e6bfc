import { describe, expect, it } from "vitest";
import { etagOf, matchesIfNoneMatch } from "./etag";
import { createRateLimiter } from "./rate-limit";

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("createRateLimiter", () => {
  it("allows a burst of `capacity`, then refuses with a Retry-After", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 3, windowSeconds: 60, now: c.now });
    expect([1, 2, 3].map(() => limiter.take("a").isAllowed)).toEqual([true, true, true]);
    const refused = limiter.take("a");
    expect(refused).toMatchObject({ isAllowed: false, remaining: 0, limit: 3 });
    // 3 per 60 s: one token every 20 s.
    expect(refused.retryAfterSeconds).toBe(20);
  });

  it("refills over time, never above capacity", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 2, windowSeconds: 10, now: c.now });
    limiter.take("a");
    limiter.take("a");
    expect(limiter.take("a").isAllowed).toBe(false);
    c.advance(5_000);
    expect(limiter.take("a").isAllowed).toBe(true);
    c.advance(3_600_000);
    expect(limiter.take("a").remaining).toBe(1);
  });

  it("counts each client on its own", () => {
    const limiter = createRateLimiter({ capacity: 1, windowSeconds: 60, now: () => 0 });
    expect(limiter.take("a").isAllowed).toBe(true);
    expect(limiter.take("b").isAllowed).toBe(true);
    expect(limiter.take("a").isAllowed).toBe(false);
  });

  it("is off with capacity 0", () => {
    const limiter = createRateLimiter({ capacity: 0, windowSeconds: 60 });
    for (let i = 0; i < 1000; i++) expect(limiter.take("a").isAllowed).toBe(true);
  });

  it("stays bounded under many clients, dropping idle ones first", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 5, windowSeconds: 1, maxClients: 100, now: c.now });
    for (let i = 0; i < 1000; i++) {
      limiter.take(`client-${i}`);
      c.advance(1);
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
    // A client seen a moment ago is still limited, not forgotten.
    const busy = createRateLimiter({ capacity: 1, windowSeconds: 3600, maxClients: 2, now: c.now });
    busy.take("x");
    busy.take("y");
    busy.take("x");
    busy.take("z");
    expect(busy.take("x").isAllowed).toBe(false);
  });
});

describe("ETag", () => {
  it("is a quoted hash that changes with the body", () => {
    expect(etagOf("a")).toMatch(/^"[\w-]{27}"$/);
    expect(etagOf("a")).toBe(etagOf(new TextEncoder().encode("a")));
    expect(etagOf("a")).not.toBe(etagOf("b"));
  });

  it("matches If-None-Match lists, weak tags and *", () => {
    const tag = etagOf("body");
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"x", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});
