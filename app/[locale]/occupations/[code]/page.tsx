import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense, cache } from "react";
import { AddToCompareButton } from "@/components/compare/add-to-compare-button";
import { ExportLinks } from "@/components/export/export-links";
import { AddToFolderButton } from "@/components/folder/add-to-folder-button";
import { Breadcrumbs } from "@/components/occupations/breadcrumbs";
import { Crosswalk } from "@/components/occupations/crosswalk";
import { GroupTasks, UnitGroupTasks } from "@/components/occupations/group-tasks";
import { OccupationList } from "@/components/occupations/occupation-list";
import { CareerTransitions } from "@/components/match/career-transitions";
import { RelatedEntries } from "@/components/related/related-entries";
import { OccupationPositions } from "@/components/positions/occupation-positions";
import { KeyCompetences } from "@/components/profiles/key-competences";
import { ProfileCompetences } from "@/components/profiles/profile-competences";
import { ProfileDescription, ProfilePageSections } from "@/components/profiles/profile-description";
import { ProfileSources } from "@/components/profiles/profile-sources";
import { ProfileTasks } from "@/components/profiles/profile-tasks";
import { SocialCompetences } from "@/components/profiles/social-competences";
import { OtherName } from "@/components/ui/other-name";
import { HydrateLater } from "@/components/ui/hydrate-later";
import { PrintButton } from "@/components/ui/print-button";
import { ProvenanceNote } from "@/components/occupations/entry-provenance";
import { getEntryEditorial } from "@/lib/data/occupation-entries";
import { getOccupationByCode, getUnitGroupTasks } from "@/lib/data/occupations";
import { getOtherNames } from "@/lib/data/other-names";
import { getProfileByCode, listPositionsForOccupation } from "@/lib/data/profiles";
import { SourceIncomplete } from "@/components/profiles/source-incomplete";
import { getRelatedEntries } from "@/lib/data/related";
import { getTransitionSummaries } from "@/lib/data/skills";
import { Link } from "@/lib/i18n/link";
import { occupationCodeSchema } from "@/lib/validation/occupation";

/** How many career transitions the page shows. */
const TRANSITIONS_SHOWN = 6;

/**
 * Rendered on first visit and then served from Next's cache (ISR), since a profile page costs tens
 * of milliseconds of rendering and is read far more often than it changes. Publishing and upload
 * imports revalidate the page at once (lib/editor/revalidate.ts, lib/actions/imports.ts); changes
 * made elsewhere (the import CLI, another app instance) show within `revalidate` seconds.
 */
export const revalidate = 60;

/** The mark after an alternative title: where it comes from (editors' titles say "editor"). */
const TITLE_SOURCE_KEYS: Record<string, "sourceGus" | "sourceEsco" | "sourceKzis" | "sourceEditor"> = {
  gus: "sourceGus",
  esco: "sourceEsco",
  kzis: "sourceKzis",
  editor: "sourceEditor",
};

export function generateStaticParams(): { code: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; code: string }> };

// cache(): generateMetadata and the page read the same entry within one request.
const load = cache(async (code: string) => {
  const parsed = occupationCodeSchema.safeParse(code);
  return parsed.success ? getOccupationByCode(parsed.data) : null;
});

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
  const isOccupation = entry.level === "occupation";
  const [t, tl, tp, tf, ts, profile, unitGroup, positions, editorial, otherNames] = await Promise.all([
    getTranslations("occupation"),
    getTranslations("levels"),
    getTranslations("print"),
    getTranslations("folder"),
    getTranslations("sheet"),
    entry.hasProfile ? getProfileByCode(entry.code) : null,
    isOccupation ? getUnitGroupTasks(entry.code) : null,
    listPositionsForOccupation(entry.code),
    getEntryEditorial(entry.code),
    getOtherNames(
      [...entry.parents, entry, ...entry.children].map((e) => e.code),
      locale,
    ),
  ]);
  const { provenance, preferredTitle } = editorial;
  const titlesPl = entry.altTitles.filter((a) => a.language === "pl");
  const titlesEn = entry.altTitles.filter((a) => a.language === "en");
  // INFOdoradca+ profiles are Polish; the language of the first source document is the content's.
  const profileLang = profile?.sources[0]?.language ?? "pl";
  const hasPositions = positions.assigned.length > 0 || positions.suggested.length > 0;

  return (
    <article className="space-y-8">
      <Breadcrumbs parents={entry.parents} current={entry} otherNames={otherNames} />
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          {tl(entry.level)} · {t("code")} <span className="font-mono">{entry.code}</span>
          {entry.isVocational ? <> · {t("vocational")}</> : null}
          {provenance?.edited.isVocational ? <> ({t("provenance.edited", { date: provenance.editedAt.toISOString().slice(0, 10) })})</> : null}
        </p>
        <h1 className="text-3xl font-bold break-words" lang="pl">
          {entry.name}
        </h1>
        {/* Beside the title of record, never in it: a name from ISCO-08/ESCO is not the official name. */}
        <OtherName name={otherNames.get(entry.code)} />
        <ProvenanceNote provenance={provenance} field="name" />
        <PrintButton label={tp("button")} />
        <AddToCompareButton id={entry.code} title={entry.name} />
        <AddToFolderButton id={entry.code} title={entry.name} labels={{ add: tf("add"), added: tf("added"), full: tf("full") }} />
        {isOccupation ? (
          <Link href={`/occupations/${entry.code}/sheet`} className="no-print ml-1 text-sm text-brand-800 underline underline-offset-2">
            {ts("link")}
          </Link>
        ) : null}
        <ExportLinks code={entry.code} />
      </header>

      {/* Everything after the header: hundreds of elements that are text and links, hydrated after the header's buttons. */}
      <HydrateLater>
        <Crosswalk entry={entry} />

        <section aria-labelledby="description" className="space-y-2">
          <h2 id="description" className="text-xl font-semibold">
            {t("description")}
          </h2>
          {entry.description ? <p lang="pl">{entry.description}</p> : <p className="text-slate-600">{t("noDescription")}</p>}
          {entry.description || provenance?.edited.description ? <ProvenanceNote provenance={provenance} field="description" /> : null}
        </section>

        {profile ? (
          <>
            <ProfilePageSections subsections={profile.subsections.filter((s) => s.section < 2)} contentLang={profileLang} />
            <ProfileDescription
              summary={profile.summary}
              synthesis={profile.synthesis}
              workDescription={profile.workDescription}
              subsections={profile.subsections}
              contentLang={profileLang}
            />
            {profile.incompleteAt ? <SourceIncomplete at={profile.incompleteAt} contentLang={profileLang} /> : null}
            {profile.tasks.length > 0 ? <ProfileTasks tasks={profile.tasks} contentLang={profileLang} origins={profile.origins?.tasks} /> : null}
            {profile.competences.length > 0 ? <ProfileCompetences competences={profile.competences} contentLang={profileLang} /> : null}
            {profile.socialCompetences.length > 0 ? <SocialCompetences items={profile.socialCompetences} contentLang={profileLang} /> : null}
            <KeyCompetences items={profile.keyCompetences} contentLang={profileLang} origins={profile.origins?.keyCompetences} />
            <ProfilePageSections subsections={profile.subsections.filter((s) => s.section > 3)} contentLang={profileLang} />
            {profile.sources.length > 0 ? <ProfileSources sources={profile.sources} /> : null}
          </>
        ) : null}

        {entry.groupTasks.length > 0 ? <GroupTasks tasks={entry.groupTasks} /> : null}
        {provenance?.edited.groupTasks ? <ProvenanceNote provenance={provenance} field="groupTasks" /> : null}
        {unitGroup && unitGroup.tasks.length > 0 ? <UnitGroupTasks group={unitGroup} /> : null}

        {entry.children.length > 0 ? (
          <section aria-labelledby="children" className="space-y-2">
            <h2 id="children" className="text-xl font-semibold">
              {t("children", { count: entry.children.length })}
            </h2>
            <OccupationList items={entry.children} otherNames={otherNames} />
          </section>
        ) : null}

        {entry.altTitles.length > 0 ? (
          <section aria-labelledby="alt-titles" className="space-y-2">
            <h2 id="alt-titles" className="text-xl font-semibold">
              {t("altTitles")}
            </h2>
            <ul className="flex flex-wrap gap-2">
              {/* The preferred title (marked by editors) first. */}
              {[...titlesPl, ...titlesEn]
                .sort((a, b) => Number(b.title === preferredTitle) - Number(a.title === preferredTitle))
                .map((a) => (
                  <li
                    key={`${a.source}-${a.language}-${a.title}`}
                    lang={a.language}
                    className={`rounded px-2 py-1 text-sm ${a.title === preferredTitle ? "bg-blue-50 font-semibold" : "bg-slate-100"}`}
                  >
                    {a.title}{" "}
                    <span className="text-xs font-normal text-slate-700">
                      ({t(TITLE_SOURCE_KEYS[a.source] ?? "sourceEditor")}
                      {a.title === preferredTitle ? <>, {t("provenance.preferred")}</> : null})
                    </span>
                  </li>
                ))}
            </ul>
            <ProvenanceNote provenance={provenance} field="titles" />
          </section>
        ) : null}

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

        {isOccupation || hasPositions ? <OccupationPositions positions={positions} /> : null}
        {isOccupation ? (
          <Suspense fallback={null}>
            <CareerTransitions code={entry.code} transitions={getTransitionSummaries(entry.code, TRANSITIONS_SHOWN)} />
          </Suspense>
        ) : null}
        {/* A major group has no siblings worth listing and no skills of its own: nothing to relate it by. */}
        {entry.level === "major" ? null : (
          <Suspense fallback={null}>
            <RelatedEntries code={entry.code} level={entry.level} related={getRelatedEntries(entry.code)} />
          </Suspense>
        )}
      </HydrateLater>
    </article>
  );
}
