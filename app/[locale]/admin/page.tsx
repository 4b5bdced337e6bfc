import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireEditor } from "@/lib/auth";
import { listEditableEntries } from "@/lib/data/admin-entries";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("admin.entries");
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminEntriesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireEditor("/admin");
  const [entries, t, format] = await Promise.all([listEditableEntries(), getTranslations("admin.entries"), getFormatter()]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {entries.length === 0 ? <p>{t("empty")}</p> : null}
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-2">{t("kind")}</th>
            <th scope="col" className="py-1 pr-2">{t("entry")}</th>
            <th scope="col" className="py-1 pr-2">{t("version")}</th>
            <th scope="col" className="py-1 pr-2">{t("draft")}</th>
            <th scope="col" className="py-1">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={`${e.type}:${e.key}`} className="border-b border-slate-100 align-top">
              <td className="py-1 pr-2">{t(`type.${e.type}`)}</td>
              <td className="py-1 pr-2">
                <span className="font-medium">{e.title}</span> <span className="text-slate-600">({e.detail})</span>
              </td>
              <td className="py-1 pr-2">{e.version}</td>
              <td className="py-1 pr-2">{e.draft ? t("draftBy", { author: e.draft.author ?? "—", when: format.relativeTime(e.draft.updatedAt) }) : "—"}</td>
              <td className="py-1">
                <span className="flex flex-wrap gap-2">
                  <Link href={`/admin/entries/${e.type}/${e.key}`} className="text-brand-800 underline" aria-label={t("editLabel", { title: e.title })}>
                    {t("edit")}
                  </Link>
                  <Link href={`/admin/entries/${e.type}/${e.key}/history`} className="text-brand-800 underline" aria-label={t("historyLabel", { title: e.title })}>
                    {t("history")}
                  </Link>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
