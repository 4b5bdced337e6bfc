import { getFormatter, getTranslations } from "next-intl/server";
import type { FailedSignInsNotice } from "@/lib/data/audit";

/**
 * Tells the signed-in user how many failed sign-ins their account had since their previous
 * sign-in (OWASP: the user learns of an attack on their account), with the last time and address.
 */
export async function SignInNotice({ notice }: { notice: FailedSignInsNotice | null }) {
  if (!notice) return null;
  const [t, format] = await Promise.all([getTranslations("admin.nav"), getFormatter()]);
  return (
    <p role="status" className="rounded border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      {t("failedSinceLast", { count: notice.count, when: format.dateTime(notice.lastAt, { dateStyle: "short", timeStyle: "short" }), ip: notice.ip ?? "—" })}
    </p>
  );
}
