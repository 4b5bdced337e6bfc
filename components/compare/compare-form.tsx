import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";

/** A plain GET form for typing codes: works without JavaScript, and the URL holds the comparison. */
export async function CompareForm({ locale, defaultValue = "" }: { locale: string; defaultValue?: string }) {
  const t = await getTranslations("compare");
  return (
    <form action={getPathname({ href: "/compare", locale })} method="get" className="no-print space-y-1">
      <label htmlFor="compare-codes" className="block font-medium">
        {t("formLabel")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="compare-codes"
          name="codes"
          type="text"
          inputMode="text"
          defaultValue={defaultValue}
          placeholder="351402, 243108"
          autoComplete="off"
          aria-describedby="compare-codes-hint"
          className="w-full rounded border border-slate-400 px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </div>
      <p id="compare-codes-hint" className="text-sm text-slate-700">
        {t("formHint")}
      </p>
    </form>
  );
}
