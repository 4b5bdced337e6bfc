import { getTranslations } from "next-intl/server";
import type { AlignedCell, AlignedSection, CompareEntrySummary } from "@/lib/validation/compare";
import { entryBorderBottomClass, entryLetter } from "./entry-letters";
import { OverlapSummary } from "./overlap-summary";

/**
 * One section of the comparison as a table, one column per entry: first a row per shared item
 * (each entry's own wording side by side), then one row with what is unique to each column.
 * Below 640 px the table is laid out as a list (one block per row, each cell headed by its entry's
 * letter and title), so no column is clipped on a phone; explicit ARIA roles keep the table's
 * semantics, which browsers drop when a table's display is changed. Wider, it scrolls sideways
 * inside its own box when it must, so the page itself never does.
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
        <div
          className="compare-scroll relative overflow-x-auto rounded border border-slate-200"
          tabIndex={0}
          role="region"
          aria-label={t("tableOf", { section: title })}
        >
          <table role="table" className="block w-full border-collapse text-sm sm:table sm:min-w-[32rem] sm:table-fixed">
            <caption className="sr-only">{title}</caption>
            <thead role="rowgroup" className="sr-only sm:not-sr-only sm:table-header-group">
              <tr role="row">
                {entries.map((entry, i) => (
                  <th
                    key={entry.id}
                    scope="col"
                    role="columnheader"
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
            <tbody role="rowgroup" className="block sm:table-row-group">
              {shared.map((row) => (
                <tr key={row.key} role="row" className="block border-b-2 border-slate-200 align-top sm:table-row sm:border-b">
                  {row.cells.map((cell, i) =>
                    cell ? (
                      <td key={i} role="cell" className="shared-cell block border-l-4 border-emerald-600 bg-emerald-50 px-2 py-1.5 sm:table-cell">
                        <CellEntry entry={entries[i]!} index={i} />
                        <span className="mb-0.5 inline-block rounded bg-emerald-700 px-1.5 text-xs font-semibold text-white print:border print:border-black print:bg-white print:text-black">
                          ✓ {t("sharedRow")}
                          <span className="sr-only"> ({t("sharedBy", { count: row.sharedBy, total: entries.length })})</span>
                        </span>
                        <CellText cell={cell} />
                      </td>
                    ) : (
                      <td key={i} role="cell" className="block px-2 py-1.5 text-slate-500 sm:table-cell">
                        <CellEntry entry={entries[i]!} index={i} />
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">{t("notPresent")}</span>
                      </td>
                    ),
                  )}
                </tr>
              ))}
              <tr role="row" className="block align-top sm:table-row">
                {unique.map((cells, i) => (
                  <td key={i} role="cell" className="block border-b border-slate-200 px-2 py-2 sm:table-cell sm:border-b-0">
                    <CellEntry entry={entries[i]!} index={i} />
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

/** On a phone, where the column headers are not shown, each cell says whose it is (letter and title). */
function CellEntry({ entry, index }: { entry: CompareEntrySummary; index: number }) {
  return (
    <span aria-hidden="true" className="mb-0.5 flex items-baseline gap-1 text-xs font-semibold text-slate-700 sm:hidden">
      <span className={`inline-block border-b-2 px-0.5 ${entryBorderBottomClass(index)}`}>{entryLetter(index)}</span>
      <span lang={entry.language} className="truncate font-normal">
        {entry.title}
      </span>
    </span>
  );
}

/** The entry's own wording, with where it sits (task codes, requirement labels) when that helps. */
function CellText({ cell }: { cell: AlignedCell }) {
  const first = cell.items[0]!;
  const refs = [...new Set(cell.items.map((i) => i.ref).filter((r): r is string => r !== null && /^(?:Z|Kz)\d+$/.test(r)))];
  return (
    <span className="block">
      <span lang={first.lang}>{first.text}</span>
      {refs.length > 0 ? <span className="ml-1 whitespace-nowrap font-mono text-xs text-slate-600">({refs.join(", ")})</span> : null}
    </span>
  );
}
