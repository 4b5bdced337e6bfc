import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchBox } from "@/components/search/search-box";
import { SearchFacets } from "@/components/search/search-facets";
import { searchHref, searchQueryFor, type SearchState } from "@/components/search/search-href";
import { classificationCodes, SearchResults } from "@/components/search/search-results";
import { Pager } from "@/components/ui/pager";
import { getOtherNames } from "@/lib/data/other-names";
import { searchEntries } from "@/lib/data/search";
import { searchPageParamsSchema } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ locale }, raw] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: "search" });
  const { q } = searchPageParamsSchema.parse(raw);
  return { title: q ? `${q} · ${t("heading")}` : t("heading") };
}

export default async function SearchPage(props: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ locale }, raw] = await Promise.all([props.params, props.searchParams]);
  setRequestLocale(locale);
  // Lenient: a bad filter in a shared link is dropped, the page still shows.
  const state: SearchState = searchPageParamsSchema.parse(raw);
  const [t, tExport, result] = await Promise.all([getTranslations("searchResults"), getTranslations("export"), searchEntries(state)]);
  const pages = Math.max(1, Math.ceil(result.total / state.pageSize));
  const otherNames = await getOtherNames(classificationCodes(result.items), locale);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <SearchBox locale={locale} defaultValue={state.q} />

      <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
        <aside className="order-2 md:order-1" aria-label={t("filtersLabel")}>
          <SearchFacets state={state} facets={result.facets} />
        </aside>

        <section className="order-1 space-y-4 md:order-2" aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            {t("resultsHeading")}
          </h2>
          <div role="status" className="space-y-1">
            {result.mode === "empty" ? <p>{t("empty")}</p> : null}
            {result.mode === "too-short" ? <p>{t("tooShort")}</p> : null}
            {result.mode !== "empty" && result.mode !== "too-short" ? (
              result.total === 0 ? (
                <>
                  <p>{state.q ? t("none", { query: state.q }) : t("noneFiltered")}</p>
                  <p className="text-sm text-slate-700">{t("noneHint")}</p>
                </>
              ) : (
                <p>
                  {result.mode === "code"
                    ? t("codeResults", { code: state.q, count: result.total })
                    : result.mode === "browse"
                      ? t("browseResults", { count: result.total })
                      : t("resultsFor", { query: state.q, count: result.total })}
                  {pages > 1 ? ` · ${t("pageOf", { page: state.page, pages })}` : null}
                </p>
              )
            ) : null}
            {result.isPartial ? <p className="text-sm text-amber-900">{t("partial")}</p> : null}
          </div>

          {result.items.length > 0 ? <SearchResults items={result.items} startIndex={(state.page - 1) * state.pageSize + 1} otherNames={otherNames} /> : null}
          {result.items.length > 0 ? (
            <p className="no-print text-sm">
              {/* The API takes the same query as this page; format=csv gives this page of results. */}
              <a
                href={`/api/v1/search?${new URLSearchParams({ ...searchQueryFor(state, { page: state.page }), format: "csv", delimiter: "semicolon" })}`}
                className="text-brand-800 underline underline-offset-2"
                download
              >
                {tExport("resultsCsv")}
              </a>
            </p>
          ) : null}
          <Pager page={state.page} pages={pages} href={(page) => searchHref(state, { page })} label={t("pagination.label")} />
        </section>
      </div>
    </div>
  );
}
