import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
