import { getTranslations, setRequestLocale } from "next-intl/server";
import { LexiconPairForm } from "@/components/admin/lexicon/lexicon-pair-form";
import { requireEditor } from "@/lib/auth";
import { Link } from "@/lib/i18n/navigation";
import { LEXICON_LANGS, LEXICON_ORIGINS } from "@/lib/validation/lexicon";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("admin.lexicon");
  return { title: t("newConcept"), robots: { index: false } };
}

/** A new word concept: its slug, its KZiS codes and its terms in one language (the others are added from its page). */
export default async function NewLexiconConceptPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireEditor("/admin/lexicon/new");
  const t = await getTranslations("admin.lexicon");
  return (
    <section className="space-y-4">
      <Link href="/admin/lexicon" className="text-sm text-brand-800 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("newConcept")}</h1>
      <p className="text-sm text-slate-700">{t("newConceptHelp")}</p>
      <LexiconPairForm mode="create" concept="" lang="kk" langs={LEXICON_LANGS} origins={LEXICON_ORIGINS} baseVersion={0} codes="" terms={[]} isGroup={false} />
    </section>
  );
}
