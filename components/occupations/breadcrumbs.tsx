import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { OccupationSummary } from "@/lib/validation/occupation";

export async function Breadcrumbs({ parents, current }: { parents: OccupationSummary[]; current: OccupationSummary }) {
  const t = await getTranslations("nav");
  return (
    <nav aria-label={t("breadcrumbs")} className="no-print text-sm">
      <ol className="flex flex-wrap gap-x-2 gap-y-1 text-slate-700">
        <li>
          <Link href="/" className="text-brand-700 hover:underline">
            {t("home")}
          </Link>
        </li>
        {parents.map((p) => (
          <li key={p.code} className="before:mr-2 before:content-['›']">
            <Link href={`/occupations/${p.code}`} className="text-brand-700 hover:underline" title={p.name}>
              {p.code}
            </Link>
          </li>
        ))}
        <li className="before:mr-2 before:content-['›']" aria-current="page">
          {current.code}
        </li>
      </ol>
    </nav>
  );
}
