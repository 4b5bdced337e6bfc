import { getTranslations } from "next-intl/server";
import { OtherName } from "@/components/ui/other-name";
import { Link } from "@/lib/i18n/link";
import type { OtherName as OtherNameValue } from "@/lib/names/other-names";
import type { OccupationSummary } from "@/lib/validation/occupation";

const CUT = "max-w-[14rem] truncate sm:max-w-[22rem]";

/** A group's name in the trail, as KZiS writes it; long names are cut by CSS (the text stays whole). */
function BreadcrumbName({ name }: { name: string }) {
  return (
    <span lang="pl" className={`inline-block align-bottom ${CUT}`}>
      {name}
    </span>
  );
}

type Props = { parents: OccupationSummary[]; current: OccupationSummary; otherNames?: Map<string, OtherNameValue> };

export async function Breadcrumbs({ parents, current, otherNames }: Props) {
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
              <OtherName name={otherNames?.get(p.code)} className={CUT} />
            </Link>
          </li>
        ))}
        <li className="before:mr-2 before:content-['›']" aria-current="page">
          <span className="font-mono">{current.code}</span> <BreadcrumbName name={current.name} />
          <OtherName name={otherNames?.get(current.code)} className={CUT} />
        </li>
      </ol>
    </nav>
  );
}
