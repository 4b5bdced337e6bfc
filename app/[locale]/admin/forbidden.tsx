import { useTranslations } from "next-intl";

// Rendered (with status 403) when a signed-in editor opens a page that needs an admin.
export default function AdminForbidden() {
  const t = useTranslations("admin.forbidden");
  return (
    <section className="space-y-2">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
    </section>
  );
}
