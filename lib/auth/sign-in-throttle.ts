import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sign-in throttles, counted BEFORE the password is checked, each in one atomic statement
 * (`INSERT … ON CONFLICT DO UPDATE … RETURNING`, the same SQL on SQLite and PostgreSQL): N
 * parallel guesses cannot all pass a check that runs while the others wait for their password
 * hash, because each one's count is decided by the database in the statement that increments it.
 * The rows live in the RateLimit table (keys "signin-…|"), so they hold across restarts and
 * instances. Rules and numbers: docs/decisions/0011-account-security.md, README "Sign-in".
 */

/** A fixed window: `free` attempts per `windowMs`, counted from the window's first attempt. */
export type WindowRule = { kind: "window"; free: number; windowMs: number };

/**
 * Growing delays instead of a hard lock: `free` attempts, then one attempt per delay, the delays
 * doubling from the first entry to the last; forgotten after `resetMs` without an admitted attempt.
 */
export type BackoffRule = { kind: "backoff"; free: number; delaysMs: readonly number[]; resetMs: number };

export type ThrottleRule = WindowRule | BackoffRule;

export type ThrottleDecision = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

const MINUTE = 60_000;

/** Per client address, whatever the account: 5 a minute (AUTH_SIGN_IN_PER_MINUTE). */
export function addressRule(perMinute: number): WindowRule {
  return { kind: "window", free: perMinute, windowMs: MINUTE };
}

/**
 * Per account, for every browser without this account's device cookie together: 10 attempts,
 * then 1, 2, 4, 8 and at most 15 minutes between attempts; forgotten after an hour of quiet.
 * Successful sign-ins give their attempt back, so only failures use the allowance.
 */
export const ACCOUNT_RULE: BackoffRule = { kind: "backoff", free: 10, delaysMs: [1, 2, 4, 8, 15].map((m) => m * MINUTE), resetMs: 60 * MINUTE };

/** Per device cookie (a browser that signed in to this account before): its own allowance, same numbers. */
export const DEVICE_RULE: BackoffRule = { ...ACCOUNT_RULE };

export const throttleKeys = {
  address: (address: string) => `signin-address|${address}`,
  account: (email: string) => `signin-account|${email.trim().toLowerCase()}`,
  device: (deviceId: string) => `signin-device|${deviceId}`,
};

type Row = { id: string; count: number | bigint; lastRequest: number | bigint };

/**
 * Counts one attempt under `rule` and says whether it may go on to the password check. Refused
 * attempts leave the row as it was (they neither extend a window nor restart a delay).
 */
export async function consumeAttempt(key: string, rule: ThrottleRule, now = Date.now()): Promise<ThrottleDecision> {
  // The row's id becomes this attempt's own id only when the attempt is admitted: the returned id
  // says which, even for two attempts in the same millisecond.
  const attemptId = randomUUID();
  const at = BigInt(now);
  const { expired, admitted } = conditions(rule, at);
  const rows = await db.$queryRaw<Row[]>`
    INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest") VALUES (${attemptId}, ${key}, 1, CAST(${at} AS BIGINT))
    ON CONFLICT ("key") DO UPDATE SET
      "id" = CASE WHEN ${expired} OR ${admitted} THEN excluded."id" ELSE "RateLimit"."id" END,
      "count" = CASE WHEN ${expired} THEN 1 WHEN ${admitted} THEN "RateLimit"."count" + 1 ELSE "RateLimit"."count" END,
      "lastRequest" = CASE WHEN ${expired} THEN excluded."lastRequest" WHEN ${admitted} THEN ${rule.kind === "backoff" ? Prisma.sql`excluded."lastRequest"` : Prisma.sql`"RateLimit"."lastRequest"`} ELSE "RateLimit"."lastRequest" END
    RETURNING "id", "count", "lastRequest"`;
  const row = rows[0];
  if (!row) throw new Error(`sign-in throttle: no row returned for ${key}`);
  if (row.id === attemptId) return { isAllowed: true };
  return { isAllowed: false, retryAfterSeconds: retryAfterSeconds(rule, Number(row.count), Number(row.lastRequest), now) };
}

/** Gives an admitted attempt back (a successful sign-in): only failures use up the allowance. */
export async function refundAttempt(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimit" SET "count" = "count" - 1 WHERE "key" = ${key} AND "count" > 0`;
}

/** An admin's unlock: the account's counter for unknown browsers starts again. */
export async function unlockAccount(email: string): Promise<boolean> {
  const { count } = await db.rateLimit.deleteMany({ where: { key: throttleKeys.account(email) } });
  return count > 0;
}

/** The accounts unknown browsers must wait for now, with the seconds left (the admin users page). */
export async function lockedAccounts(emails: readonly string[], now = Date.now()): Promise<Map<string, number>> {
  const rows = await db.rateLimit.findMany({
    where: { key: { in: emails.map((e) => throttleKeys.account(e)) } },
    select: { key: true, count: true, lastRequest: true },
  });
  const out = new Map<string, number>();
  for (const row of rows) {
    const last = Number(row.lastRequest);
    const until = last + delayAfter(ACCOUNT_RULE, row.count);
    if (row.count >= ACCOUNT_RULE.free && until > now) out.set(row.key.slice("signin-account|".length), Math.ceil((until - now) / 1000));
  }
  return out;
}

/** Drops rows nobody will read again (called now and then from the sign-in route). */
export async function pruneThrottleRows(now = Date.now()): Promise<void> {
  const cutoff = BigInt(now - Math.max(ACCOUNT_RULE.resetMs, DEVICE_RULE.resetMs));
  await db.rateLimit.deleteMany({ where: { key: { startsWith: "signin-" }, lastRequest: { lt: cutoff } } });
}

function delayAfter(rule: BackoffRule, count: number): number {
  const step = Math.max(0, count - rule.free);
  return rule.delaysMs[Math.min(step, rule.delaysMs.length - 1)] ?? 0;
}

function retryAfterSeconds(rule: ThrottleRule, count: number, last: number, now: number): number {
  const until = rule.kind === "window" ? last + rule.windowMs : count < rule.free ? now : last + delayAfter(rule, count);
  return Math.max(1, Math.ceil((until - now) / 1000));
}

/** The two conditions of the statement, on the existing row, with the rule's numbers as literals. */
function conditions(rule: ThrottleRule, at: bigint): { expired: Prisma.Sql; admitted: Prisma.Sql } {
  const now = Prisma.sql`CAST(${at} AS BIGINT)`;
  if (rule.kind === "window") {
    return {
      expired: Prisma.sql`("RateLimit"."lastRequest" <= ${now} - ${Prisma.raw(String(rule.windowMs))})`,
      admitted: Prisma.sql`("RateLimit"."count" < ${Prisma.raw(String(rule.free))})`,
    };
  }
  const steps = rule.delaysMs
    .slice(0, -1)
    .map((ms, i) => `WHEN ${i} THEN ${ms}`)
    .join(" ");
  const delay = Prisma.raw(`(CASE "RateLimit"."count" - ${rule.free} ${steps} ELSE ${rule.delaysMs.at(-1) ?? 0} END)`);
  return {
    expired: Prisma.sql`("RateLimit"."lastRequest" <= ${now} - ${Prisma.raw(String(rule.resetMs))})`,
    admitted: Prisma.sql`("RateLimit"."count" < ${Prisma.raw(String(rule.free))} OR ${now} - "RateLimit"."lastRequest" >= ${delay})`,
  };
}
