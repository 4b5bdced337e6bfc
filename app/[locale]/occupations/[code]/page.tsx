import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/occupations/breadcrumbs";
import { Crosswalk } from "@/components/occupations/crosswalk";
import { OccupationList } from "@/components/occupations/occupation-list";
import { getOccupationByCode } from "@/lib/data/occupations";
import { occupationCodeSchema } from "@/lib/validation/occupation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }> };

async function load(code: string) {
  const parsed = occupationCodeSchema.safeParse(code);
  return parsed.success ? getOccupationByCode(parsed.data) : null;
}

export async function generateMetadata({ params }: Props) {
  const { code } = await params;
  const entry = await load(code);
  return entry ? { title: `${entry.code} ${entry.name}` } : {};
}

export default async function OccupationPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const entry = await load(code);
  if (!entry) notFound();
  const [t, tl] = await Promise.all([getTranslations("occupation"), getTranslations("levels")]);
  const titlesPl = entry.altTitles.filter((a) => a.language === "pl");
  const titlesEn = entry.altTitles.filter((a) => a.language === "en");

  return (
    <article className="space-y-8">
      <Breadcrumbs parents={entry.parents} current={entry} />
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          {tl(entry.level)} · {t("code")} <span className="font-mono">{entry.code}</span>
          {entry.isVocational ? <> · {t("vocational")}</> : null}
        </p>
        <h1 className="text-3xl font-bold" lang="pl">
          {entry.name}
        </h1>
      </header>

      <section aria-labelledby="description" className="space-y-2">
        <h2 id="description" className="text-xl font-semibold">
          {t("description")}
        </h2>
        {entry.description ? <p lang="pl">{entry.description}</p> : <p className="text-slate-600">{t("noDescription")}</p>}
      </section>

      {entry.groupTasks.length > 0 ? (
        <section aria-labelledby="group-tasks" className="space-y-2">
          <h2 id="group-tasks" className="text-xl font-semibold">
            {t("groupTasks")}
          </h2>
          <ul className="list-disc space-y-1 pl-6" lang="pl">
            {entry.groupTasks.map((task, i) => (
              <li key={i}>{task}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {entry.children.length > 0 ? (
        <section aria-labelledby="children" className="space-y-2">
          <h2 id="children" className="text-xl font-semibold">
            {t("children", { count: entry.children.length })}
          </h2>
          <OccupationList items={entry.children} />
        </section>
      ) : null}

      {entry.altTitles.length > 0 ? (
        <section aria-labelledby="alt-titles" className="space-y-2">
          <h2 id="alt-titles" className="text-xl font-semibold">
            {t("altTitles")}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {[...titlesPl, ...titlesEn].map((a) => (
              <li key={`${a.source}-${a.language}-${a.title}`} lang={a.language} className="rounded bg-slate-100 px-2 py-1 text-sm">
                {a.title} <span className="text-xs text-slate-600">({a.source === "gus" ? t("sourceGus") : t("sourceEsco")})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Crosswalk entry={entry} />

      {entry.escoSkills.length > 0 ? (
        <section aria-labelledby="esco-skills" className="space-y-2">
          <h2 id="esco-skills" className="text-xl font-semibold">
            {t("escoSkills")}
          </h2>
          <ul className="flex flex-wrap gap-2" lang="pl">
            {entry.escoSkills.map((s) => (
              <li key={s} className="rounded border border-slate-300 px-2 py-0.5 text-sm">
                {s}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
