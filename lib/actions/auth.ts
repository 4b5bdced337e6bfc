"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { getSession } from "@/lib/auth";
import { auth, trustedOrigins } from "@/lib/auth/better-auth";
import { markActionStarted } from "@/lib/http/action-context";
import { checkSameOrigin } from "@/lib/http/same-origin";
import { redirect } from "@/lib/i18n/navigation";

/**
 * Signs out: better-auth deletes the session row and (through nextCookies) the cookie; its
 * session-delete hook writes the audit row, as for a direct POST /api/auth/sign-out.
 */
export async function signOutAction(): Promise<void> {
  markActionStarted();
  const requestHeaders = await headers();
  const locale = await getLocale();
  if (!checkSameOrigin(requestHeaders, trustedOrigins()).ok) return redirect({ href: "/", locale });
  const actor = await getSession();
  if (actor) await auth.api.signOut({ headers: requestHeaders });
  redirect({ href: "/", locale });
}
