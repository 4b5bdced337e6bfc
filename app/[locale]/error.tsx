"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

// Shows a generic message only; the real error is logged on the server (and here in the console).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  useEffect(() => {
    console.error(error.digest ?? "render error");
  }, [error]);
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("text")}</p>
      <button type="button" onClick={() => reset()} className="rounded bg-brand-700 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
