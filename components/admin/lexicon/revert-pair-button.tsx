"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revertLexiconPairAction, type LexiconActionState } from "@/lib/actions/lexicon";
import { useRouter } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";

type Props = { concept: string; lang: string; baseVersion: number };

/** Returns the pair to the seed's version (the editor's rows are deleted), then shows the page again. */
export function RevertPairButton({ concept, lang, baseVersion }: Props) {
  const t = useTranslations("admin.lexicon");
  const router = useRouter();
  const [state, action, pending] = useActionState(
    async (previous: LexiconActionState, formData: FormData) => {
      const next = await revertLexiconPairAction(previous, formData);
      if (next.status === "ok") router.refresh();
      return next;
    },
    { status: "idle" },
  );
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="concept" value={concept} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <Button type="submit" disabled={pending}>
        {t("revert")}
      </Button>
      <span role="status" aria-live="polite" className={state.status === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}>
        {state.status === "idle" ? null : state.message}
      </span>
    </form>
  );
}
