"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeSessionsAction, setRoleAction, unlockSignInAction, type UsersActionState } from "@/lib/actions/users";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

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
        <Select id={`role-${userId}`} name="role" defaultValue={role}>
          <option value="editor">{t("roleEditor")}</option>
          <option value="admin">{t("roleAdmin")}</option>
        </Select>
        <Button variant="small" type="submit" disabled={rolePending}>
          {t("setRole")}
        </Button>
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
          <Button variant="small" type="submit" disabled={unlockPending} aria-label={t("unlockFor", { email })}>
            {t("unlock")}
          </Button>
        </form>
      ) : null}
      <span aria-live="polite" className="text-sm">
        {status}
      </span>
    </div>
  );
}
