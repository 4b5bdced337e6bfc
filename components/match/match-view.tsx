import { getTranslations } from "next-intl/server";
import { SaveSkillsButton } from "@/components/folder/save-skills-button";
import { CoveredOccupations } from "@/components/match/covered-occupations";
import { matchHref, skillsQuery } from "@/components/match/match-href";
import { COVERED_OCCUPATIONS_KEYS } from "@/components/match/requirement-groups";
import { SkillPicker } from "@/components/match/skill-picker";
import { SKILL_PICKER_KEYS } from "@/components/match/skill-picker-keys";
import { PublicClientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/link";
import { selectKey } from "@/lib/i18n/select-key";
import { encodeSelectedSkill } from "@/lib/match/selected-skill";
import type { MatchSummary } from "@/lib/validation/match";
import { Pager } from "@/components/ui/pager";

/**
 * My skills → occupations, one page of results (null: no skills yet). Rendered per request at /match
 * (no skills, the form without JavaScript) or once and then from Next's cache (with skills:
 * app/[locale]/match/with/[state]).
 */
export async function MatchView({ locale, result }: { locale: string; result: MatchSummary | null }) {
  const [t, tf] = await Promise.all([getTranslations("match"), getTranslations("folder")]);
  const skills = result?.skills ?? [];
  const query = skillsQuery(skills);

  // One provider for the picker and the results: the "match" messages they use go into the page once.
  return (
    <PublicClientMessages pick={{ match: [...SKILL_PICKER_KEYS, ...COVERED_OCCUPATIONS_KEYS] }}>
      <div className="space-y-6">
        <header className="space-y-2">
          <h1 className="text-3xl font-bold">{t("heading")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </header>

        <SkillPicker locale={locale} selected={skills} />

        <section aria-labelledby="selected-skills" className="space-y-2">
          <h2 id="selected-skills" className="text-xl font-semibold">
            {t("selected", { count: skills.length })}
          </h2>
          {skills.length === 0 ? (
            <p>{t("noneSelected")}</p>
          ) : (
            <>
              <ul className="flex flex-wrap gap-2">
                {skills.map((skill) => {
                  const key = encodeSelectedSkill(skill);
                  return (
                    <li key={key} className="flex items-center gap-1 rounded border border-slate-300 bg-slate-50 py-0.5 pl-2 pr-1 text-sm">
                      <span lang="pl">{skill.label}</span>
                      <span className="text-xs text-slate-700">({t("kind", { kind: selectKey(skill.kind) })})</span>
                      <Link
                        href={matchHref(skills.filter((other) => encodeSelectedSkill(other) !== key))}
                        aria-label={t("remove", { label: skill.label })}
                        className="rounded px-1.5 text-base leading-none text-slate-800 hover:bg-slate-200"
                      >
                        ×
                      </Link>
                    </li>
                  );
                })}
              </ul>
              <div className="flex flex-wrap items-center gap-3">
                <SaveSkillsButton skills={skills} labels={{ save: tf("saveSkills"), saved: tf("skillsSaved") }} />
                <Link href="/match" className="text-sm text-brand-800 underline">
                  {t("clear")}
                </Link>
              </div>
            </>
          )}
          {result && result.unknownSkills > 0 ? <p role="status">{t("unknownSkills", { count: result.unknownSkills })}</p> : null}
        </section>

        <section aria-labelledby="match-method" className="space-y-1 rounded bg-slate-50 p-3 text-sm text-slate-800">
          <h2 id="match-method" className="text-base font-semibold">
            {t("methodHeading")}
          </h2>
          <p>{t("method1")}</p>
          <p>{t("method2")}</p>
          <p>{t("method3")}</p>
        </section>

        {!result ? (
          <p>{t("empty")}</p>
        ) : (
          <section aria-labelledby="match-results" className="space-y-3">
            <h2 id="match-results" className="sr-only">
              {t("title")}
            </h2>
            <p role="status">
              {t("results", { count: result.totalOccupations })}
              {result.totalPages > 1 ? <> {t("page", { page: result.page, pages: result.totalPages })}</> : null}
            </p>
            <CoveredOccupations
              items={result.occupations}
              labels={{ covered: "covered", missing: "missing", coverage: "coverage" }}
              gap={{ source: `/api/v1/match?${query}&code={code}`, view: `/match/{code}?${query}` }}
              start={(result.page - 1) * result.pageSize + 1}
              folderLabels={{ add: tf("add"), added: tf("added"), full: tf("full") }}
            />
            <Pager page={result.page} pages={result.totalPages} href={(page) => matchHref(skills, page)} label={t("pagination")} />
          </section>
        )}
      </div>
    </PublicClientMessages>
  );
}
