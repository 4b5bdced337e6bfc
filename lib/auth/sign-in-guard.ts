import "server-only";
import { db } from "@/lib/db";

/**
 * Failed sign-ins counted per e-mail address, on top of better-auth's per-address limiter.
 * NOTE: a client reaching `next start` directly can send any X-Forwarded-For, so the per-IP limit
 * alone could be dodged by changing the header; this one holds whatever the client claims.
 * Rows share the RateLimit table (key prefix "sign-in-failed|"), so they survive restarts.
 */
export const FAILED_SIGN_IN_LIMIT = { windowSeconds: 15 * 60, max: 10 } as const;

const keyOf = (email: string) => `sign-in-failed|${email.trim().toLowerCase()}`;

export async function isSignInLocked(email: string, now = Date.now()): Promise<boolean> {
  const row = await db.rateLimit.findUnique({ where: { key: keyOf(email) }, select: { count: true, lastRequest: true } });
  if (!row) return false;
  const fresh = now - Number(row.lastRequest) < FAILED_SIGN_IN_LIMIT.windowSeconds * 1000;
  return fresh && row.count >= FAILED_SIGN_IN_LIMIT.max;
}

export async function recordFailedSignIn(email: string, now = Date.now()): Promise<void> {
  const key = keyOf(email);
  const row = await db.rateLimit.findUnique({ where: { key }, select: { lastRequest: true } });
  const expired = row !== null && now - Number(row.lastRequest) >= FAILED_SIGN_IN_LIMIT.windowSeconds * 1000;
  await db.rateLimit.upsert({
    where: { key },
    create: { id: crypto.randomUUID(), key, count: 1, lastRequest: BigInt(now) },
    update: expired ? { count: 1, lastRequest: BigInt(now) } : { count: { increment: 1 }, lastRequest: BigInt(now) },
  });
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: keyOf(email) } });
}
