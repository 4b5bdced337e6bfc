import { getTranslations, setRequestLocale } from "next-intl/server";
import { FolderView } from "@/components/folder/folder-view";
import { PublicClientMessages } from "@/lib/i18n/client-messages";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "folder" });
  return { title: t("title") };
}

// Rendered per request, though the frame is the same for everyone: a page prerendered at build
// time has no CSP nonce on its scripts, and the browser would refuse to run them (ADR 0015).
export const dynamic = "force-dynamic";

/**
 * The client folder. The server renders only the frame: the folder itself is in the browser's
 * storage, so this page is the same for everyone.
 */
export default async function FolderPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("folder");
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="rounded border border-slate-300 bg-slate-50 p-3 text-sm text-slate-800">
          <strong>{t("privacyHeading")}</strong> {t("privacy")}
        </p>
      </header>
      <PublicClientMessages also={["folder"]}>
        <FolderView />
      </PublicClientMessages>
    </div>
  );
}
