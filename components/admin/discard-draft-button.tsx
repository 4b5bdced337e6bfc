"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { discardDraftAction, type SimpleOk } from "@/lib/actions/editor";
import type { ActionState } from "@/lib/actions/safe-action";

type Props = { entityType: string; entityKey: string; draftRevision: number };

/** Throws the draft away (compare-and-set on its revision); the page then shows the published entry. */
export function DiscardDraftButton({ entityType, entityKey, draftRevision }: Props) {
  const t = useTranslations("editor.form");
  const [state, action, pending] = useActionState(
    async (prev: ActionState<SimpleOk>, formData: FormData) => {
      const next = await discardDraftAction(prev, formData);
      // The editor form holds the old draft in client state: start again from the server.
      if (next.status === "ok") window.location.reload();
      return next;
    },
    { status: "idle" },
  );
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="entityType" value={entityType} />
      <input type="hidden" name="entityKey" value={entityKey} />
      <input type="hidden" name="draftRevision" value={draftRevision} />
      <button type="submit" disabled={pending} className="rounded border border-red-700 px-3 py-1 text-red-800">
        {t("discard")}
      </button>
      <span aria-live="polite" className="text-sm">
        {state.status === "error" ? state.message : null}
      </span>
    </form>
  );
}
