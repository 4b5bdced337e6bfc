"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { restoreRevisionAction, type RestoreOk } from "@/lib/actions/editor";
import type { ActionState } from "@/lib/actions/safe-action";
import { useRouter } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";

type Props = { revisionId: number; version: number; draftRevision: number };

/** Restores a revision as the new draft, then opens the editor on it. */
export function RestoreButton({ revisionId, version, draftRevision }: Props) {
  const t = useTranslations("editor.history");
  const router = useRouter();
  const [state, action, pending] = useActionState(
    async (prev: ActionState<RestoreOk>, formData: FormData) => {
      const next = await restoreRevisionAction(prev, formData);
      if (next.status === "ok") router.push(next.editPath);
      return next;
    },
    { status: "idle" },
  );
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="draftRevision" value={draftRevision} />
      <Button variant="small" type="submit" disabled={pending}>
        {t("restore", { version })}
      </Button>
      <span aria-live="polite" className="text-sm text-red-700">
        {state.status === "error" ? state.message : null}
      </span>
    </form>
  );
}
