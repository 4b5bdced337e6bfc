/**
 * An in-memory token bucket per client: `capacity` requests at once, refilled at
 * `capacity / windowSeconds` per second. In memory on purpose: the API is read-only and cheap, so
 * a limit that resets when the process restarts, and counts per instance, is good enough; several
 * instances behind a balancer each allow the full rate. Pure apart from the injected clock.
 */

export type RateLimitDecision = {
  isAllowed: boolean;
  limit: number;
  /** Whole requests left right now. */
  remaining: number;
  /** Seconds until one more request is allowed (0 when allowed); for Retry-After. */
  retryAfterSeconds: number;
  /** Seconds until the bucket is full again; for RateLimit-Reset. */
  resetSeconds: number;
};

export type RateLimiter = { take(key: string): RateLimitDecision; readonly size: number };

type Options = {
  /** Requests allowed per window, and the burst size. 0 turns the limit off. */
  capacity: number;
  windowSeconds: number;
  /** Most clients tracked; past it, idle (full) buckets are dropped, then the least recently seen. */
  maxClients?: number;
  now?: () => number;
};

type Bucket = { tokens: number; updatedAt: number };

export function createRateLimiter({ capacity, windowSeconds, maxClients = 10_000, now = Date.now }: Options): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const perMs = capacity / (windowSeconds * 1000);

  function refill(bucket: Bucket, at: number) {
    bucket.tokens = Math.min(capacity, bucket.tokens + (at - bucket.updatedAt) * perMs);
    bucket.updatedAt = at;
  }

  function evict(at: number) {
    for (const [key, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= capacity) buckets.delete(key);
    }
    // Map keeps insertion order and take() re-inserts on every use: the first keys are the least recently seen.
    for (const key of buckets.keys()) {
      if (buckets.size < maxClients) break;
      buckets.delete(key);
    }
  }

  return {
    get size() {
      return buckets.size;
    },
    take(key) {
      if (capacity <= 0) return { isAllowed: true, limit: 0, remaining: 0, retryAfterSeconds: 0, resetSeconds: 0 };
      const at = now();
      let bucket = buckets.get(key);
      if (bucket) {
        buckets.delete(key);
        refill(bucket, at);
      } else {
        if (buckets.size >= maxClients) evict(at);
        bucket = { tokens: capacity, updatedAt: at };
      }
      buckets.set(key, bucket);
      const isAllowed = bucket.tokens >= 1;
      if (isAllowed) bucket.tokens -= 1;
      return {
        isAllowed,
        limit: capacity,
        remaining: Math.floor(bucket.tokens),
        retryAfterSeconds: isAllowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
        resetSeconds: Math.ceil((capacity - bucket.tokens) / perMs / 1000),
      };
    },
  };
}
