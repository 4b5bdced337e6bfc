import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";

/** Download links for one occupation (JSON, CSV) and the whole catalogue; plain links, no JavaScript. */
export async function ExportLinks({ code }: { code: string }) {
  const t = await getTranslations("export");
  const base = `/api/v1/occupations/${code}/export`;
  const link = "text-brand-800 underline underline-offset-2 hover:text-brand-700";
  return (
    <nav aria-label={t("label")} className="no-print text-sm">
      <span className="font-semibold">{t("heading")}:</span>{" "}
      <a href={base} className={link} download={`occupation-${code}.json`}>
        {t("json")}
      </a>
      {" · "}
      <a href={`${base}?format=csv`} className={link} download>
        {t("csv")}
      </a>
      {" · "}
      <a href="/api/v1/export" className={link} download>
        {t("catalogue")}
      </a>
      {" · "}
      <Link href="/api-docs" className={link}>
        {t("api")}
      </Link>
    </nav>
  );
}
