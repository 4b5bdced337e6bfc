"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { getSession } from "@/lib/auth";
import { auth, trustedOrigins } from "@/lib/auth/better-auth";
import { recordAudit } from "@/lib/data/audit";
import { checkSameOrigin } from "@/lib/http/same-origin";
import { redirect } from "@/lib/i18n/navigation";

/** Signs out: better-auth deletes the session row and (through nextCookies) the cookie. */
export async function signOutAction(): Promise<void> {
  const requestHeaders = await headers();
  const locale = await getLocale();
  if (!checkSameOrigin(requestHeaders, trustedOrigins()).ok) return redirect({ href: "/", locale });
  const actor = await getSession();
  if (actor) {
    await auth.api.signOut({ headers: requestHeaders });
    await recordAudit({ action: "sign-out", userId: actor.id, ip: requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || null });
  }
  redirect({ href: "/", locale });
}
