import "server-only";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { auth, SESSION_MAX_AGE_MS } from "@/lib/auth/better-auth";
import { db } from "@/lib/db";
import { hasRole, roleSchema, type Role } from "@/lib/auth/roles";
import { redirect } from "@/lib/i18n/navigation";

/**
 * Who is signed in, checked on the server. Pages, layouts, server actions and route handlers each
 * call these themselves: a layout's check does not guard its pages' actions (docs/decisions/0006).
 */

export type Actor = { id: string; email: string; name: string; role: Role; sessionId: string; sessionStartedAt: Date };

/** The signed-in person, or null. Cached per request; reads the session row every request (revocable). */
export const getSession = cache(async (): Promise<Actor | null> => {
  const result = await auth.api.getSession({ headers: await headers() });
  if (!result) return null;
  // Absolute lifetime: however actively used, a session ends SESSION_MAX_AGE_MS after sign-in.
  if (Date.now() - new Date(result.session.createdAt).getTime() > SESSION_MAX_AGE_MS) {
    await db.session.deleteMany({ where: { id: result.session.id } });
    return null;
  }
  const role = roleSchema.safeParse((result.user as { role?: unknown }).role);
  // A user row with an unknown role is treated as signed out rather than given any access.
  if (!role.success) return null;
  return {
    id: result.user.id,
    email: result.user.email,
    name: result.user.name,
    role: role.data,
    sessionId: result.session.id,
    sessionStartedAt: new Date(result.session.createdAt),
  };
});

/** For pages: anonymous → the sign-in page (coming back afterwards); wrong role → 403. */
async function requireRole(role: Role, nextPath: string): Promise<Actor> {
  const actor = await getSession();
  if (!actor) return redirect({ href: `/login?next=${encodeURIComponent(nextPath)}`, locale: await getLocale() });
  if (!hasRole(actor.role, role)) forbidden();
  return actor;
}

export function requireEditor(nextPath = "/admin"): Promise<Actor> {
  return requireRole("editor", nextPath);
}

export function requireAdmin(nextPath = "/admin"): Promise<Actor> {
  return requireRole("admin", nextPath);
}
