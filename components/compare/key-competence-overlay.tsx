import { getTranslations } from "next-intl/server";
import { localiseKeyCompetences } from "@/lib/i18n/key-competence-names";
import type { CompareEntrySummary, KeyCompetenceComparison } from "@/lib/validation/compare";
import { entryBgClass, entryLetter } from "./entry-letters";
import { KeyCompetenceOverlayChart } from "./key-competence-overlay-chart";

/** Key competences of the compared entries: one overlay chart and the same data as a table. */
export async function KeyCompetenceOverlay({ data, entries }: { data: KeyCompetenceComparison; entries: CompareEntrySummary[] }) {
  const withData = entries.map((_, i) => i).filter((i) => data.hasData[i]);
  // Key-competence names come from the profiles, which are Polish; the nine are named in the UI language.
  const [t, { items: rows, lang: contentLang }] = await Promise.all([
    getTranslations("compare"),
    localiseKeyCompetences(data.rows, entries[withData[0] ?? 0]?.language ?? "pl"),
  ]);

  return (
    <section aria-labelledby="section-key" className="compare-section space-y-3">
      <h2 id="section-key" className="text-xl font-semibold">
        {t("keyHeading")}
      </h2>
      {withData.length === 0 ? (
        <p className="text-slate-700">{t("keyNone")}</p>
      ) : (
        <>
          <p className="text-slate-700">{t("keyIntro")}</p>
          {withData.length < entries.length ? (
            <p className="text-sm text-slate-700">
              {t("noDataFor", {
                names: entries
                  .map((e, i) => ({ e, i }))
                  .filter(({ i }) => !data.hasData[i])
                  .map(({ e, i }) => `${entryLetter(i)} (${e.title})`)
                  .join(", "),
              })}
            </p>
          ) : null}
          <figure className="break-inside-avoid space-y-2">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
              {withData.map((i) => (
                <li key={i} className="flex items-center gap-1">
                  <span className={`inline-block size-3 ${entryBgClass(i)}`} />
                  <span className="font-bold">{entryLetter(i)}</span>
                  <span lang={entries[i]!.language}>{entries[i]!.title}</span>
                </li>
              ))}
            </ul>
            <KeyCompetenceOverlayChart
              rows={rows}
              entries={withData}
              label={t("keyChartLabel")}
              unknownLabel={t("unknown")}
              describedBy="key-competence-compare-table"
              contentLang={contentLang}
            />
            <figcaption className="text-sm text-slate-700">{t("keyChartCaption")}</figcaption>
          </figure>
          <div className="compare-scroll relative overflow-x-auto" tabIndex={0} role="region" aria-label={t("keyTableCaption")}>
            <table id="key-competence-compare-table" className="w-full border-collapse text-xs sm:text-sm">
              <caption className="mb-2 text-left font-semibold">{t("keyTableCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-1 pr-3 text-left font-semibold">
                    {t("keyColumnName")}
                  </th>
                  {entries.map((entry, i) => (
                    <th key={entry.id} scope="col" className="px-2 py-1 text-right font-semibold">
                      <abbr title={entry.title} className="no-underline">
                        {entryLetter(i)}
                      </abbr>
                      <span className="sr-only"> {entry.title}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.name} className="border-b border-slate-200">
                    <th scope="row" className="py-1 pr-2 text-left font-normal hyphens-auto [overflow-wrap:anywhere] sm:pr-3" lang={contentLang}>
                      {row.name}
                    </th>
                    {row.levels.map((level, i) => (
                      <td key={i} className="px-1 py-1 text-right tabular-nums sm:px-2">
                        {!data.hasData[i] ? (
                          <span className="text-slate-600">{t("noData")}</span>
                        ) : level === null ? (
                          <span className="italic text-slate-700">{t("unknown")}</span>
                        ) : (
                          level
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
