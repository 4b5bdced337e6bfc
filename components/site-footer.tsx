import { getTranslations } from "next-intl/server";

/** The attribution that the data's licences ask for (seeds/data/README.md). */
export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="no-print mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-4 text-sm text-slate-700">
        <p>{t("kzis")}</p>
        <p lang="en">{t("esco")}</p>
        <p lang="en">{t("isco")}</p>
        {/* The authors' names are Polish whatever the UI language, so a screen reader says them so. */}
        <p>{t.rich("dataset", { authors: (chunks) => <span lang="pl">{chunks}</span> })}</p>
      </div>
    </footer>
  );
}
