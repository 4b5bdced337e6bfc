"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revertLexiconPairAction, type LexiconActionState } from "@/lib/actions/lexicon";
import { useRouter } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";

type Props = { concept: string; lang: string; baseVersion: number; heading: string; help: string; available: boolean };

/**
 * Returns the pair to the seed's version (the editor's rows are deleted), then shows the page again.
 * Mounted whether or not there is an editor's version: the answer stays on screen after the page
 * re-renders without the button.
 */
export function RevertPairButton({ concept, lang, baseVersion, heading, help, available }: Props) {
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
    <section aria-labelledby={available ? "lexicon-revert" : undefined} className="space-y-2">
      {available ? (
        <>
          <h2 id="lexicon-revert" className="text-xl font-semibold">
            {heading}
          </h2>
          <p className="text-sm text-slate-700">{help}</p>
          <form action={action} className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="concept" value={concept} />
            <input type="hidden" name="lang" value={lang} />
            <input type="hidden" name="baseVersion" value={baseVersion} />
            <Button type="submit" disabled={pending}>
              {t("revert")}
            </Button>
          </form>
        </>
      ) : null}
      <p role="status" aria-live="polite" className={state.status === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}>
        {state.status === "idle" ? null : state.message}
      </p>
    </section>
  );
}
