import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/admin/sign-in-form";
import { getSession } from "@/lib/auth";
import { safeRedirectTarget } from "@/lib/auth/safe-next-path";
import { ADMIN_CLIENT_NAMESPACES, ClientMessages } from "@/lib/i18n/client-messages";
import { redirect } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("title"), robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = (await searchParams).next;
  const next = safeRedirectTarget(Array.isArray(raw) ? raw[0] : raw);
  if (await getSession()) redirect({ href: next, locale });
  const t = await getTranslations("auth");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ClientMessages namespaces={ADMIN_CLIENT_NAMESPACES}>
        <SignInForm next={locale === "pl" ? next : `/${locale}${next}`} />
      </ClientMessages>
    </section>
  );
}
