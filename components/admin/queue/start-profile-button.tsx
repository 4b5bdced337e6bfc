"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { startProfileAction, type StartProfileState } from "@/lib/actions/start-profile";

const IDLE: StartProfileState = { status: "idle" };

/** Starts a profile from the prefilled draft and opens its editor (the action redirects). */
export function StartProfileButton({ code, name }: { code: string; name: string }) {
  const t = useTranslations("admin.queue");
  const [state, action, pending] = useActionState(startProfileAction, IDLE);
  return (
    <form action={action} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="code" value={code} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-brand-800 px-2 py-0.5 text-brand-800 disabled:opacity-60"
        aria-label={t("startLabel", { code, name })}
      >
        {t("start")}
      </button>
      <span aria-live="polite" className="text-sm text-red-700">
        {state.status === "error" ? state.message : null}
      </span>
    </form>
  );
}
