import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { OccupationSummary } from "@/lib/validation/occupation";

export async function OccupationList({ items, showLevel = false }: { items: OccupationSummary[]; showLevel?: boolean }) {
  const t = await getTranslations("levels");
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200">
      {items.map((item) => (
        <li key={item.code}>
          <Link href={`/occupations/${item.code}`} className="flex gap-3 px-3 py-2 hover:bg-slate-50">
            <span className="w-16 shrink-0 font-mono text-slate-700">{item.code}</span>
            <span className="text-brand-800 underline-offset-2 hover:underline">{item.name}</span>
            {showLevel ? <span className="ml-auto shrink-0 text-sm text-slate-600">{t(item.level)}</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
