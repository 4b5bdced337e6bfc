import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LevelDots } from "@/components/sheet/level-dots";
import { PrintButton } from "@/components/ui/print-button";
import { getEntryProvenance } from "@/lib/data/occupation-entries";
import { getOccupationByCode, getUnitGroupTasks } from "@/lib/data/occupations";
import { getProfileByCode } from "@/lib/data/profiles";
import { localiseKeyCompetences } from "@/lib/i18n/key-competence-names";
import { Link } from "@/lib/i18n/link";
import { buildProfileSheet, type SheetList, type SheetText } from "@/lib/sheet/profile-sheet";
import { occupationCodeSchema } from "@/lib/validation/occupation";
import { KEY_COMPETENCE_MAX_LEVEL } from "@/lib/validation/profile";

/** Printed rarely and always from the current data: rendered on request, not cached. */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, code } = await params;
  const t = await getTranslations({ locale, namespace: "sheet" });
  return { title: t("title", { code }), robots: { index: false } };
}

function Cut({ value }: { value: SheetText }) {
  return <>{value.text}</>;
}

function ItemList({ list, heading, more }: { list: SheetList; heading: string; more: string | null }) {
  return (
    <section>
      <h2 className="border-b border-black text-sm font-bold uppercase tracking-wide">{heading}</h2>
      <ul className="mt-1 list-disc space-y-0.5 pl-4">
        {list.items.map((item, i) => (
          <li key={i}>
            <Cut value={item} />
          </li>
        ))}
      </ul>
      {more ? <p className="mt-0.5 text-xs italic">{more}</p> : null}
    </section>
  );
}

export default async function OccupationSheetPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const parsed = occupationCodeSchema.safeParse(code);
  const entry = parsed.success ? await getOccupationByCode(parsed.data) : null;
  // The sheet describes an occupation; groups are read on their pages.
  if (!entry || entry.level !== "occupation") notFound();
  const [t, tl, format, profile, unitGroup, requestHeaders, provenance] = await Promise.all([
    getTranslations("sheet"),
    getTranslations("levels"),
    getFormatter(),
    entry.hasProfile ? getProfileByCode(entry.code) : null,
    getUnitGroupTasks(entry.code),
    headers(),
    getEntryProvenance(entry.code),
  ]);
  const sheet = buildProfileSheet({
    code: entry.code,
    name: entry.name,
    description: entry.description,
    escoSkills: entry.escoSkills,
    profile,
    unitGroupTasks: unitGroup?.tasks ?? [],
  });
  const host = requestHeaders.get("host");
  const profilePath = `/${locale}/occupations/${entry.code}`;
  const more = (shown: number, total: number) => (total > shown ? t("more", { count: total - shown }) : null);
  const contentLang = profile?.sources[0]?.language ?? "pl";
  const keyCompetences = await localiseKeyCompetences(sheet.keyCompetences, contentLang);
  // An editor's correction of the KZiS entry is said as such on paper too, never passed off as KZiS's.
  const editedOn = provenance ? format.dateTime(provenance.editedAt, { dateStyle: "long" }) : null;
  const summaryLabel =
    sheet.summarySource === "kzis" && provenance?.edited.description && editedOn
      ? t("summarySource.kzisEdited", { date: editedOn })
      : t(`summarySource.${sheet.summarySource ?? "profile"}`);

  return (
    <div className="sheet-page space-y-4">
      <div className="no-print flex flex-wrap items-center gap-3">
        <Link href={`/occupations/${entry.code}`} className="text-brand-800 underline underline-offset-2">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
        <p className="text-sm text-slate-700">{t("hint")}</p>
      </div>

      <article className="sheet mx-auto max-w-[210mm] space-y-3 border border-slate-300 bg-white p-6 text-black shadow-sm">
        <header className="space-y-1 border-b-2 border-black pb-2">
          <p className="flex flex-wrap justify-between gap-2 text-xs uppercase tracking-wide">
            <span>{t("kicker")}</span>
            <span>{format.dateTime(new Date(), { dateStyle: "long" })}</span>
          </p>
          <h1 className="text-2xl font-bold leading-tight break-words" lang="pl">
            {entry.name}
          </h1>
          <p className="text-sm">
            {t("code")} <span className="font-mono font-semibold">{entry.code}</span> · {tl(entry.level)} · {t("classification")}
          </p>
        </header>

        {sheet.summary ? (
          <section>
            <h2 className="sr-only">{t("summary")}</h2>
            <p lang={sheet.summarySource === "profile" ? contentLang : "pl"}>
              <Cut value={sheet.summary} />
            </p>
            <p className="text-xs italic">{summaryLabel}</p>
          </section>
        ) : (
          <p className="italic">{t("noSummary")}</p>
        )}

        {sheet.tasks.length > 0 ? (
          <section className="break-inside-avoid">
            <h2 className="border-b border-black text-sm font-bold uppercase tracking-wide">
              {sheet.tasksSource === "profile" ? t("tasks") : t("unitGroupTasks", { code: unitGroup?.code ?? "" })}
            </h2>
            <ol className="mt-1 gap-x-6 space-y-0.5 sm:columns-2 print:columns-2" lang={sheet.tasksSource === "profile" ? contentLang : "pl"}>
              {sheet.tasks.map((task, i) => (
                <li key={i} className="break-inside-avoid">
                  {task.code ? <span className="font-semibold">{task.code}. </span> : <span aria-hidden="true">– </span>}
                  <Cut value={task.title} />
                </li>
              ))}
            </ol>
            {more(sheet.tasks.length, sheet.tasksTotal) ? <p className="mt-0.5 text-xs italic">{more(sheet.tasks.length, sheet.tasksTotal)}</p> : null}
          </section>
        ) : null}

        {sheet.itemsSource ? (
          <div className="grid gap-4 sm:grid-cols-2 print:grid-cols-2" lang={sheet.itemsSource === "profile" ? contentLang : "pl"}>
            {sheet.knowledge.items.length > 0 ? (
              <ItemList list={sheet.knowledge} heading={t("knowledge")} more={more(sheet.knowledge.items.length, sheet.knowledge.total)} />
            ) : null}
            {sheet.skills.items.length > 0 ? (
              <ItemList
                list={sheet.skills}
                heading={sheet.itemsSource === "esco" ? t("escoSkills") : t("skills")}
                more={more(sheet.skills.items.length, sheet.skills.total)}
              />
            ) : null}
          </div>
        ) : null}

        <section className="break-inside-avoid">
          <h2 className="border-b border-black text-sm font-bold uppercase tracking-wide">{t("keyCompetences")}</h2>
          {keyCompetences.items.length === 0 ? (
            <p className="mt-1 italic">{t("keyNone")}</p>
          ) : (
            <dl className="mt-1 grid gap-x-6 text-sm sm:grid-cols-2 print:grid-cols-2">
              {keyCompetences.items.map((k) => (
                <div key={k.name} className="flex justify-between gap-2 border-b border-dotted border-slate-500">
                  <dt lang={keyCompetences.lang}>{k.name}</dt>
                  <dd className="text-right">
                    <LevelDots
                      level={k.level}
                      max={KEY_COMPETENCE_MAX_LEVEL}
                      unknownLabel={t("unknown")}
                      ofLabel={t("levelOf", { level: k.level ?? 0, max: KEY_COMPETENCE_MAX_LEVEL })}
                    />
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>

        <footer className="space-y-0.5 border-t border-black pt-2 text-xs">
          <p>
            <span className="font-semibold">{t("sources")}</span>{" "}
            {[
              ...sheet.sources.map((s) => t("sourceDocument", { file: s.fileName })),
              t("sourceKzis"),
              ...(editedOn ? [t("sourceEditorial", { date: editedOn })] : []),
              ...(sheet.itemsSource === "esco" ? [t("sourceEsco")] : []),
            ].join(" · ")}
          </p>
          <p>
            {t("fullProfile")} <span className="font-mono">{host ? `${host}${profilePath}` : profilePath}</span>
          </p>
        </footer>
      </article>
    </div>
  );
}
