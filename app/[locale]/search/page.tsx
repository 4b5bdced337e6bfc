import { getTranslations, setRequestLocale } from "next-intl/server";
import { OccupationList } from "@/components/occupations/occupation-list";
import { SearchForm } from "@/components/search-form";
import { searchOccupationsByName } from "@/lib/data/occupations";
import { nameSearchParamsSchema } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "search" });
  return { title: t("heading") };
}

export default async function SearchPage(props: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ locale }, raw] = await Promise.all([props.params, props.searchParams]);
  setRequestLocale(locale);
  const { q } = nameSearchParamsSchema.parse(raw);
  const t = await getTranslations("search");
  const items = q ? await searchOccupationsByName(q, 100) : [];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <SearchForm locale={locale} defaultValue={q} />
      {!q ? (
        <p>{t("empty")}</p>
      ) : items.length === 0 ? (
        <p role="status">{t("none", { query: q })}</p>
      ) : (
        <section className="space-y-3">
          <p role="status">{t("resultsFor", { query: q, count: items.length })}</p>
          <OccupationList items={items} showLevel />
        </section>
      )}
    </div>
  );
}
