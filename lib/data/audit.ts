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
  "publish",
  "restore",
  "import",
  "user-create",
  "user-role",
  "user-revoke-sessions",
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

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: number;
  action: string;
  entity: string | null;
  details: Prisma.JsonValue;
  ip: string | null;
  createdAt: Date;
  user: { email: string; name: string } | null;
};

export async function listAudit(page: number, filter: { action?: string } = {}): Promise<{ rows: AuditRow[]; total: number }> {
  const where: Prisma.AuditLogWhereInput = filter.action ? { action: filter.action } : {};
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      select: { id: true, action: true, entity: true, details: true, ip: true, createdAt: true, user: { select: { email: true, name: true } } },
      orderBy: { id: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditLog.count({ where }),
  ]);
  return { rows, total };
}
