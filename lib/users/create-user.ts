/**
 * Creates an editor or admin account: the one code path behind `npm run user:create`, the admin
 * users page, the development demo editor and the e2e setup. It writes the User row and a
 * better-auth "credential" Account with the password hashed by better-auth's own hasher, so the
 * account signs in through better-auth like one it created itself.
 * NOTE: no `server-only` here: the CLI runs it under tsx, outside Next.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isUniqueViolation } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { passwordHashing } from "@/lib/auth/password-hashing";
import { checkPassword, type PasswordProblem } from "@/lib/auth/password-policy";
import { roleSchema, type Role } from "@/lib/auth/roles";

export const newUserSchema = z.object({
  email: z.email({ error: "A valid e-mail address" }).trim().toLowerCase().max(254),
  name: z.string().trim().min(1, { error: "A name" }).max(120),
  role: roleSchema,
  password: z.string(),
});
export type NewUser = z.infer<typeof newUserSchema>;

export type CreateUserResult =
  | { ok: true; user: { id: string; email: string; role: Role } }
  | { ok: false; reason: "weak-password"; problems: PasswordProblem[] }
  | { ok: false; reason: "email-taken" };

/** Who created the account, for the audit row written with it: an admin (users page) or the command line. */
export type CreatedBy = { actorId: string | null; ip: string | null; via: "admin" | "cli" | "setup" };

export async function createUser(db: PrismaClient, input: NewUser, by: CreatedBy = { actorId: null, ip: null, via: "cli" }): Promise<CreateUserResult> {
  const user = newUserSchema.parse(input);
  const problems = checkPassword(user.password, { email: user.email, name: user.name });
  if (problems.length > 0) return { ok: false, reason: "weak-password", problems };
  const passwordHash = await passwordHashing.hash(user.password);
  const id = randomUUID();
  try {
    await db.$transaction([
      db.user.create({ data: { id, email: user.email, name: user.name, role: user.role, emailVerified: true } }),
      // better-auth's credential account: accountId is the user id, providerId "credential".
      db.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash } }),
      // Every way an account is made leaves its audit row, in the same transaction.
      db.auditLog.create({
        data: { action: "user-create", userId: by.actorId, entity: `user:${id}`, details: { email: user.email, role: user.role, via: by.via }, ip: by.ip },
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
  return { ok: true, user: { id, email: user.email, role: user.role } };
}
