import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SignInNotice } from "@/components/admin/sign-in-notice";
import { signOutAction } from "@/lib/actions/auth";
import { requireEditor } from "@/lib/auth";
import { adminReturnPath, RETURN_PATH_HEADER } from "@/lib/auth/return-path";
import { hasRole } from "@/lib/auth/roles";
import { failedSignInsBeforeSession } from "@/lib/data/audit";
import { ADMIN_CLIENT_NAMESPACES, ClientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";

export const dynamic = "force-dynamic";

// The gate of the whole admin area. NOTE: layouts render in parallel with their pages and do not
// guard server actions, so every page and action below checks the session again itself.
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Signed out: back to the page asked for after sign-in. The layout's redirect can win the race
  // with the page's own, so it must name the same page, not just /admin.
  const actor = await requireEditor(adminReturnPath((await headers()).get(RETURN_PATH_HEADER)));
  const t = await getTranslations("admin.nav");
  const link = "rounded px-2 py-1 hover:bg-slate-100 hover:underline";
  return (
    <div className="space-y-6">
      <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 pb-3">
        <ul className="flex flex-wrap gap-1">
          <li>
            <Link href="/admin" className={link}>
              {t("entries")}
            </Link>
          </li>
          <li>
            <Link href="/admin/imports" className={link}>
              {t("imports")}
            </Link>
          </li>
          <li>
            <Link href="/admin/lexicon" className={link}>
              {t("lexicon")}
            </Link>
          </li>
          {hasRole(actor.role, "admin") ? (
            <>
              <li>
                <Link href="/admin/users" className={link}>
                  {t("users")}
                </Link>
              </li>
              <li>
                <Link href="/admin/audit" className={link}>
                  {t("audit")}
                </Link>
              </li>
            </>
          ) : null}
        </ul>
        <div className="flex items-center gap-2 text-sm">
          <span>{t("signedInAs", { name: actor.name, role: t(`role.${actor.role}`) })}</span>
          <form action={signOutAction}>
            <Button type="submit">{t("signOut")}</Button>
          </form>
        </div>
      </nav>
      <SignInNotice notice={await failedSignInsBeforeSession(actor.id, actor.sessionStartedAt)} />
      <ClientMessages namespaces={ADMIN_CLIENT_NAMESPACES}>{children}</ClientMessages>
    </div>
  );
}
