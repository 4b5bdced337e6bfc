import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LexiconPairForm } from "@/components/admin/lexicon/lexicon-pair-form";
import { RevertPairButton } from "@/components/admin/lexicon/revert-pair-button";
import { requireEditor } from "@/lib/auth";
import { getLexiconHistory, getLexiconPair } from "@/lib/data/lexicon";
import { Link } from "@/lib/i18n/navigation";
import type { PairSnapshot } from "@/lib/lexicon/edit";
import { isGroupConcept, LEXICON_LANGS, LEXICON_ORIGINS, lexiconLangSchema, lexiconRowSchema } from "@/lib/validation/lexicon";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; concept: string; lang: string }> };

export async function generateMetadata({ params }: Props) {
  const { concept, lang } = await params;
  const t = await getTranslations("admin.lexicon");
  return { title: t("pairTitle", { concept: decodeURIComponent(concept), lang }), robots: { index: false } };
}

/** A concept is a group code or a slug (the row schema's rule); anything else is no page. */
function parsePair(concept: string, lang: string) {
  const row = lexiconRowSchema.safeParse({ concept: decodeURIComponent(concept), lang, term: "-", origin: "editorial", codes: "" });
  return row.success ? { concept: row.data.concept, lang: lexiconLangSchema.parse(lang) } : null;
}

function Terms({ snapshot }: { snapshot: PairSnapshot }) {
  return (
    <ol className="list-decimal pl-5">
      {snapshot.terms.map((t) => (
        <li key={t.term}>{t.term}</li>
      ))}
    </ol>
  );
}

/** One (concept, lang): the editing form on the revision it shows, the way back to the seed's version, and every change made. */
export default async function LexiconPairPage({ params }: Props) {
  const { locale, concept: rawConcept, lang: rawLang } = await params;
  setRequestLocale(locale);
  const pair = parsePair(rawConcept, rawLang);
  await requireEditor(pair ? `/admin/lexicon/${pair.concept}/${pair.lang}` : "/admin/lexicon");
  if (!pair) notFound();
  const [{ snapshot, version, otherLangs }, history, t, format] = await Promise.all([
    getLexiconPair(pair.concept, pair.lang),
    getLexiconHistory(pair.concept, pair.lang),
    getTranslations("admin.lexicon"),
    getFormatter(),
  ]);
  // A language the concept lacks may be added; a concept with no rows at all is not there.
  if (snapshot.source === "none" && otherLangs.length === 0 && history.length === 0) notFound();
  const isGroup = isGroupConcept(pair.concept);
  return (
    <section className="space-y-6">
      <Link href="/admin/lexicon" className="text-sm text-brand-800 underline">
        {t("back")}
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("pairTitle", { concept: pair.concept, lang: t(`lang.${pair.lang}`) })}</h1>
        <p>{snapshot.source === "none" ? t("pairNone") : t("pairSource", { source: t(`source.${snapshot.source}`), version })}</p>
        <nav aria-label={t("otherLangs")} className="flex flex-wrap gap-3 text-sm">
          {LEXICON_LANGS.filter((l) => l !== pair.lang).map((l) => (
            <Link key={l} href={`/admin/lexicon/${pair.concept}/${l}`} className="text-brand-800 underline">
              {otherLangs.includes(l) ? t(`lang.${l}`) : t("addLang", { lang: t(`lang.${l}`) })}
            </Link>
          ))}
        </nav>
      </header>
      <LexiconPairForm
        mode="edit"
        concept={pair.concept}
        lang={pair.lang}
        langs={LEXICON_LANGS}
        origins={LEXICON_ORIGINS}
        baseVersion={version}
        codes={snapshot.codes.join(" ")}
        terms={snapshot.terms}
        isGroup={isGroup}
      />
      <RevertPairButton
        concept={pair.concept}
        lang={pair.lang}
        baseVersion={version}
        available={snapshot.source === "editor"}
        heading={t("revertHeading")}
        help={t("revertHelp")}
      />
      <section aria-labelledby="lexicon-history" className="space-y-2">
        <h2 id="lexicon-history" className="text-xl font-semibold">
          {t("history")}
        </h2>
        {history.length === 0 ? <p>{t("noHistory")}</p> : null}
        <ol className="space-y-3">
          {history.map((h) => (
            <li key={h.version} className="rounded border border-slate-200 p-2">
              <p className="font-medium">
                {t("historyEntry", {
                  version: h.version,
                  action: t(`historyAction.${h.action}`),
                  author: h.author ?? t("someone"),
                  at: format.dateTime(h.at, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </p>
              {h.added.length > 0 ? <p lang={pair.lang}>{t("added", { terms: h.added.join(", ") })}</p> : null}
              {h.removed.length > 0 ? <p lang={pair.lang}>{t("removed", { terms: h.removed.join(", ") })}</p> : null}
              <details>
                <summary>{t("beforeAfter")}</summary>
                <div className="grid gap-4 sm:grid-cols-2" lang={pair.lang}>
                  <div>
                    <h3 className="font-medium">{t("before")}</h3>
                    <Terms snapshot={h.before} />
                  </div>
                  <div>
                    <h3 className="font-medium">{t("after")}</h3>
                    <Terms snapshot={h.after} />
                  </div>
                </div>
              </details>
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}
