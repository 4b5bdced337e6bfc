import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { OccupationSummary } from "@/lib/validation/occupation";

/** A group's name in the trail, as KZiS writes it; long names are cut by CSS (the text stays whole). */
function BreadcrumbName({ name }: { name: string }) {
  return (
    <span lang="pl" className="inline-block max-w-[14rem] truncate align-bottom sm:max-w-[22rem]">
      {name}
    </span>
  );
}

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
            <Link href={`/occupations/${p.code}`} className="text-brand-700 hover:underline">
              <span className="font-mono">{p.code}</span> <BreadcrumbName name={p.name} />
            </Link>
          </li>
        ))}
        <li className="before:mr-2 before:content-['›']" aria-current="page">
          <span className="font-mono">{current.code}</span> <BreadcrumbName name={current.name} />
        </li>
      </ol>
    </nav>
  );
}
