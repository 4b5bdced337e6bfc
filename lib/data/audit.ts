import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The audit log of what signed-in people did: sign-in, edits, publishing, restoring, imports and
 * user changes. Written next to the change it records; read by admins only (app/[locale]/admin/audit).
 */
export const AUDIT_ACTIONS = [
  "sign-in",
  "sign-in-failed",
  "sign-out",
  "draft-save",
  "draft-discard",
  "profile-start",
  "publish",
  "restore",
  "import",
  "user-create",
  "user-role",
  "user-revoke-sessions",
  "user-unlock",
  "password-change",
  "session-revoke",
  "lexicon-save",
  "lexicon-revert",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  action: AuditAction;
  userId: string | null;
  /** "profile:351402", "position:12", "user:<id>", "file:<name>" */
  entity?: string | null;
  details?: Prisma.InputJsonValue;
  ip?: string | null;
};

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

export async function recordAudit(entry: AuditEntry, tx: Tx = db): Promise<void> {
  await tx.auditLog.create({
    data: { action: entry.action, userId: entry.userId, entity: entry.entity ?? null, details: entry.details, ip: entry.ip ?? null },
  });
}

/** Failed sign-ins fold into one row per account, reason and window of this length. */
const FAILED_SIGN_IN_AUDIT_WINDOW_MS = 15 * 60 * 1000;

export type FailedSignIn = {
  /** The account's e-mail when it exists; unknown addresses all share one row (nothing to grow from). */
  account: { id: string; email: string } | null;
  /** wrong-password: the password was checked; throttled-…: refused before any check. */
  reason: "wrong-password" | "throttled-account" | "throttled-address" | "throttled-device";
  ip: string;
};

/**
 * Records a failed sign-in by adding it to the row of its account, reason and 15-minute window
 * (one native upsert on the unique aggregateKey, atomic on both databases), so anonymous requests
 * add at most (accounts + 1) × 4 rows per window however many they send.
 */
export async function recordFailedSignIn({ account, reason, ip }: FailedSignIn, now = new Date()): Promise<void> {
  const window = Math.floor(now.getTime() / FAILED_SIGN_IN_AUDIT_WINDOW_MS);
  const aggregateKey = `sign-in-failed|${account?.email ?? "?"}|${reason}|${window}`;
  const upsert = () =>
    db.auditLog.upsert({
      where: { aggregateKey },
      create: {
        action: "sign-in-failed",
        userId: null,
        entity: account ? `user:${account.id}` : null,
        details: account ? { email: account.email, reason } : { account: "unknown", reason },
        ip,
        aggregateKey,
        count: 1,
        createdAt: now,
        lastAt: now,
      },
      update: { count: { increment: 1 }, lastAt: now, ip },
    });
  try {
    await upsert();
  } catch (error) {
    // Two first failures of a window at once: the loser's insert hits the unique key; it now updates.
    if ((error as { code?: unknown }).code !== "P2002") throw error;
    await upsert();
  }
}

export type FailedSignInsNotice = { count: number; lastAt: Date; ip: string | null };

/**
 * Failed sign-ins on an account between its previous sign-in and the one that opened this session,
 * for the notice the user sees after signing in (OWASP: tell the user). Folded rows count whole,
 * so a window that straddles the previous sign-in may add a few attempts made just before it.
 */
export async function failedSignInsBeforeSession(userId: string, sessionStartedAt: Date): Promise<FailedSignInsNotice | null> {
  // This session's own sign-in row is written just after the session: look before it.
  const previous = await db.auditLog.findFirst({
    where: { action: "sign-in", userId, createdAt: { lt: new Date(sessionStartedAt.getTime() - 2000) } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since = previous?.createdAt ?? new Date(0);
  const rows = await db.auditLog.findMany({
    where: { action: "sign-in-failed", entity: `user:${userId}`, createdAt: { lte: sessionStartedAt }, OR: [{ lastAt: { gt: since } }, { createdAt: { gt: since } }] },
    select: { count: true, createdAt: true, lastAt: true, ip: true },
  });
  if (rows.length === 0) return null;
  const latest = rows.reduce((a, b) => ((b.lastAt ?? b.createdAt) > (a.lastAt ?? a.createdAt) ? b : a));
  return { count: rows.reduce((sum, r) => sum + r.count, 0), lastAt: latest.lastAt ?? latest.createdAt, ip: latest.ip };
}

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: number;
  action: string;
  entity: string | null;
  details: Prisma.JsonValue;
  ip: string | null;
  createdAt: Date;
  count: number;
  lastAt: Date | null;
  user: { email: string; name: string } | null;
};

export async function listAudit(page: number, filter: { action?: string } = {}): Promise<{ rows: AuditRow[]; total: number }> {
  const where: Prisma.AuditLogWhereInput = filter.action ? { action: filter.action } : {};
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      select: { id: true, action: true, entity: true, details: true, ip: true, createdAt: true, count: true, lastAt: true, user: { select: { email: true, name: true } } },
      orderBy: { id: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditLog.count({ where }),
  ]);
  return { rows, total };
}
