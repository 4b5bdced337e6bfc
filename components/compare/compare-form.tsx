import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/i18n/paths";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A plain GET form for typing codes: works without JavaScript, and the URL holds the comparison. */
export async function CompareForm({ locale, defaultValue = "" }: { locale: string; defaultValue?: string }) {
  const t = await getTranslations("compare");
  return (
    <form action={localePath(locale, "/compare")} method="get" className="no-print space-y-1">
      <label htmlFor="compare-codes" className="block font-medium">
        {t("formLabel")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          variant="search"
          id="compare-codes"
          name="codes"
          type="text"
          inputMode="text"
          defaultValue={defaultValue}
          placeholder="351402, 243108"
          autoComplete="off"
          aria-describedby="compare-codes-hint"
        />
        <Button variant="primary" type="submit">
          {t("submit")}
        </Button>
      </div>
      <p id="compare-codes-hint" className="text-sm text-slate-700">
        {t("formHint")}
      </p>
    </form>
  );
}
