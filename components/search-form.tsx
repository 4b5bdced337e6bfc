import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";

/** A plain GET form: works without JavaScript, and the URL holds the query. */
export async function SearchForm({ locale, defaultValue = "" }: { locale: string; defaultValue?: string }) {
  const t = await getTranslations("search");
  return (
    <form role="search" action={getPathname({ href: "/search", locale })} method="get" className="flex flex-col gap-2 sm:flex-row">
      <label htmlFor="q" className="sr-only">
        {t("label")}
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t("placeholder")}
        autoComplete="off"
        className="w-full rounded border border-slate-400 px-3 py-2 text-base"
      />
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </form>
  );
}
