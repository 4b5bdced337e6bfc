import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { recordAudit, type AuditAction } from "@/lib/data/audit";
import { authSecret, env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { DEMO_EDITOR } from "@/lib/users/demo-editor";
import type { DeviceCookieOptions } from "./device-cookie";
import { passwordHashing } from "./password-hashing";
import { checkPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordPolicyMessage } from "./password-policy";

/** Sign-in attempts per client address and window (our throttle, lib/auth/sign-in-throttle.ts). */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: env.AUTH_SIGN_IN_PER_MINUTE } as const;

/**
 * A session ends after 12 hours without use (idle timeout) and is renewed at most once an hour
 * while used; it can never outlive SESSION_MAX_AGE_MS from sign-in (absolute lifetime, lib/auth.ts);
 * an admin can revoke it at any time.
 */
const SESSION_SECONDS = 12 * 60 * 60;
export const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** The route handler puts the trusted client address (lib/http/client-address.ts) here for better-auth. */
export const CLIENT_ADDRESS_HEADER = "x-atlas-client-ip";

const baseURL = env.BETTER_AUTH_URL ?? (env.NODE_ENV === "production" ? undefined : "http://localhost:3000");

/** Cookies are Secure whenever the public URL is https (better-auth decides the same from baseURL). */
const isSecureOrigin = baseURL?.startsWith("https://") ?? false;

export function deviceCookieOptions(): DeviceCookieOptions {
  return { secret: authSecret(), isSecure: isSecureOrigin };
}

/** better-auth endpoints that end sessions, and the audit action each one is. */
const SESSION_ENDING_PATHS: Record<string, AuditAction> = {
  "/sign-out": "sign-out",
  "/revoke-session": "session-revoke",
  "/revoke-sessions": "session-revoke",
  "/revoke-other-sessions": "session-revoke",
  "/change-password": "session-revoke",
};

function addressOf(headers: Headers | undefined | null, fallback: string | null | undefined): string | null {
  return headers ? clientAddress(headers) : (fallback ?? null);
}

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
    // better-auth's own scrypt, through one object the tests can watch (how many passwords were checked).
    password: { hash: (password) => passwordHashing.hash(password), verify: (data) => passwordHashing.verify(data) },
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
    // Sign-in has our own throttles, counted before the password check (app/api/auth/[...all]/route.ts).
    customRules: { "/sign-in/email": false },
  },
  advanced: {
    cookiePrefix: "atlas",
    // The address the route handler resolved, whole (no /64 grouping: the throttle does its own keys).
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER], ipv6Subnet: 128 },
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
  hooks: {
    // One password policy for every way a password is set: change-password too (lib/auth/password-policy.ts).
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/change-password") return;
      const newPassword = (ctx.body as { newPassword?: unknown } | undefined)?.newPassword;
      if (typeof newPassword !== "string") return;
      const session = await getSessionFromCtx(ctx);
      const problems = checkPassword(newPassword, { email: session?.user.email, name: session?.user.name });
      if (problems.length > 0) throw new APIError("BAD_REQUEST", { message: passwordPolicyMessage(problems), code: "WEAK_PASSWORD" });
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/change-password") return;
      const returned = ctx.context.returned;
      const userId = ctx.context.session?.user.id;
      if (!userId || returned instanceof APIError || returned instanceof Error) return;
      await recordAudit({ action: "password-change", userId, entity: `user:${userId}`, ip: addressOf(ctx.headers, null) });
    }),
  },
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
        after: async (session, context) => {
          await recordAudit({ action: "sign-in", userId: session.userId, ip: addressOf(context?.headers, session.ipAddress) });
        },
      },
      delete: {
        // Every path that ends a session through better-auth (a direct POST /api/auth/sign-out too).
        after: async (session, context) => {
          const action = context ? SESSION_ENDING_PATHS[context.path] : undefined;
          if (!action) return; // e.g. an expired session removed while reading it
          await recordAudit({ action, userId: session.userId, entity: `user:${session.userId}`, ip: addressOf(context?.headers, session.ipAddress) });
        },
      },
    },
  },
  // Must stay last: it copies Set-Cookie from auth.api calls made in server actions (sign-out).
  plugins: [nextCookies()],
});
