import { getTranslations } from "next-intl/server";
import { localiseKeyCompetences } from "@/lib/i18n/key-competence-names";
import type { KeyCompetence } from "@/lib/validation/profile";
import type { Origin } from "@/lib/validation/origin";
import { ProvenanceMark } from "./provenance-mark";
import { KeyCompetenceChart } from "./key-competence-chart";

/**
 * The key-competence profile: the chart and, beside it, the same data as a table (the chart's
 * text alternative). A level the source does not give is "unknown" in both — never 0.
 */
export async function KeyCompetences({
  items: sourceItems,
  contentLang: sourceLang,
  origins,
}: {
  items: KeyCompetence[];
  contentLang: string;
  origins?: Origin[];
}) {
  const [t, { items, lang: contentLang }] = await Promise.all([getTranslations("profile"), localiseKeyCompetences(sourceItems, sourceLang)]);
  const unknownCount = items.filter((k) => k.level === null).length;
  const allUnknown = items.length > 0 && unknownCount === items.length;

  return (
    <section aria-labelledby="key-competences" className="print-break-before space-y-3">
      <h2 id="key-competences" className="text-xl font-semibold">
        {t("keyCompetences")}
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-700">{t("keyNone")}</p>
      ) : (
        <>
          <p className="text-slate-700">{t("keyScale")}</p>
          {allUnknown ? (
            <p role="note" className="rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-slate-900">
              {t("keyAllUnknown")}
            </p>
          ) : unknownCount > 0 ? (
            <p role="note" className="text-slate-700">
              {t("keySomeUnknown")}
            </p>
          ) : null}
          <div className="grid items-start gap-6 lg:grid-cols-2 print:grid-cols-2">
            <figure className="break-inside-avoid">
              <KeyCompetenceChart
                items={items}
                label={t("keyChartLabel")}
                unknownLabel={t("unknown")}
                descriptionId="key-competence-chart-desc"
                contentLang={contentLang}
              />
              <figcaption className="mt-1 text-sm text-slate-700">{t("keyChartCaption")}</figcaption>
            </figure>
            <KeyCompetenceTable items={items} contentLang={contentLang} origins={origins} />
          </div>
        </>
      )}
    </section>
  );
}

async function KeyCompetenceTable({ items, contentLang, origins }: { items: KeyCompetence[]; contentLang: string; origins?: Origin[] }) {
  const t = await getTranslations("profile");
  return (
    <table id="key-competence-table" className="w-full break-inside-avoid border-collapse text-sm">
      <caption id="key-competence-table-caption" className="mb-2 text-left font-semibold">
        {t("keyTableCaption")}
      </caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          <th scope="col" className="py-1 pr-3 text-left font-semibold">
            {t("keyColumnName")}
          </th>
          <th scope="col" className="py-1 text-right font-semibold whitespace-nowrap">
            {t("keyColumnLevel")}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => (
          <tr key={item.name} className="border-b border-slate-200">
            <th scope="row" className="py-1 pr-3 text-left font-normal" lang={contentLang}>
              {item.name}
            </th>
            <td className="py-1 text-right tabular-nums">
              {item.level === null ? <span className="italic text-slate-700">{t("unknown")}</span> : item.level}
              {/* Who gave a level (the source document or an editor); an unknown level has no giver. */}
              {item.level !== null && origins?.[i] ? <ProvenanceMark origin={origins[i]} /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
