"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeSessionsAction, setRoleAction, unlockSignInAction, type UsersActionState } from "@/lib/actions/users";

const IDLE: UsersActionState = { status: "idle" };

type Props = { userId: string; email: string; role: string; isSignInThrottled?: boolean };

/** Change the role, end all sessions: each a small form of its own, each answered next to it. */
export function UserRowActions({ userId, email, role, isSignInThrottled = false }: Props) {
  const t = useTranslations("admin.users");
  const [roleState, roleAction, rolePending] = useActionState(setRoleAction, IDLE);
  const [revokeState, revokeAction, revokePending] = useActionState(revokeSessionsAction, IDLE);
  const [unlockState, unlockAction, unlockPending] = useActionState(unlockSignInAction, IDLE);
  const status = [roleState, revokeState, unlockState]
    .map((s) => (s.status === "idle" ? null : s.message))
    .filter(Boolean)
    .join(" ");
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={roleAction} className="inline-flex items-center gap-1">
        <input type="hidden" name="userId" value={userId} />
        <label className="sr-only" htmlFor={`role-${userId}`}>
          {t("roleOf", { email })}
        </label>
        <select id={`role-${userId}`} name="role" defaultValue={role} className="rounded border border-slate-400 px-1 py-0.5">
          <option value="editor">{t("roleEditor")}</option>
          <option value="admin">{t("roleAdmin")}</option>
        </select>
        <button type="submit" disabled={rolePending} className="rounded border border-slate-400 px-2 py-0.5">
          {t("setRole")}
        </button>
      </form>
      <form action={revokeAction}>
        <input type="hidden" name="userId" value={userId} />
        <button
          type="submit"
          disabled={revokePending}
          className="rounded border border-red-700 px-2 py-0.5 text-red-800"
          aria-label={t("revokeFor", { email })}
        >
          {t("revoke")}
        </button>
      </form>
      {isSignInThrottled ? (
        <form action={unlockAction}>
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" disabled={unlockPending} className="rounded border border-slate-400 px-2 py-0.5" aria-label={t("unlockFor", { email })}>
            {t("unlock")}
          </button>
        </form>
      ) : null}
      <span aria-live="polite" className="text-sm">
        {status}
      </span>
    </div>
  );
}
