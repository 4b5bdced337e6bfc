import "server-only";
import { db, transactions } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { lockedAccounts, unlockAccount } from "@/lib/auth/sign-in-throttle";
import { createUser, type CreatedBy, type CreateUserResult, type NewUser } from "@/lib/users/create-user";
import { recordAudit } from "./audit";

/** The admin users page: accounts, their roles and open sessions. */

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  createdAt: Date;
  sessions: number;
  lastSeen: Date | null;
  /** Seconds unknown browsers must still wait before trying this account's password; null when they need not. */
  signInWaitSeconds: number | null;
};

export async function listUsers(): Promise<UserRow[]> {
  const now = new Date();
  const rows = await db.user.findMany({
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      createdAt: true,
      sessions: { where: { expiresAt: { gt: now } }, select: { updatedAt: true }, orderBy: { updatedAt: "desc" } },
    },
    orderBy: { email: "asc" },
  });
  const locked = await lockedAccounts(rows.map((r) => r.email));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    createdAt: r.createdAt,
    sessions: r.sessions.length,
    lastSeen: r.sessions[0]?.updatedAt ?? null,
    signInWaitSeconds: locked.get(r.email) ?? null,
  }));
}

export type RoleChange = { ok: true } | { ok: false; reason: "not-found" | "last-admin" };

/** Changes a role; the last admin cannot be demoted (nobody could manage users any more). */
export async function setUserRole(userId: string, role: Role, actor: { id: string }, ip: string | null): Promise<RoleChange> {
  return db.$transaction(async (tx): Promise<RoleChange> => {
    await transactions.lockForWriting(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) return { ok: false, reason: "not-found" };
    if (user.role === "admin" && role !== "admin" && (await tx.user.count({ where: { role: "admin" } })) <= 1) return { ok: false, reason: "last-admin" };
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit({ action: "user-role", userId: actor.id, entity: `user:${userId}`, details: { from: user.role, to: role }, ip }, tx);
    return { ok: true };
  });
}

/** Ends every session of a user at once (sessions are read from the database on every request). */
export async function revokeUserSessions(userId: string, actor: { id: string }, ip: string | null): Promise<{ ok: true; count: number } | { ok: false; reason: "not-found" }> {
  return db.$transaction(async (tx) => {
    await transactions.lockForWriting(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) return { ok: false, reason: "not-found" } as const;
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await recordAudit({ action: "user-revoke-sessions", userId: actor.id, entity: `user:${userId}`, details: { count }, ip }, tx);
    return { ok: true, count } as const;
  });
}

/** An admin's unlock of the sign-in throttle for unknown browsers, audited. */
export async function unlockUserSignIn(userId: string, actor: { id: string }, ip: string | null): Promise<{ ok: true; wasLocked: boolean } | { ok: false; reason: "not-found" }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return { ok: false, reason: "not-found" };
  const wasLocked = await unlockAccount(user.email);
  await recordAudit({ action: "user-unlock", userId: actor.id, entity: `user:${userId}`, details: { wasLocked }, ip });
  return { ok: true, wasLocked };
}

/** A new account from the admin page (the CLI calls lib/users/create-user.ts with a client of its own). */
export function createUserAccount(input: NewUser, by: CreatedBy): Promise<CreateUserResult> {
  return createUser(db, input, by);
}

/** The account a sign-in attempt names, if there is one (the sign-in route records refused attempts against it). */
export function findAccountByEmail(email: string): Promise<{ id: string; email: string } | null> {
  return db.user.findUnique({ where: { email }, select: { id: true, email: true } });
}
