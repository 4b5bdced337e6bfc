import { getTranslations } from "next-intl/server";
import { OtherName } from "@/components/ui/other-name";
import { Link } from "@/lib/i18n/link";
import type { OtherName as OtherNameValue } from "@/lib/names/other-names";
import type { OccupationSummary } from "@/lib/validation/occupation";

type Props = { items: OccupationSummary[]; showLevel?: boolean; otherNames?: Map<string, OtherNameValue> };

/** Entries by code and KZiS name; a name from another source (lib/data/other-names.ts) is a second line. */
export async function OccupationList({ items, showLevel = false, otherNames }: Props) {
  const t = await getTranslations("levels");
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200">
      {items.map((item) => (
        <li key={item.code}>
          <Link href={`/occupations/${item.code}`} className="flex gap-3 px-3 py-2 hover:bg-slate-50">
            <span className="w-16 shrink-0 font-mono text-slate-700">{item.code}</span>
            <span>
              <span lang="pl" className="text-brand-800 underline-offset-2 hover:underline">
                {item.name}
              </span>
              <OtherName name={otherNames?.get(item.code)} />
            </span>
            {showLevel ? <span className="ml-auto shrink-0 text-sm text-slate-600">{t(item.level)}</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
