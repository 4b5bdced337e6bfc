import { getTranslations } from "next-intl/server";
import { formatJaccard } from "@/lib/compare/overlap";
import type { AlignedSection, CompareEntrySummary } from "@/lib/validation/compare";
import { entryLetter } from "./entry-letters";

/**
 * The section's overlap in words ("They share 7 of 23 skills"), the Jaccard index as secondary
 * text, and for three or four entries the figure of each pair.
 */
export async function OverlapSummary({ section, entries }: { section: AlignedSection; entries: CompareEntrySummary[] }) {
  const t = await getTranslations("compare");
  const { overlap } = section;
  const withoutData = entries.filter((_, i) => section.counts[i] === null);
  const noun = t(`noun.${section.id}`, { count: overlap.total });

  if (overlap.entriesWithData === 0) return <p className="text-slate-700">{t("noneHasSection")}</p>;
  return (
    <div className="space-y-1">
      {overlap.entriesWithData === 1 ? (
        <p className="text-slate-700">{t("onlyOneHasSection")}</p>
      ) : (
        <>
          <p className="font-medium">
            {overlap.entriesWithData === 2
              ? t("overlapTwo", { shared: overlap.shared, total: overlap.total, noun })
              : t("overlapMany", { shared: overlap.shared, total: overlap.total, all: overlap.sharedByAll, noun })}
          </p>
          {overlap.jaccard !== null ? (
            <p className="text-sm text-slate-700" title={overlap.jaccard.toFixed(2)}>
              {t("jaccard", { value: formatJaccard(overlap.jaccard) })}
            </p>
          ) : null}
          {overlap.pairs.length > 1 ? (
            <p className="text-sm text-slate-700">
              {t("pairsLabel")}:{" "}
              {overlap.pairs
                .map((p) => t("pair", { a: entryLetter(p.a), b: entryLetter(p.b), shared: p.shared, total: p.total, value: formatJaccard(p.jaccard) }))
                .join("; ")}
            </p>
          ) : null}
        </>
      )}
      {withoutData.length > 0 ? (
        <p className="text-sm text-slate-700">
          {t("noDataFor", { names: withoutData.map((e) => `${entryLetter(entries.indexOf(e))} (${e.title})`).join(", ") })}
        </p>
      ) : null}
    </div>
  );
}
