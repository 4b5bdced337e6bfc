import { getTranslations } from "next-intl/server";
import type { AlignedCell, AlignedSection, CompareEntrySummary } from "@/lib/validation/compare";
import { entryBorderBottomClass, entryLetter } from "./entry-letters";
import { OverlapSummary } from "./overlap-summary";

/**
 * One section of the comparison as a table, one column per entry: first a row per shared item
 * (each entry's own wording side by side), then one row with what is unique to each column.
 * Wide content scrolls sideways inside its own box, so the page itself never does (360 px too).
 */
export async function CompareSection({ section, entries }: { section: AlignedSection; entries: CompareEntrySummary[] }) {
  const t = await getTranslations("compare");
  const title = t(`sections.${section.id}`);
  const shared = section.rows.filter((r) => r.sharedBy >= 2);
  const unique = entries.map((_, i) => section.rows.filter((r) => r.sharedBy === 1 && r.cells[i] !== null).map((r) => r.cells[i]!));
  const headingId = `section-${section.id}`;
  const isChips = section.id === "esco";

  return (
    <section aria-labelledby={headingId} className="compare-section space-y-3">
      <h2 id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      <OverlapSummary section={section} entries={entries} />
      {section.overlap.entriesWithData > 0 ? (
        <div className="compare-scroll relative overflow-x-auto rounded border border-slate-200" tabIndex={0} role="region" aria-label={t("tableOf", { section: title })}>
          <table className="w-full min-w-[32rem] table-fixed border-collapse text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {entries.map((entry, i) => (
                  <th
                    key={entry.id}
                    scope="col"
                    className={`border-b-2 bg-slate-50 px-2 py-1 text-left align-bottom font-semibold ${entryBorderBottomClass(i)}`}
                  >
                    <span className="mr-1 font-bold">{entryLetter(i)}</span>
                    <span lang={entry.language} className="line-clamp-2 font-normal">
                      {entry.title}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shared.map((row) => (
                <tr key={row.key} className="border-b border-slate-200 align-top">
                  {row.cells.map((cell, i) =>
                    cell ? (
                      <td key={i} className="shared-cell border-l-4 border-emerald-600 bg-emerald-50 px-2 py-1.5">
                        <span className="mb-0.5 inline-block rounded bg-emerald-700 px-1.5 text-xs font-semibold text-white print:border print:border-black print:bg-white print:text-black">
                          ✓ {t("sharedRow")}
                          <span className="sr-only"> ({t("sharedBy", { count: row.sharedBy, total: entries.length })})</span>
                        </span>
                        <CellText cell={cell} />
                      </td>
                    ) : (
                      <td key={i} className="px-2 py-1.5 text-slate-500">
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">{t("notPresent")}</span>
                      </td>
                    ),
                  )}
                </tr>
              ))}
              <tr className="align-top">
                {unique.map((cells, i) => (
                  <td key={i} className="px-2 py-2">
                    <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{t("uniqueRow")}</p>
                    {section.counts[i] === null ? (
                      <p className="italic text-slate-600">{t("noData")}</p>
                    ) : cells.length === 0 ? (
                      <p className="text-slate-600">{t("noneUnique")}</p>
                    ) : (
                      <ul className={isChips ? "flex flex-wrap gap-1" : "list-disc space-y-1 pl-4"}>
                        {cells.map((cell, j) => (
                          <li key={j} className={isChips ? "rounded border border-slate-300 px-1.5 py-0.5" : undefined}>
                            <CellText cell={cell} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** The entry's own wording, with where it sits (task codes, requirement labels) when that helps. */
function CellText({ cell }: { cell: AlignedCell }) {
  const first = cell.items[0]!;
  const refs = [...new Set(cell.items.map((i) => i.ref).filter((r): r is string => r !== null && /^(Z|Kz)\d+$/.test(r)))];
  return (
    <span className="block">
      <span lang={first.lang}>{first.text}</span>
      {refs.length > 0 ? <span className="ml-1 whitespace-nowrap font-mono text-xs text-slate-600">({refs.join(", ")})</span> : null}
    </span>
  );
}
