import { getTranslations } from "next-intl/server";
import { AddToCompareButton } from "@/components/compare/add-to-compare-button";
import { OtherName } from "@/components/ui/other-name";
import { Link } from "@/lib/i18n/link";
import type { OtherName as OtherNameValue } from "@/lib/names/other-names";
import type { SearchItem } from "@/lib/validation/search";
import { SnippetText } from "./snippet-text";

function itemHref(item: SearchItem): string {
  return item.positionId !== null ? `/positions/${item.positionId}` : `/occupations/${item.code}`;
}

/** One result per row: code, name, what kind of entry it is, and where the words matched. */
type Props = { items: SearchItem[]; startIndex: number; otherNames?: Map<string, OtherNameValue> };

/** The KZiS codes among the results, whose names other sources may give (lib/data/other-names.ts). */
export function classificationCodes(items: SearchItem[]): string[] {
  return items.flatMap((i) => (i.positionId === null && i.code !== null ? [i.code] : []));
}

export async function SearchResults({ items, startIndex, otherNames }: Props) {
  const [t, tl] = await Promise.all([getTranslations("searchResults"), getTranslations("levels")]);
  return (
    <ol start={startIndex} className="divide-y divide-slate-200 rounded border border-slate-200">
      {items.map((item) => (
        <li key={item.positionId !== null ? `p${item.positionId}` : `o${item.code}`} className="space-y-1 px-3 py-3">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            {/* A position's code is only the occupation it is linked to: not shown as its own. */}
            <span className="w-16 shrink-0 font-mono text-slate-700">{item.positionId === null ? item.code : null}</span>
            <Link href={itemHref(item)} className="font-medium text-brand-800 underline-offset-2 hover:underline" lang={item.language}>
              {item.name}
            </Link>
            <AddToCompareButton id={item.positionId !== null ? `p${item.positionId}` : item.code} title={item.name} lang={item.language} className="ml-auto" />
          </div>
          {item.positionId === null && item.code !== null ? <OtherName name={otherNames?.get(item.code)} className="sm:ml-19" /> : null}
          <p className="flex flex-wrap gap-2 text-xs text-slate-700">
            <span className="rounded bg-slate-100 px-1.5 py-0.5">{item.level ? tl(item.level) : t(`kind.${item.kind}`)}</span>
            {item.hasProfile ? <span className="rounded bg-green-100 px-1.5 py-0.5 text-green-900">{t("badge.profile")}</span> : null}
            {item.isVocational ? <span className="rounded bg-sky-100 px-1.5 py-0.5 text-sky-900">{t("badge.vocational")}</span> : null}
            {item.language !== "pl" ? <span className="rounded bg-slate-100 px-1.5 py-0.5">{item.language.toUpperCase()}</span> : null}
          </p>
          {item.snippet ? (
            <p className="text-sm text-slate-700">
              <span className="text-slate-600">{t(`field.${item.snippet.field}`)}: </span>
              <span lang={item.language}>
                <SnippetText snippet={item.snippet} />
              </span>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
