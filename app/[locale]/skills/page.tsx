import { getTranslations, setRequestLocale } from "next-intl/server";
import { SkillResults } from "@/components/skills/skill-results";
import { SkillSearchForm } from "@/components/skills/skill-search-form";
import { skillsHref } from "@/components/skills/skills-href";
import { Pager } from "@/components/ui/pager";
import { findOccupationsBySkill } from "@/lib/data/skills";
import { skillSearchQuerySchema } from "@/lib/validation/skills";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "skills" });
  return { title: t("title") };
}

export default async function SkillsPage({ params, searchParams }: Props) {
  const [{ locale }, raw] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("skills");
  // A hostile or odd ?limit= falls back to the default rather than failing the page.
  const parsed = skillSearchQuerySchema.safeParse(raw);
  const { q, limit, page } = parsed.success ? parsed.data : skillSearchQuerySchema.parse({ q: raw.q });
  const result = q ? await findOccupationsBySkill(q, limit, page) : null;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <SkillSearchForm locale={locale} defaultValue={q} />
      {!result ? (
        <p>{t("empty")}</p>
      ) : result.occupations.length === 0 ? (
        <p role="status">{t("none", { query: q })}</p>
      ) : (
        <section className="space-y-3">
          <p role="status">
            {t("results", { query: q, occupations: result.totalOccupations, items: result.totalItems })}
            {result.totalPages > 1 ? <> {t("page", { page: result.page, pages: result.totalPages })}</> : null}
          </p>
          <p className="text-sm text-slate-700">{t("ranking")}</p>
          <SkillResults result={result} />
          <Pager page={result.page} pages={result.totalPages} href={(p) => skillsHref(result.query, p, limit)} label={t("pagination")} />
        </section>
      )}
    </div>
  );
}
