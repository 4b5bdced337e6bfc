"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { roleSchema } from "@/lib/auth/roles";
import { createUserAccount, revokeUserSessions, setUserRole, unlockUserSignIn } from "@/lib/data/users";
import { newUserSchema } from "@/lib/users/create-user";
import { adminAction, failure, type ActionState } from "./safe-action";

type UsersOk = { message: string };
export type UsersActionState = ActionState<UsersOk>;

const userIdSchema = z.string().min(1).max(64);

export const createUserAction = adminAction(newUserSchema, "admin", async (input, { actor, ip }, formData): Promise<UsersActionState> => {
  const result = await createUserAccount(input, { actorId: actor.id, ip, via: "admin" });
  const t = await getTranslations("admin.users");
  if (!result.ok) {
    if (result.reason === "email-taken") return failure("invalid", formData, { email: [t("emailTaken")] });
    const p = await getTranslations("admin.password");
    return failure("invalid", formData, { password: result.problems.map((problem) => p(problem)) });
  }
  revalidatePath("/[locale]/admin/users", "page");
  return { status: "ok", message: t("created", { email: result.user.email }) };
});

export const setRoleAction = adminAction(
  z.object({ userId: userIdSchema, role: roleSchema }),
  "admin",
  async (input, { actor, ip }, formData): Promise<UsersActionState> => {
    const result = await setUserRole(input.userId, input.role, actor, ip);
    const t = await getTranslations("admin.users");
    if (!result.ok)
      return failure(result.reason === "not-found" ? "not-found" : "invalid", formData, {}, result.reason === "last-admin" ? t("lastAdmin") : undefined);
    revalidatePath("/[locale]/admin/users", "page");
    return { status: "ok", message: t("roleChanged") };
  },
);

export const revokeSessionsAction = adminAction(
  z.object({ userId: userIdSchema }),
  "admin",
  async (input, { actor, ip }, formData): Promise<UsersActionState> => {
    const result = await revokeUserSessions(input.userId, actor, ip);
    const t = await getTranslations("admin.users");
    if (!result.ok) return failure("not-found", formData);
    revalidatePath("/[locale]/admin/users", "page");
    return { status: "ok", message: t("revoked", { count: result.count }) };
  },
);

/** Lets unknown browsers try this account's password again at once (the throttle's counter is cleared). */
export const unlockSignInAction = adminAction(
  z.object({ userId: userIdSchema }),
  "admin",
  async (input, { actor, ip }, formData): Promise<UsersActionState> => {
    const result = await unlockUserSignIn(input.userId, actor, ip);
    const t = await getTranslations("admin.users");
    if (!result.ok) return failure("not-found", formData);
    revalidatePath("/[locale]/admin/users", "page");
    return { status: "ok", message: t("unlocked") };
  },
);
