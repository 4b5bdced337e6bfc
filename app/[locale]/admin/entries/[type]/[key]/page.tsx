import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DiscardDraftButton } from "@/components/admin/discard-draft-button";
import { EntryEditor } from "@/components/admin/editor/entry-editor";
import { requireEditor } from "@/lib/auth";
import { getEditorState, startingPoint } from "@/lib/data/drafts";
import { getLivePosition } from "@/lib/data/editor-snapshots";
import { getOccupationEditorContext } from "@/lib/data/occupation-entries";
import { entryPath, parseEntryRef, publicPath } from "@/lib/editor/entry-ref";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; type: string; key: string }> };

export async function generateMetadata({ params }: Props) {
  const { type, key } = await params;
  const t = await getTranslations("editor.form");
  return { title: t("pageTitle", { key: `${type} ${key}` }), robots: { index: false } };
}

export default async function EditEntryPage({ params }: Props) {
  const { locale, type, key } = await params;
  setRequestLocale(locale);
  const ref = parseEntryRef(type, key);
  await requireEditor(ref ? entryPath(ref) : "/admin");
  if (!ref) notFound();
  const state = await getEditorState(ref);
  if (!state) notFound();
  // Suggestions and the content language come with the live position; profiles are Polish.
  const position = ref.entityType === "position" ? await getLivePosition(Number(ref.entityKey)) : null;
  // A classification entry's level decides its fields; its source values are shown beside them.
  const occupation = ref.entityType === "occupation" ? await getOccupationEditorContext(ref.entityKey) : null;
  if (ref.entityType === "occupation" && !occupation) notFound();
  const t = await getTranslations("editor.form");
  const start = startingPoint(state);
  return (
    <section className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          {t(`type.${ref.entityType}`)}
          {occupation ? (
            <>
              {" "}
              · <span className="font-mono">{ref.entityKey}</span>
            </>
          ) : null}
        </p>
        <h1 className="text-2xl font-bold" lang={position?.language ?? "pl"}>
          {t("heading", { title: state.live.title })}
        </h1>
        <nav aria-label={t("entryNav")} className="flex flex-wrap gap-3 text-sm">
          <Link href={entryPath(ref, "preview")} className="text-brand-800 underline">
            {t("preview")}
          </Link>
          <Link href={entryPath(ref, "history")} className="text-brand-800 underline">
            {t("history")}
          </Link>
          {/* No prefetch: a prefetch renders the cached public page while the editor works, and a
              render still running when the publish revalidates it would be cached stale (up to the
              page's 60 s). */}
          <Link href={publicPath(ref)} prefetch={false} className="text-brand-800 underline">
            {t("public")}
          </Link>
        </nav>
        {state.draft ? (
          <div className="flex flex-wrap items-center gap-3 rounded bg-amber-50 p-2 text-sm">
            <span>{t("hasDraft", { author: state.draft.author?.name ?? "—" })}</span>
            <DiscardDraftButton entityType={ref.entityType} entityKey={ref.entityKey} draftRevision={state.draft.revision} />
          </div>
        ) : null}
      </header>
      <EntryEditor
        entityType={ref.entityType}
        entityKey={ref.entityKey}
        initial={start}
        suggestions={position?.suggestions ?? []}
        contentLang={position?.language ?? "pl"}
        occupation={occupation ?? undefined}
      />
    </section>
  );
}
