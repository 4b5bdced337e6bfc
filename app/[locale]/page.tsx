import { getTranslations, setRequestLocale } from "next-intl/server";
import { OccupationList } from "@/components/occupations/occupation-list";
import { SearchBox } from "@/components/search/search-box";
import { groupNamesForLocale } from "@/lib/data/lexicon";
import { countOccupations, getMajorGroups } from "@/lib/data/occupations";

export const dynamic = "force-dynamic";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, majors, count, localNames] = await Promise.all([getTranslations("home"), getMajorGroups(), countOccupations(), groupNamesForLocale(locale)]);
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p className="text-slate-700">{t("intro", { count })}</p>
        <SearchBox locale={locale} />
      </section>
      <section aria-labelledby="majors" className="space-y-3">
        <h2 id="majors" className="text-xl font-semibold">
          {t("majorGroups")}
        </h2>
        <OccupationList items={majors} localNames={localNames} />
      </section>
    </div>
  );
}
