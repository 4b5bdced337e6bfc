import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { AddToCompareButton } from "@/components/compare/add-to-compare-button";
import { AddToFolderButton } from "@/components/folder/add-to-folder-button";
import { PositionDuties, PositionRequirements, PositionSections, dutiesShownInSections } from "@/components/positions/position-content";
import { PositionOccupation } from "@/components/positions/position-occupation";
import { Paragraphs } from "@/components/ui/paragraphs";
import { PrintButton } from "@/components/ui/print-button";
import { getPositionById } from "@/lib/data/profiles";
import { IMPORT_DATE_FORMAT } from "@/lib/format-date";
import { selectKey } from "@/lib/i18n/select-key";
import { positionIdSchema } from "@/lib/validation/profile";

/** Cached like profile pages (see app/[locale]/occupations/[code]/page.tsx for the rules). */
export const revalidate = 60;

export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

const load = cache(async (id: string) => {
  // Only plain decimal ids: "1e3" or " 7" would coerce to a number but are not URLs we make.
  if (!/^\d{1,10}$/.test(id)) return null;
  const parsed = positionIdSchema.safeParse(id);
  return parsed.success ? getPositionById(parsed.data) : null;
});

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  const position = await load(id);
  return position ? { title: position.title } : {};
}

export default async function PositionPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const position = await load(id);
  if (!position) notFound();
  const [t, tp, tf, format] = await Promise.all([getTranslations("position"), getTranslations("print"), getTranslations("folder"), getFormatter()]);
  const lang = position.language;
  // The parser keeps "Krótka charakterystyka" both as the summary and as a section: show it once.
  const showSummary = position.summary !== null && !position.sections.some((s) => s.text === position.summary);

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          {t("kind", { kind: selectKey(position.kind) })} · {t("language")}: {t("languageName", { lang })}
        </p>
        <h1 className="text-2xl font-bold break-words sm:text-3xl" lang={lang}>
          {position.title}
        </h1>
        {position.employer ? (
          <p>
            {t("employer")}: <span lang={lang}>{position.employer}</span>
          </p>
        ) : null}
        <PrintButton label={tp("button")} />
        <AddToCompareButton id={`p${position.id}`} title={position.title} lang={lang} />
        <AddToFolderButton id={`p${position.id}`} title={position.title} lang={lang} labels={{ add: tf("add"), added: tf("added"), full: tf("full") }} />
      </header>

      <PositionOccupation occupation={position.occupation} suggestions={position.suggestions} />

      {showSummary && position.summary ? (
        <section aria-labelledby="position-summary" className="space-y-2">
          <h2 id="position-summary" className="text-xl font-semibold">
            {t("summary")}
          </h2>
          <Paragraphs text={position.summary} lang={lang} />
        </section>
      ) : null}
      {position.requirements.length > 0 ? <PositionRequirements requirements={position.requirements} contentLang={lang} /> : null}
      {position.duties.length > 0 && !dutiesShownInSections(position.duties, position.sections) ? (
        <PositionDuties duties={position.duties} contentLang={lang} />
      ) : null}
      {position.sections.length > 0 ? <PositionSections sections={position.sections} duties={position.duties} contentLang={lang} /> : null}

      <section aria-labelledby="position-source" className="space-y-1">
        <h2 id="position-source" className="text-xl font-semibold">
          {t("source")}
        </h2>
        <p className="break-words text-slate-800">
          {t("importedAt", { fileName: position.source.fileName, date: format.dateTime(position.source.importedAt, IMPORT_DATE_FORMAT) })}
        </p>
      </section>
    </article>
  );
}
