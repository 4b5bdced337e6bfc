import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { selectKey } from "@/lib/i18n/select-key";
import type { CompareEntrySummary } from "@/lib/validation/compare";
import { entryBgClass, entryLetter } from "./entry-letters";

/** Where an entry's own page is: occupations by code, positions by number. */
function entryHref(entry: Pick<CompareEntrySummary, "id" | "code">): string {
  return entry.code ? `/occupations/${entry.code}` : `/positions/${entry.id.slice(1)}`;
}

type Props = { entry: CompareEntrySummary; index: number; removeHref: string };

/** The head of one column: letter, kind, title in its own language, where its tasks come from, links. */
export async function CompareEntryHeader({ entry, index, removeHref }: Props) {
  const t = await getTranslations("compare");
  const kindLabel = entry.positionKind ? t("positionKind", { kind: selectKey(entry.positionKind) }) : t("kind", { kind: entry.kind });
  return (
    <div className="flex h-full flex-col gap-1">
      <p className="flex items-center gap-2 text-sm text-slate-700">
        <span
          aria-hidden="true"
          className={`inline-flex size-6 shrink-0 items-center justify-center rounded-full font-bold text-white print:border print:border-black print:text-black ${entryBgClass(index)}`}
        >
          {entryLetter(index)}
        </span>
        <span>
          <span className="sr-only">{entryLetter(index)}: </span>
          {kindLabel}
          {entry.code ? (
            <>
              {" · "}
              {t("code", { code: entry.code })}
            </>
          ) : null}
        </span>
      </p>
      <h2 className="text-lg font-semibold leading-snug" lang={entry.language}>
        <Link href={entryHref(entry)} className="text-brand-800 underline-offset-2 hover:underline">
          {entry.title}
        </Link>
      </h2>
      {entry.employer ? (
        <p className="text-sm text-slate-700">
          {t("employer")} <span lang={entry.language}>{entry.employer}</span>
        </p>
      ) : null}
      {entry.occupation ? (
        <p className="text-sm text-slate-700">
          {t("assigned")} <span className="font-mono">{entry.occupation.code}</span> <span lang="pl">{entry.occupation.name}</span>
        </p>
      ) : null}
      {entry.taskSource ? (
        <p className="text-xs text-slate-600">{t("taskSource", { source: selectKey(entry.taskSource), code: entry.unitGroup?.code ?? "" })}</p>
      ) : null}
      <p className="no-print mt-auto pt-1 text-sm">
        <Link href={removeHref} className="text-slate-700 underline underline-offset-2 hover:text-slate-900" aria-label={t("remove", { title: entry.title })}>
          {t("removeShort")}
        </Link>
      </p>
    </div>
  );
}
