"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

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
      <Button variant="primary" type="button" onClick={() => reset()}>
        {t("retry")}
      </Button>
    </div>
  );
}
