import { getTranslations, setRequestLocale } from "next-intl/server";
import { FolderSheet } from "@/components/folder/folder-sheet";
import { PrintButton } from "@/components/ui/print-button";
import { PublicClientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/link";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "folder" });
  return { title: t("sheetTitle"), robots: { index: false } };
}

// Rendered per request, though the frame is the same for everyone: a page prerendered at build
// time has no CSP nonce on its scripts, and the browser would refuse to run them (ADR 0015).
export const dynamic = "force-dynamic";

/** The folder's printable sheet: the server sends the frame, the browser fills it from its own storage. */
export default async function FolderSheetPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tp] = await Promise.all([getTranslations("folder"), getTranslations("sheet")]);
  return (
    <div className="sheet-page space-y-4">
      <div className="no-print flex flex-wrap items-center gap-3">
        <Link href="/folder" className="text-brand-800 underline underline-offset-2">
          {t("sheetBack")}
        </Link>
        <PrintButton label={tp("print")} />
        <p className="text-sm text-slate-700">{tp("hint")}</p>
      </div>
      <PublicClientMessages also={["folder"]}>
        <FolderSheet />
      </PublicClientMessages>
    </div>
  );
}
