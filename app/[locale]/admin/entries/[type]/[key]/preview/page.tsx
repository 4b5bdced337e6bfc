import { originsOfSnapshot } from "@/lib/editor/publishable";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PositionDuties, PositionRequirements, PositionSections, dutiesShownInSections } from "@/components/positions/position-content";
import { KeyCompetences } from "@/components/profiles/key-competences";
import { ProfileCompetences } from "@/components/profiles/profile-competences";
import { ProfileDescription, ProfilePageSections } from "@/components/profiles/profile-description";
import { ProfileTasks } from "@/components/profiles/profile-tasks";
import { SocialCompetences } from "@/components/profiles/social-competences";
import { DiffView } from "@/components/admin/diff-view";
import { requireEditor } from "@/lib/auth";
import { getEditorState } from "@/lib/data/drafts";
import { getLivePosition } from "@/lib/data/editor-snapshots";
import { diffSnapshots } from "@/lib/editor/diff";
import { entryPath, parseEntryRef } from "@/lib/editor/entry-ref";
import { Link } from "@/lib/i18n/navigation";
import type { OccupationSnapshot, PositionSnapshot, ProfileSnapshot } from "@/lib/validation/editor";
import { OccupationPreview } from "@/components/admin/occupation-preview";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; type: string; key: string }> };

export async function generateMetadata() {
  const t = await getTranslations("editor.preview");
  return { title: t("title"), robots: { index: false } };
}

/** The draft rendered with the public page's own components, and what it changes against the live entry. */
export default async function PreviewPage({ params }: Props) {
  const { locale, type, key } = await params;
  setRequestLocale(locale);
  const ref = parseEntryRef(type, key);
  await requireEditor(ref ? entryPath(ref, "preview") : "/admin");
  if (!ref) notFound();
  const state = await getEditorState(ref);
  if (!state) notFound();
  const t = await getTranslations("editor.preview");
  const data = state.draft?.data ?? state.live.snapshot;
  const position = ref.entityType === "position" ? await getLivePosition(Number(ref.entityKey)) : null;
  const lang = position?.language ?? "pl";

  return (
    <div className="space-y-8">
      <div role="note" className="space-y-2 rounded border border-amber-500 bg-amber-50 p-3">
        <p className="font-semibold">{state.draft ? t("draftNotice") : t("noDraft")}</p>
        <Link href={entryPath(ref)} className="text-brand-800 underline">
          {t("backToEditor")}
        </Link>
        {state.draft ? (
          <details>
            <summary className="cursor-pointer">{t("changes")}</summary>
            <DiffView diff={diffSnapshots(ref.entityType, state.live.snapshot, state.draft.data)} lang={lang} />
          </details>
        ) : null}
      </div>
      <article className="space-y-8">
        <h1 className="text-3xl font-bold" lang={lang}>
          {"name" in data ? data.name : data.title}
        </h1>
        {ref.entityType === "occupation" ? (
          <OccupationPreview entry={data as OccupationSnapshot} />
        ) : ref.entityType === "profile" ? (
          <ProfilePreview profile={data as ProfileSnapshot} />
        ) : (
          <PositionPreview position={data as PositionSnapshot} lang={lang} />
        )}
      </article>
    </div>
  );
}

async function ProfilePreview({ profile }: { profile: ProfileSnapshot }) {
  const t = await getTranslations("editor.profile");
  const origins = originsOfSnapshot(profile);
  return (
    <>
      <ProfilePageSections subsections={(profile.subsections ?? []).filter((s) => s.section < 2)} contentLang="pl" />
      <ProfileDescription
        summary={profile.summary}
        synthesis={profile.synthesis}
        workDescription={profile.workDescription}
        subsections={profile.subsections}
        contentLang="pl"
      />
      {profile.tasks.length > 0 ? <ProfileTasks tasks={profile.tasks} contentLang="pl" origins={origins.tasks} /> : null}
      {profile.competences.length > 0 ? <ProfileCompetences competences={profile.competences} contentLang="pl" /> : null}
      {profile.socialCompetences.length > 0 ? <SocialCompetences items={profile.socialCompetences} contentLang="pl" /> : null}
      <KeyCompetences items={profile.keyCompetences} contentLang="pl" origins={origins.keyCompetences} />
      <ProfilePageSections subsections={(profile.subsections ?? []).filter((s) => s.section > 3)} contentLang="pl" />
      {profile.altTitles.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-xl font-semibold">{t("altTitles")}</h2>
          <ul className="flex flex-wrap gap-2" lang="pl">
            {profile.altTitles.map((title) => (
              <li key={title} className="rounded bg-slate-100 px-2 py-1 text-sm">
                {title}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

async function PositionPreview({ position, lang }: { position: PositionSnapshot; lang: string }) {
  const t = await getTranslations("editor.position");
  return (
    <>
      {position.employer ? <p lang={lang}>{position.employer}</p> : null}
      {position.summary ? <p lang={lang}>{position.summary}</p> : null}
      <p>
        {t("occupationCode")}: <span className="font-mono">{position.occupationCode ?? "—"}</span>
      </p>
      {position.requirements.length > 0 ? <PositionRequirements requirements={position.requirements} contentLang={lang} /> : null}
      {position.duties.length > 0 && !dutiesShownInSections(position.duties, position.sections) ? (
        <PositionDuties duties={position.duties} contentLang={lang} />
      ) : null}
      {position.sections.length > 0 ? <PositionSections sections={position.sections} duties={position.duties} contentLang={lang} /> : null}
    </>
  );
}
