import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportForm } from "@/components/admin/import-form";
import { requireEditor } from "@/lib/auth";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("admin.imports");
  return { title: t("title"), robots: { index: false } };
}

export default async function ImportsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireEditor("/admin/imports");
  const t = await getTranslations("admin.imports");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ImportForm />
    </section>
  );
}
