import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";

/** Header links to the comparison, the skill search and the API page, so they can be found without a link from elsewhere. */
export async function FeatureLinks() {
  const [t, ts, ta, tf, tm] = await Promise.all([
    getTranslations("compare"),
    getTranslations("skills"),
    getTranslations("apiDocs"),
    getTranslations("folder"),
    getTranslations("match"),
  ]);
  const link = "text-brand-800 underline-offset-2 hover:underline";
  return (
    <nav aria-label={t("navLabel")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <Link href="/compare" className={link}>
        {t("navCompare")}
      </Link>
      <Link href="/skills" className={link}>
        {ts("title")}
      </Link>
      <Link href="/match" className={link}>
        {tm("navLink")}
      </Link>
      <Link href="/folder" className={link}>
        {tf("navLink")}
      </Link>
      <Link href="/api-docs" className={link}>
        {ta("title")}
      </Link>
    </nav>
  );
}
