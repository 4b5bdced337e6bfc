import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit";
import { authSecret, env } from "@/lib/env";
import { DEMO_EDITOR } from "@/lib/users/demo-editor";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";

/** Sign-in attempts per client address and window (better-auth's limiter, counted in the RateLimit table). */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: env.AUTH_SIGN_IN_PER_MINUTE } as const;

/** A session lasts a working day and is extended while used; an admin can revoke it at any time. */
const SESSION_SECONDS = 12 * 60 * 60;

const baseURL = env.BETTER_AUTH_URL ?? (env.NODE_ENV === "production" ? undefined : "http://localhost:3000");

/** The app's own origin(s). localhost and 127.0.0.1 are the same machine; a browser may use either. */
export function trustedOrigins(): string[] {
  if (!baseURL) return [];
  const url = new URL(baseURL);
  const origins = [url.origin];
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    for (const host of ["localhost", "127.0.0.1"]) origins.push(`${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
  }
  return [...new Set(origins)];
}

/**
 * better-auth, on our own database through its Prisma adapter (docs/decisions/0006-auth.md).
 * E-mail + password only; nobody signs up (accounts come from `npm run user:create` and the admin
 * users page); the role is a server-side column no request can set.
 */
export const auth = betterAuth({
  appName: "Atlas zawodów",
  baseURL,
  secret: authSecret(),
  trustedOrigins: trustedOrigins(),
  database: prismaAdapter(db, { provider: "sqlite" }),
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    maxPasswordLength: MAX_PASSWORD_LENGTH,
  },
  user: {
    additionalFields: {
      // input: false — no sign-up or update-user request may set its own role.
      role: { type: "string", required: false, defaultValue: "editor", input: false },
    },
  },
  session: {
    expiresIn: SESSION_SECONDS,
    updateAge: 60 * 60,
    // No cookie cache: every request reads the session row, so revoking it takes effect at once.
    cookieCache: { enabled: false },
  },
  rateLimit: {
    // On in every environment (better-auth enables it only in production by default).
    enabled: true,
    storage: "database",
    window: 60,
    max: 100,
    customRules: { "/sign-in/email": SIGN_IN_RATE_LIMIT },
  },
  advanced: {
    cookiePrefix: "atlas",
    // httpOnly and SameSite=Lax always; Secure when BETTER_AUTH_URL is https (better-auth decides from baseURL).
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  // Endpoints this app does not use are switched off: less surface, and no self-service e-mail flows.
  disabledPaths: [
    "/sign-up/email",
    "/update-user",
    "/delete-user",
    "/change-email",
    "/request-password-reset",
    "/reset-password",
    "/send-verification-email",
    "/verify-email",
    "/link-social",
    "/unlink-account",
  ],
  telemetry: { enabled: false },
  databaseHooks: {
    session: {
      create: {
        before: async (session) => {
          // The demo editor's password is public: it must never open a session in production.
          if (env.NODE_ENV === "production") {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { email: true } });
            if (user?.email === DEMO_EDITOR.email) throw new APIError("FORBIDDEN", { message: "The demo account is disabled in production" });
          }
        },
        after: async (session) => {
          await recordAudit({ action: "sign-in", userId: session.userId, ip: session.ipAddress ?? null });
        },
      },
    },
  },
  // Must stay last: it copies Set-Cookie from auth.api calls made in server actions (sign-out).
  plugins: [nextCookies()],
});

export type AuthSession = typeof auth.$Infer.Session;
