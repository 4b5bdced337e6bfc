import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompareEntryHeader } from "@/components/compare/compare-entry-header";
import { CompareForm } from "@/components/compare/compare-form";
import { CompareSection } from "@/components/compare/compare-section";
import { CompareTraySync } from "@/components/compare/compare-tray-sync";
import { SaveComparisonButton } from "@/components/folder/save-comparison-button";
import { KeyCompetenceOverlay } from "@/components/compare/key-competence-overlay";
import { buildComparison } from "@/lib/compare/build";
import { loadCompareEntries } from "@/lib/data/compare";
import { Link } from "@/lib/i18n/link";
import { MAX_COMPARE, MIN_COMPARE, compareEntryIdSchema, compareQuerySchema, splitEntryIds } from "@/lib/validation/compare";
// Landscape paper in print (a stylesheet, not a <style> element: the CSP allows no inline styles).
import "./compare-print.css";

export const dynamic = "force-dynamic";

/** One column per compared entry (2–4) from 640 px, as classes rather than a style attribute (CSP). */
const GRID_COLUMNS: Record<number, string> = { 1: "sm:grid-cols-1", 2: "sm:grid-cols-2", 3: "sm:grid-cols-3", 4: "sm:grid-cols-4" };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "compare" });
  return { title: t("title") };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const [{ locale }, raw] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, tf] = await Promise.all([getTranslations("compare"), getTranslations("folder")]);
  const requested = splitEntryIds(raw.codes);
  const parsed = compareQuerySchema.safeParse({ codes: raw.codes });
  const invalid = requested.filter((id) => !compareEntryIdSchema.safeParse(id).success);

  const loaded = parsed.success ? await loadCompareEntries(parsed.data.codes) : null;
  const comparison = loaded && loaded.entries.length >= MIN_COMPARE ? buildComparison(loaded.entries) : null;
  const ids = comparison?.entries.map((e) => e.id) ?? [];
  const compareHref = (list: string[]) => `/compare?codes=${list.join(",")}`;

  return (
    <div className="compare-print space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>

      <CompareForm locale={locale} defaultValue={requested.join(", ")} />

      <div role="status" className="space-y-1 empty:hidden">
        {invalid.length > 0 ? <p className="text-red-800">{t("invalid", { ids: invalid.join(", ") })}</p> : null}
        {invalid.length === 0 && requested.length > MAX_COMPARE ? <p className="text-red-800">{t("tooMany", { max: MAX_COMPARE })}</p> : null}
        {loaded && loaded.missing.length > 0 ? <p className="text-red-800">{t("notFound", { ids: loaded.missing.join(", ") })}</p> : null}
        {!comparison && invalid.length === 0 && requested.length <= MAX_COMPARE ? <p>{requested.length === 0 ? t("empty") : t("tooFew")}</p> : null}
      </div>

      {comparison ? (
        <>
          <CompareTraySync entries={comparison.entries.map((e) => ({ id: e.id, title: e.title, lang: e.language }))} />
          <SaveComparisonButton ids={ids} labels={{ save: tf("saveComparison"), saved: tf("comparisonSaved") }} />
          <div className="compare-scroll relative overflow-x-auto" tabIndex={0} role="region" aria-label={t("entriesLabel")}>
            <ul
              // One column of entry cards on a phone, side by side from 640 px.
              className={`grid gap-3 sm:min-w-[32rem] ${GRID_COLUMNS[comparison.entries.length] ?? "sm:grid-cols-4"}`}
              aria-label={t("entriesLabel")}
            >
              {comparison.entries.map((entry, i) => (
                <li key={entry.id} className="rounded border border-slate-200 p-3">
                  <CompareEntryHeader entry={entry} index={i} removeHref={compareHref(ids.filter((id) => id !== entry.id))} />
                </li>
              ))}
            </ul>
          </div>
          {comparison.sections.map((section) => (
            <CompareSection key={section.id} section={section} entries={comparison.entries} />
          ))}
          <KeyCompetenceOverlay data={comparison.keyCompetences} entries={comparison.entries} />
          <p className="no-print text-sm">
            <a href={`/api/v1/compare?codes=${ids.join(",")}`} className="text-brand-800 underline underline-offset-2" download>
              {t("download")}
            </a>
            {" · "}
            <Link href="/api-docs" className="text-brand-800 underline underline-offset-2">
              API
            </Link>
          </p>
        </>
      ) : null}
    </div>
  );
}
