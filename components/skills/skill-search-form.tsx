import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";

/** A plain GET form: works without JavaScript, and the URL holds the phrase. */
export async function SkillSearchForm({ locale, defaultValue = "" }: { locale: string; defaultValue?: string }) {
  const t = await getTranslations("skills");
  return (
    <form role="search" action={getPathname({ href: "/skills", locale })} method="get" className="flex flex-col gap-2 sm:flex-row">
      <label htmlFor="skill-q" className="sr-only">
        {t("label")}
      </label>
      <input
        id="skill-q"
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
