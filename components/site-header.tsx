import { getTranslations } from "next-intl/server";
import { FeatureLinks } from "@/components/compare/feature-links";
import { LanguageSwitcher } from "@/components/language-switcher";
import { Link } from "@/lib/i18n/link";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  return (
    <header className="no-print border-b border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-800 hover:underline">
          {t("brand")}
        </Link>
        <FeatureLinks />
        <LanguageSwitcher label={t("language")} />
      </div>
    </header>
  );
}
